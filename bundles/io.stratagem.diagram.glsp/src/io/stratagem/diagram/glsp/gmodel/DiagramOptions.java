package io.stratagem.diagram.glsp.gmodel;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import io.stratagem.diagram.strategy.GraphFilter;
import io.stratagem.diagram.strategy.NodeType;

/**
 * What one diagram client shows, from the options its page sends with the model request:
 * {@code roadmap} (the qualified or simple name of the roadmap; the only one when absent),
 * {@code types} (comma-separated element type keywords of the strategy graph, all when empty) and
 * {@code unit} (a business unit of the strategy graph).
 */
public record DiagramOptions(String roadmap, GraphFilter filter) {

	public static final String ROADMAP = "roadmap";
	public static final String TYPES = "types";
	public static final String UNIT = "unit";

	/**
	 * @throws IllegalArgumentException naming the type keywords that exist when one is unknown
	 */
	public static DiagramOptions of(Map<String, String> options) {
		Set<NodeType> types = EnumSet.noneOf(NodeType.class);
		String typeList = options.getOrDefault(TYPES, "");
		Arrays.stream(typeList.split(",")).map(String::trim).filter(t -> !t.isEmpty()).forEach(t -> types.add(NodeType.fromKey(t)));
		return new DiagramOptions(blankToNull(options.get(ROADMAP)), new GraphFilter(types, blankToNull(options.get(UNIT))));
	}

	public static DiagramOptions all() {
		return new DiagramOptions(null, GraphFilter.all());
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}
}
