package io.stratagem.diagram.glsp.server;

import java.util.regex.Pattern;

import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.server.features.directediting.LabelEditValidator;
import org.eclipse.glsp.server.features.directediting.ValidationStatus;

import com.google.inject.Inject;

import io.stratagem.diagram.glsp.gmodel.DiagramTypes;
import io.stratagem.model.NamedElement;
import io.stratagem.workspace.edit.ModelWorkspace;

/**
 * Checks a label while it is typed in place: a title is any one line of text; a label that shows
 * the name (the element has no title) must stay an identifier of the language.
 */
public class LabelValidator implements LabelEditValidator {

	private static final Pattern NAME = Pattern.compile("\\^?[A-Za-z_][A-Za-z0-9_]*");

	@Inject
	private ModelWorkspace workspace;

	@Override
	public ValidationStatus validate(String label, GModelElement element) {
		String id = DiagramTypes.ownerOfLabel(element.getId());
		boolean titled = workspace.read(model -> {
			NamedElement owner = model.find(id, NamedElement.class);
			return owner != null && owner.getTitle() != null;
		});
		if (titled) {
			return label.isBlank() ? ValidationStatus.error("a title cannot be empty") : ValidationStatus.ok();
		}
		return NAME.matcher(label.trim()).matches() ? ValidationStatus.ok()
				: ValidationStatus.error("a name is a letter or _ followed by letters, digits or _ (no spaces), e.g. ClaimsTriage");
	}
}
