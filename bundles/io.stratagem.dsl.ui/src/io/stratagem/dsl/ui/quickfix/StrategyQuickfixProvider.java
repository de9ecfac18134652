/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.ui.quickfix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.xtext.ui.editor.model.IXtextDocument;
import org.eclipse.xtext.ui.editor.quickfix.DefaultQuickfixProvider;
import org.eclipse.xtext.ui.editor.quickfix.IssueResolution;
import org.eclipse.xtext.ui.editor.quickfix.IssueResolutionAcceptor;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;

import io.stratagem.dsl.edit.TextEdit;
import io.stratagem.dsl.ide.quickfix.RuleFix;
import io.stratagem.dsl.ide.quickfix.RuleFixes;
import io.stratagem.dsl.validation.SourceCodes;

/**
 * Quick fixes of the Eclipse editor: the rule findings' fixes are the editor-neutral ones of
 * {@link RuleFixes}, the same the language server offers as code actions, applied to the
 * editor's document. Unresolved references keep Xtext's "change to" proposals, which Xtext offers
 * for its own linking code only: the linker here gives {@link SourceCodes#UNRESOLVED_REFERENCE}.
 */
public class StrategyQuickfixProvider extends DefaultQuickfixProvider {

	@Inject
	private RuleFixes ruleFixes;

	@Override
	public boolean hasResolutionFor(String issueCode) {
		return RuleFixes.FIXABLE.contains(issueCode) || SourceCodes.UNRESOLVED_REFERENCE.equals(issueCode) || super.hasResolutionFor(issueCode);
	}

	@Override
	public List<IssueResolution> getResolutions(Issue issue) {
		if (SourceCodes.UNRESOLVED_REFERENCE.equals(issue.getCode())) {
			List<IssueResolution> resolutions = new ArrayList<>(getResolutionsForLinkingIssue(issue));
			resolutions.addAll(super.getResolutions(issue));
			return resolutions;
		}
		if (!RuleFixes.FIXABLE.contains(issue.getCode())) {
			return super.getResolutions(issue);
		}
		IXtextDocument document = getModificationContextFactory().createModificationContext(issue).getXtextDocument();
		if (document == null) {
			return List.of();
		}
		// The fixes are computed on the document's current model; each one carries its edits.
		List<RuleFix> fixes = document.readOnly(resource -> ruleFixes.fixes(resource, issue));
		IssueResolutionAcceptor acceptor = getIssueResolutionAcceptorProvider().get();
		for (RuleFix fix : fixes) {
			acceptor.accept(issue, fix.label(), describe(fix), null, context -> apply(fix, context.getXtextDocument()));
		}
		return acceptor.getIssueResolutions();
	}

	/** Applies the edits from the end of the text backwards, so earlier offsets stay valid. */
	private static void apply(RuleFix fix, IXtextDocument document) throws Exception {
		List<TextEdit> edits = new ArrayList<>(fix.edits());
		edits.sort(Comparator.comparingInt(TextEdit::offset).reversed());
		for (TextEdit edit : edits) {
			document.replace(edit.offset(), edit.length(), edit.text());
		}
	}

	/** The text the fix inserts, shown beside the proposal. */
	private static String describe(RuleFix fix) {
		return fix.edits().stream().map(TextEdit::text).filter(text -> !text.isBlank()).collect(Collectors.joining("\n\n", fix.label() + ":\n\n", ""));
	}
}
