/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;

import io.stratagem.dsl.edit.TextEdit;
import io.stratagem.dsl.validation.RuleCodes;
import io.stratagem.dsl.validation.SourceCodes;

/**
 * Offers the {@link RuleFixes quick fixes} of rule findings as LSP code actions, and those of an
 * unresolved reference ({@link UnresolvedReferenceFixes}). The finding's
 * issue data is read back by validating the file again and matching the diagnostic by code and
 * position.
 */
public class StrategyCodeActions implements ICodeActionService2 {

	@Inject
	private RuleFixes ruleFixes;

	@Inject
	private IResourceValidator validator;

	@Inject
	private UnresolvedReferenceFixes referenceFixes;

	@Override
	public List<Either<Command, CodeAction>> getCodeActions(Options options) {
		List<Either<Command, CodeAction>> result = new ArrayList<>();
		if ((options.getResource() == null || options.getDocument() == null) && options.getLanguageServerAccess() != null && options.getURI() != null) {
			// the server reads the file only for diagnostics it knows about; quick fixes need it always
			options.getLanguageServerAccess().doSyncRead(options.getURI(), context -> {
				options.setDocument(context.getDocument());
				options.setResource(context.getResource());
				return null;
			});
		}
		XtextResource resource = options.getResource() instanceof XtextResource xtext ? xtext : null;
		Document document = options.getDocument();
		if (resource == null || document == null || options.getCodeActionParams() == null || options.getCodeActionParams().getContext() == null) {
			return result;
		}
		List<Issue> issues = null;
		for (Diagnostic diagnostic : options.getCodeActionParams().getContext().getDiagnostics()) {
			String code = diagnostic.getCode() == null ? null : diagnostic.getCode().getLeft();
			if (SourceCodes.UNRESOLVED_REFERENCE.equals(code) && diagnostic.getRange() != null) {
				for (RuleFix fix : referenceFixes.fixes(resource, document.getOffSet(diagnostic.getRange().getStart()))) {
					result.add(Either.forRight(toCodeAction(fix, diagnostic, document, options.getURI())));
				}
				continue;
			}
			if (code == null || !code.startsWith(RuleCodes.PREFIX) || !RuleFixes.FIXABLE.contains(code)) {
				continue;
			}
			if (issues == null) {
				CancelIndicator cancel = options.getCancelIndicator() == null ? CancelIndicator.NullImpl : options.getCancelIndicator();
				issues = validator.validate(resource, CheckMode.ALL, cancel);
			}
			for (Issue issue : issues) {
				if (code.equals(issue.getCode()) && sameStart(issue, diagnostic)) {
					for (RuleFix fix : ruleFixes.fixes(resource, issue)) {
						result.add(Either.forRight(toCodeAction(fix, diagnostic, document, options.getURI())));
					}
					break;
				}
			}
		}
		return result;
	}

	private static boolean sameStart(Issue issue, Diagnostic diagnostic) {
		Position start = diagnostic.getRange() == null ? null : diagnostic.getRange().getStart();
		return start != null && issue.getLineNumber() != null && issue.getColumn() != null && issue.getLineNumber() - 1 == start.getLine()
				&& issue.getColumn() - 1 == start.getCharacter();
	}

	private static CodeAction toCodeAction(RuleFix fix, Diagnostic diagnostic, Document document, String uri) {
		List<org.eclipse.lsp4j.TextEdit> edits = new ArrayList<>();
		for (TextEdit edit : fix.edits()) {
			Range range = new Range(document.getPosition(edit.offset()), document.getPosition(edit.offset() + edit.length()));
			edits.add(new org.eclipse.lsp4j.TextEdit(range, edit.text()));
		}
		CodeAction action = new CodeAction(fix.label());
		action.setKind(CodeActionKind.QuickFix);
		action.setDiagnostics(List.of(diagnostic));
		action.setEdit(new WorkspaceEdit(Map.of(uri, edits)));
		return action;
	}
}
