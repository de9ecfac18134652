/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.workbench.editor;

import java.util.List;

import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;

import io.stratagem.workbench.services.Proposal;

/** Content assist from the language's content assist service: keywords, names in scope, values. */
final class ModelContentAssist implements IContentAssistProcessor {

	private final StrategyEditor editor;
	private String error;

	ModelContentAssist(StrategyEditor editor) {
		this.editor = editor;
	}

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		error = null;
		try {
			List<Proposal> proposals = editor.model(viewer.getDocument().get()).proposals(viewer.getDocument().get(), offset);
			return proposals.stream().map(p -> (ICompletionProposal) new CompletionProposal(p.text(), p.offset(), p.length(), p.text().length(), null,
					p.detail().isEmpty() ? p.label() : p.label() + " - " + p.detail(), null, null)).toArray(ICompletionProposal[]::new);
		} catch (RuntimeException e) {
			error = "no proposals: " + e.getMessage();
			return new ICompletionProposal[0];
		}
	}

	@Override
	public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
		return null;
	}

	@Override
	public char[] getCompletionProposalAutoActivationCharacters() {
		return new char[] { '.' };
	}

	@Override
	public char[] getContextInformationAutoActivationCharacters() {
		return null;
	}

	@Override
	public String getErrorMessage() {
		return error;
	}

	@Override
	public IContextInformationValidator getContextInformationValidator() {
		return null;
	}
}
