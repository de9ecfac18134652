package io.stratagem.diagram.strategy;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which elements the strategy graph shows.
 *
 * @param types the element types shown; all when empty
 * @param unit  name of a business unit (simple or qualified): only elements of that unit and its
 *              sub-units are shown; {@code null} for every element
 */
public record GraphFilter(Set<NodeType> types, String unit) {

	public GraphFilter {
		types = types.isEmpty() ? EnumSet.allOf(NodeType.class) : EnumSet.copyOf(types);
	}

	/** Every element. */
	public static GraphFilter all() {
		return new GraphFilter(EnumSet.noneOf(NodeType.class), null);
	}

	/** The filter in words, e.g. {@code types: usecase, kpi; unit: Claims}; empty for no filter. */
	public String describe() {
		StringBuilder text = new StringBuilder();
		if (types.size() < NodeType.values().length) {
			text.append("types: ").append(String.join(", ", types.stream().map(NodeType::key).toList()));
		}
		if (unit != null) {
			text.append(text.length() == 0 ? "" : "; ").append("unit: ").append(unit);
		}
		return text.toString();
	}
}
