/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.workbench.editor;

import org.eclipse.jface.text.TextAttribute;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;

import io.stratagem.workbench.services.SemanticKind;

/** The colours of the editor: lexical (keywords, comments, strings, numbers) and semantic (names by role). */
final class Styles {

	static final TextAttribute KEYWORD = new TextAttribute(new Color(127, 0, 85), null, SWT.BOLD);
	static final TextAttribute COMMENT = new TextAttribute(new Color(63, 127, 95));
	static final TextAttribute STRING = new TextAttribute(new Color(42, 0, 255));
	static final TextAttribute NUMBER = new TextAttribute(new Color(125, 125, 125));
	static final TextAttribute DEFAULT = new TextAttribute(null);

	private Styles() {
	}

	static TextAttribute of(SemanticKind kind) {
		return switch (kind) {
		case DECLARATION -> new TextAttribute(new Color(0, 0, 192), null, SWT.BOLD);
		case REFERENCE -> new TextAttribute(new Color(0, 0, 192));
		case LIBRARY_REFERENCE -> new TextAttribute(new Color(0, 96, 128), null, SWT.ITALIC);
		case ENUM_MEMBER -> new TextAttribute(new Color(128, 64, 0), null, SWT.ITALIC);
		case NAMESPACE -> new TextAttribute(new Color(100, 70, 150));
		case RULE_CODE -> new TextAttribute(new Color(160, 100, 0), null, SWT.BOLD);
		};
	}
}
