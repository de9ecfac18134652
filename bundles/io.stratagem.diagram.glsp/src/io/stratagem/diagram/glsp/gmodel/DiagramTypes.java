package io.stratagem.diagram.glsp.gmodel;

import io.stratagem.diagram.strategy.NodeType;

/**
 * The GLSP diagram types and the element types of their graph models, shared with the browser
 * client ({@code web/src/diagram-module.ts} maps each to a view).
 */
public final class DiagramTypes {

	public static final String ROADMAP = "roadmap";
	public static final String STRATEGY = "strategy";

	public static final String QUARTER = "node:quarter";
	public static final String BAND = "node:band";
	public static final String INITIATIVE = "node:initiative";
	public static final String MILESTONE = "node:milestone";
	public static final String DEPENDENCY = "edge:dependency";
	public static final String REFERENCE = "edge:reference";
	/** The edge drawn from the palette in the strategy graph: adds a reference between two elements. */
	public static final String LINK = "edge:link";
	public static final String HEADING = "label:heading";
	public static final String TEXT = "label:text";

	/**
	 * Argument of an editable label shown broken into lines: the whole text, which the client's
	 * in-place editor starts from (web/src/label-edit-ui.ts).
	 */
	public static final String FULL_TEXT = "fullText";

	/** Suffix of the id of an element's editable title label: {@code acme.roadmap.Triage#label}. */
	public static final String LABEL_SUFFIX = "#label";

	private DiagramTypes() {
	}

	/** The node type of a strategy graph element, e.g. {@code node:usecase}. */
	public static String node(NodeType type) {
		return "node:" + type.key();
	}

	/** The model element a label id belongs to, or the id itself when it names no label. */
	public static String ownerOfLabel(String labelId) {
		return labelId.endsWith(LABEL_SUFFIX) ? labelId.substring(0, labelId.length() - LABEL_SUFFIX.length()) : labelId;
	}
}
