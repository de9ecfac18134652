/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.ide.hover;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.hover.HoverService;
import org.eclipse.xtext.resource.IReferenceDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.eclipse.xtext.service.OperationCanceledManager;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;

import io.stratagem.dsl.ide.insight.ElementInsights;
import io.stratagem.dsl.validation.Rule;
import io.stratagem.dsl.validation.RuleCatalogue;
import io.stratagem.model.KPI;
import io.stratagem.model.Risk;
import io.stratagem.model.Skill;
import io.stratagem.model.UseCase;
import io.stratagem.roadmap.priority.Method;

/**
 * Hover with more than documentation:
 * <ul>
 * <li>on a finding of the rule catalogue, the rule's explanation, remedy and source;</li>
 * <li>on a use case, its WSJF and RICE rank among the use cases of its file and its readiness;</li>
 * <li>on a KPI, its status and forecast; on a risk, its scores.</li>
 * </ul>
 * A use case's readiness is assessed over its own file and the files that refer to it or to its
 * skills (initiatives, reviews, risks, controls, teams, training), which the index names, so a
 * hover does not load the whole workspace.
 */
public class StrategyHoverService extends HoverService {

	private static final String FINDINGS = StrategyHoverService.class.getName() + ".findings";

	@Inject
	private IResourceValidator validator;

	@Inject
	private IResourceScopeCache cache;

	@Inject
	private OperationCanceledManager cancelManager;

	@Inject
	private ElementInsights insights;

	@Inject
	private ResourceDescriptionsProvider indexProvider;

	@Override
	public Hover hover(Document document, XtextResource resource, HoverParams params, CancelIndicator cancelIndicator) {
		Hover hover = super.hover(document, resource, params, cancelIndicator);
		int offset = document.getOffSet(params.getPosition());
		List<Issue> findings = findingsAt(resource, offset, cancelIndicator);
		if (findings.isEmpty()) {
			return hover;
		}
		StringBuilder text = new StringBuilder();
		for (Issue finding : findings) {
			if (!text.isEmpty()) {
				text.append("\n\n---\n");
			}
			text.append(explain(finding));
		}
		Range range = hover == null ? null : hover.getRange();
		if (hover != null && hover.getContents() != null && hover.getContents().isRight()) {
			text.append("\n\n---\n").append(hover.getContents().getRight().getValue());
		} else {
			Issue first = findings.get(0);
			range = new Range(document.getPosition(first.getOffset()), document.getPosition(first.getOffset() + first.getLength()));
		}
		return new Hover(new MarkupContent(MarkupKind.MARKDOWN, text.toString()), range);
	}

	/**
	 * Findings of the rule catalogue whose range holds the offset, in the validator's order. The
	 * file's issues are kept until it changes, so moving the mouse over a large file validates it
	 * once; a cancelled validation is not kept, since it may be incomplete.
	 */
	private List<Issue> findingsAt(XtextResource resource, int offset, CancelIndicator cancel) {
		List<Issue> issues = cache.get(FINDINGS, resource, () -> {
			List<Issue> validated = validator.validate(resource, CheckMode.ALL, cancel);
			cancelManager.checkCanceled(cancel);
			return validated;
		});
		List<Issue> result = new ArrayList<>();
		for (Issue issue : issues) {
			if (RuleCatalogue.isKnown(issue.getCode()) && issue.getOffset() != null && issue.getLength() != null && issue.getOffset() <= offset
					&& offset <= issue.getOffset() + issue.getLength()) {
				result.add(issue);
			}
		}
		return result;
	}

	private static String explain(Issue finding) {
		Rule rule = RuleCatalogue.get(finding.getCode());
		StringBuilder text = new StringBuilder("**" + rule.code() + "** " + finding.getMessage());
		if (rule.explanation() != null) {
			text.append("\n\n").append(rule.explanation());
		}
		if (rule.remedy() != null) {
			text.append("\n\n**Remedy:** ").append(rule.remedy());
		}
		if (rule.source() != null) {
			text.append("\n\n**Source:** ").append(rule.source());
		}
		return text.toString();
	}

	@Override
	public String getContents(EObject element) {
		String documentation = super.getContents(element);
		String insight = insight(element);
		if (insight == null) {
			return documentation;
		}
		return documentation == null || documentation.isEmpty() ? insight : documentation + "\n\n---\n" + insight;
	}

	private String insight(EObject element) {
		if (element instanceof KPI kpi) {
			return "Status: " + insights.kpiStatus(kpi);
		}
		if (element instanceof Risk risk) {
			return "Score: " + insights.riskScores(risk);
		}
		if (element instanceof UseCase useCase && useCase.eResource() != null) {
			List<UseCase> peers = new ArrayList<>();
			useCase.eResource().getAllContents().forEachRemaining(object -> {
				if (object instanceof UseCase other) {
					peers.add(other);
				}
			});
			return "Priority: " + insights.rank(Method.WSJF, useCase, peers) + "; " + insights.rank(Method.RICE, useCase, peers)
					+ " (among the use cases of this file)\n\n" + insights.readinessMarkdown(insights.readiness(useCase, readinessScope(useCase)));
		}
		return null;
	}

	/** The use case's file and every file that refers to the use case or to one of its skills. */
	private List<EObject> readinessScope(UseCase useCase) {
		Resource home = useCase.eResource();
		Set<URI> targets = new LinkedHashSet<>();
		targets.add(EcoreUtil.getURI(useCase));
		for (Skill skill : useCase.getSkills()) {
			if (!skill.eIsProxy()) {
				targets.add(EcoreUtil.getURI(skill));
			}
		}
		Set<Resource> resources = new LinkedHashSet<>();
		resources.add(home);
		if (home.getResourceSet() != null) {
			IResourceDescriptions index = indexProvider.getResourceDescriptions(home.getResourceSet());
			for (IResourceDescription description : index.getAllResourceDescriptions()) {
				for (IReferenceDescription reference : description.getReferenceDescriptions()) {
					if (targets.contains(reference.getTargetEObjectUri())) {
						resources.add(home.getResourceSet().getResource(description.getURI(), true));
						break;
					}
				}
			}
		}
		List<EObject> roots = new ArrayList<>();
		for (Resource resource : resources) {
			roots.addAll(resource.getContents());
		}
		return roots;
	}
}
