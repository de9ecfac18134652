package io.stratagem.diagram.strategy;

/** The outline of a strategy graph node; together with the colour it tells the type at a glance. */
public enum NodeShape {
	/** A rectangle with fully rounded ends. */
	PILL,
	ROUNDED_RECTANGLE,
	RECTANGLE,
	HEXAGON,
	OCTAGON,
	PARALLELOGRAM,
	TRAPEZOID,
	/** A rounded rectangle with a dashed outline. */
	DASHED
}
