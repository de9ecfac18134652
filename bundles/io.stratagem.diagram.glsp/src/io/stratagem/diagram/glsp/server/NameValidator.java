package io.stratagem.diagram.glsp.server;

import java.util.regex.Pattern;

import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.server.features.directediting.LabelEditValidator;
import org.eclipse.glsp.server.features.directediting.ValidationStatus;

/** Checks a new name while it is typed in place: names are identifiers of the language. */
public class NameValidator implements LabelEditValidator {

	private static final Pattern NAME = Pattern.compile("\\^?[A-Za-z_][A-Za-z0-9_]*");

	@Override
	public ValidationStatus validate(String label, GModelElement element) {
		return NAME.matcher(label.trim()).matches() ? ValidationStatus.ok()
				: ValidationStatus.error("a name is a letter or _ followed by letters, digits or _ (no spaces), e.g. ClaimsTriage");
	}
}
