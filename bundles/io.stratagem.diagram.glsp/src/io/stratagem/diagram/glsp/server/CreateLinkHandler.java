package io.stratagem.diagram.glsp.server;

import io.stratagem.diagram.glsp.gmodel.DiagramTypes;
import io.stratagem.model.NamedElement;

/**
 * A reference drawn between two elements of the strategy graph (a KPI or risk to a use case, a use
 * case to an objective, ...): the model editor adds the reference the metamodel allows between
 * them, in whichever of the two may hold it, or refuses.
 */
public class CreateLinkHandler extends CreateEdgeHandler {

	public CreateLinkHandler() {
		super(DiagramTypes.LINK, "Reference", "Add reference",
				(editor, model, from, to) -> editor.connect(find(model, from, NamedElement.class), find(model, to, NamedElement.class)));
	}
}
