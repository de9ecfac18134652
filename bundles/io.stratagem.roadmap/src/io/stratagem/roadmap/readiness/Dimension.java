package io.stratagem.roadmap.readiness;

/** The aspects of a use case whose readiness is assessed. */
public enum Dimension {
	DATA, SKILLS, CAPABILITIES, VENDORS, ETHICS_REVIEW, CONTROLS
}
