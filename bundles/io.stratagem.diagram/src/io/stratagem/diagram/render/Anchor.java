package io.stratagem.diagram.render;

/** Which point of a text its position names. */
public enum Anchor {
	START, MIDDLE, END
}
