/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.linking;

import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.linking.impl.IllegalNodeException;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;

import com.google.inject.Inject;

import io.stratagem.dsl.validation.SourceCodes;

/**
 * Linking problems carry {@link SourceCodes#UNRESOLVED_REFERENCE} from the linker on, so every front
 * end shows the same code. The texts and severities stay Xtext's. A reference into text that could
 * not be read or parsed is not reported ({@link UnreadDeclarations}).
 */
public class StrategyLinkingDiagnosticMessages extends LinkingDiagnosticMessageProvider {

	@Inject
	private UnreadDeclarations unread;

	/** None for a name that a file the set could not read or parse declares: that file's finding says why. */
	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		if (unread.explains(context.getContext(), context.getLinkText())) {
			return null;
		}
		return coded(super.getUnresolvedProxyMessage(context));
	}

	@Override
	public DiagnosticMessage getIllegalNodeMessage(ILinkingDiagnosticContext context, IllegalNodeException ex) {
		return coded(super.getIllegalNodeMessage(context, ex));
	}

	@Override
	public DiagnosticMessage getIllegalCrossReferenceMessage(ILinkingDiagnosticContext context, CrossReference reference) {
		return coded(super.getIllegalCrossReferenceMessage(context, reference));
	}

	@Override
	public DiagnosticMessage getViolatedBoundsConstraintMessage(ILinkingDiagnosticContext context, int size) {
		return coded(super.getViolatedBoundsConstraintMessage(context, size));
	}

	@Override
	public DiagnosticMessage getViolatedUniqueConstraintMessage(ILinkingDiagnosticContext context) {
		return coded(super.getViolatedUniqueConstraintMessage(context));
	}

	private static DiagnosticMessage coded(DiagnosticMessage message) {
		return message == null ? null : new DiagnosticMessage(message.getMessage(), message.getSeverity(), SourceCodes.UNRESOLVED_REFERENCE, message.getIssueData());
	}
}
