package io.stratagem.dsl.ide.contentassist;

import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;

import com.google.inject.Inject;

import io.stratagem.dsl.services.StrategyGrammarAccess;
import io.stratagem.model.Framework;

/**
 * Content assist that also proposes the names of a value rule whose names the generic provider
 * does not offer: the frameworks after {@code frameworks} (a value rule, so that an unknown name
 * gets a message listing them).
 */
public class StrategyContentProposals extends IdeContentProposalProvider {

	@Inject
	private StrategyGrammarAccess grammar;

	@Override
	protected void _createProposals(Assignment assignment, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		if (!proposedFrameworks(assignment.getTerminal(), context, acceptor)) {
			super._createProposals(assignment, context, acceptor);
		}
	}

	@Override
	protected void _createProposals(RuleCall ruleCall, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		if (!proposedFrameworks(ruleCall, context, acceptor)) {
			super._createProposals(ruleCall, context, acceptor);
		}
	}

	private boolean proposedFrameworks(AbstractElement element, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		if (!(element instanceof RuleCall call) || call.getRule() != grammar.getFrameworkNameRule()) {
			return false;
		}
		for (Framework framework : Framework.VALUES) {
			ContentAssistEntry entry = getProposalCreator().createProposal(framework.getLiteral(), context);
			if (entry != null) {
				acceptor.accept(entry, getProposalPriorities().getDefaultPriority(entry));
			}
		}
		return true;
	}
}
