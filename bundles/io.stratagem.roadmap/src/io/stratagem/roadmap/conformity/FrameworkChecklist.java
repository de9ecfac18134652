package io.stratagem.roadmap.conformity;

import java.util.List;

import io.stratagem.model.Framework;

/**
 * The conformity checklist of one framework.
 *
 * @param organisation every requirement of the framework met by the controls of the whole model,
 *                     in library order (the management-system view NIST AI RMF and ISO/IEC 42001
 *                     take, shown for every framework)
 * @param useCases     per use case in the framework's scope (high-risk for the EU AI Act,
 *                     high-impact for OMB M-25-21, none for the others), the requirements that
 *                     apply to it, met by the controls of that use case
 */
public record FrameworkChecklist(Framework framework, List<ChecklistItem> organisation, List<UseCaseChecklist> useCases) {

	public FrameworkChecklist {
		organisation = List.copyOf(organisation);
		useCases = List.copyOf(useCases);
	}
}
