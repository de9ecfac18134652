package io.stratagem.roadmap.conformity;

import java.util.List;

import io.stratagem.model.Control;
import io.stratagem.model.FrameworkRequirement;

/**
 * One requirement of a checklist and how it is met.
 *
 * @param controls the controls in scope that satisfy the requirement (or a part of it), operating
 *                 ones first, then in model order; retired controls are left out
 */
public record ChecklistItem(FrameworkRequirement requirement, Evidence evidence, List<Control> controls) {

	public ChecklistItem {
		controls = List.copyOf(controls);
	}
}
