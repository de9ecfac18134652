package io.stratagem.diagram.strategy;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;

import io.stratagem.model.Capability;
import io.stratagem.model.Control;
import io.stratagem.model.DataAsset;
import io.stratagem.model.KPI;
import io.stratagem.model.Objective;
import io.stratagem.model.Partner;
import io.stratagem.model.Risk;
import io.stratagem.model.UseCase;

/** The element types shown in the strategy graph, each with its keyword, colours and shape. */
public enum NodeType {
	OBJECTIVE("objective", "Objective", Objective.class, "#fff4d6", "#b7791f", NodeShape.PILL),
	USE_CASE("usecase", "Use case", UseCase.class, "#e3efff", "#2b6cb0", NodeShape.ROUNDED_RECTANGLE),
	KPI("kpi", "KPI", KPI.class, "#e6f6ea", "#2f855a", NodeShape.HEXAGON),
	RISK("risk", "Risk", Risk.class, "#fde8e8", "#c53030", NodeShape.OCTAGON),
	CONTROL("control", "Control", Control.class, "#efe9fb", "#6b46c1", NodeShape.RECTANGLE),
	DATA_ASSET("data", "Data asset", DataAsset.class, "#f7eee3", "#975a16", NodeShape.PARALLELOGRAM),
	CAPABILITY("capability", "Capability", Capability.class, "#e8eef3", "#4a5568", NodeShape.TRAPEZOID),
	PARTNER("partner", "Partner", Partner.class, "#fbe9f3", "#b83280", NodeShape.DASHED);

	private final String key;
	private final String label;
	private final Class<? extends EObject> modelType;
	private final String fill;
	private final String stroke;
	private final NodeShape shape;

	NodeType(String key, String label, Class<? extends EObject> modelType, String fill, String stroke, NodeShape shape) {
		this.key = key;
		this.label = label;
		this.modelType = modelType;
		this.fill = fill;
		this.stroke = stroke;
		this.shape = shape;
	}

	/** The keyword used on the command line, e.g. {@code usecase}. */
	public String key() {
		return key;
	}

	/** The caption shown on nodes and in the legend, e.g. {@code Use case}. */
	public String label() {
		return label;
	}

	public String fill() {
		return fill;
	}

	public String stroke() {
		return stroke;
	}

	public NodeShape shape() {
		return shape;
	}

	/** The type of a model element, empty when the graph does not show that kind of element. */
	public static Optional<NodeType> of(EObject element) {
		return Arrays.stream(values()).filter(t -> t.modelType.isInstance(element)).findFirst();
	}

	/**
	 * The type with this keyword (case-insensitive).
	 *
	 * @throws IllegalArgumentException naming the keywords that exist
	 */
	public static NodeType fromKey(String key) {
		return Arrays.stream(values()).filter(t -> t.key.equals(key.trim().toLowerCase(Locale.ROOT))).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("unknown element type '" + key + "'; use one of " + keys()));
	}

	/** Every keyword, comma-separated, in declaration order. */
	public static String keys() {
		return Arrays.stream(values()).map(NodeType::key).collect(Collectors.joining(", "));
	}
}
