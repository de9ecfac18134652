/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.ide.codelens;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codelens.ICodeLensService;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Inject;

import io.stratagem.dsl.ide.insight.ElementInsights;
import io.stratagem.model.KPI;
import io.stratagem.model.Risk;
import io.stratagem.model.StratagemPackage;
import io.stratagem.model.UseCase;
import io.stratagem.roadmap.priority.Method;

/**
 * Code lenses above the elements the roadmap engine scores: a KPI's status and forecast, a risk's
 * inherent and residual scores, and a use case's WSJF score and rank. A use case is ranked among
 * the use cases of its own file: a lens is computed for every visible file on each edit, and
 * loading the whole workspace for it would make typing slow in large portfolios.
 */
public class StrategyCodeLenses implements ICodeLensService {

	@Inject
	private ElementInsights insights;

	@Override
	public List<? extends CodeLens> computeCodeLenses(Document document, XtextResource resource, CodeLensParams params, CancelIndicator indicator) {
		List<CodeLens> lenses = new ArrayList<>();
		List<UseCase> useCases = new ArrayList<>();
		resource.getAllContents().forEachRemaining(object -> {
			if (object instanceof UseCase useCase) {
				useCases.add(useCase);
			}
		});
		for (EObject object : (Iterable<EObject>) resource::getAllContents) {
			if (indicator.isCanceled()) {
				return lenses;
			}
			if (object instanceof KPI kpi) {
				lenses.add(lens(document, kpi, "KPI " + insights.kpiStatus(kpi)));
			} else if (object instanceof Risk risk) {
				lenses.add(lens(document, risk, "Risk " + insights.riskScores(risk)));
			} else if (object instanceof UseCase useCase) {
				lenses.add(lens(document, useCase, insights.rank(Method.WSJF, useCase, useCases) + " in this file"));
			}
		}
		lenses.removeIf(lens -> lens.getRange() == null);
		return lenses;
	}

	/** A lens on the element's name, whose command only shows the title. */
	private static CodeLens lens(Document document, EObject element, String title) {
		List<INode> names = NodeModelUtils.findNodesForFeature(element, StratagemPackage.Literals.NAMED_ELEMENT__NAME);
		Range range = null;
		if (!names.isEmpty()) {
			INode name = names.get(0);
			range = new Range(document.getPosition(name.getOffset()), document.getPosition(name.getEndOffset()));
		}
		return new CodeLens(range, new Command(title, ""), null);
	}
}
