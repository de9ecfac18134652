package io.stratagem.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.stratagem.model.Control;
import io.stratagem.model.DataAsset;
import io.stratagem.model.EthicsReview;
import io.stratagem.model.Initiative;
import io.stratagem.model.KPI;
import io.stratagem.model.NamedElement;
import io.stratagem.model.Risk;
import io.stratagem.model.UseCase;
import io.stratagem.roadmap.ModelElements;
import io.stratagem.roadmap.conformity.FrameworkChecklist;
import io.stratagem.roadmap.conformity.UseCaseChecklist;
import io.stratagem.roadmap.kpi.KpiStatus;
import io.stratagem.roadmap.priority.QuadrantPlacement;
import io.stratagem.roadmap.priority.RankedUseCase;
import io.stratagem.roadmap.priority.Unrankable;
import io.stratagem.roadmap.readiness.DimensionReadiness;
import io.stratagem.roadmap.readiness.UseCaseReadiness;
import io.stratagem.roadmap.risk.RiskScore;
import io.stratagem.workspace.report.Finding;

/**
 * One page per use case, in the manner of a model card: what it is for, its data, risks and
 * controls, KPIs, ethics reviews, readiness, priority, conformity and findings. Every lookup is
 * indexed once, so writing thousands of pages stays linear.
 */
final class UseCasePages {

	private final SiteModel site;
	private final Map<UseCase, RankedUseCase> wsjf = new IdentityHashMap<>();
	private final Map<UseCase, RankedUseCase> rice = new IdentityHashMap<>();
	private final Map<UseCase, String> quadrant = new IdentityHashMap<>();
	private final Map<UseCase, String> unrankable = new IdentityHashMap<>();
	private final Map<UseCase, UseCaseReadiness> readiness = new IdentityHashMap<>();
	private final Map<UseCase, List<EthicsReview>> reviews = new IdentityHashMap<>();
	private final Map<UseCase, List<Initiative>> initiatives = new IdentityHashMap<>();
	private final Map<UseCase, List<Map<String, Object>>> conformity = new IdentityHashMap<>();
	private final Map<String, List<Finding>> findings;

	UseCasePages(SiteModel site) {
		this.site = site;
		site.prioritisation().wsjf().ranked().forEach(r -> wsjf.put(r.useCase(), r));
		site.prioritisation().rice().ranked().forEach(r -> rice.put(r.useCase(), r));
		for (QuadrantPlacement placement : site.prioritisation().matrix().placements()) {
			quadrant.put(placement.useCase(), placement.quadrant().name().toLowerCase(Locale.ROOT).replace('_', ' '));
		}
		for (Unrankable u : site.prioritisation().wsjf().unrankable()) {
			unrankable.put(u.useCase(), u.reason());
		}
		site.readiness().forEach(r -> readiness.put(r.useCase(), r));
		for (EthicsReview review : site.model().all(EthicsReview.class)) {
			review.getUseCases().forEach(u -> reviews.computeIfAbsent(u, k -> new ArrayList<>()).add(review));
		}
		for (Initiative initiative : site.model().all(Initiative.class)) {
			initiative.getDeliverables().stream().filter(UseCase.class::isInstance).map(UseCase.class::cast)
					.forEach(u -> initiatives.computeIfAbsent(u, k -> new ArrayList<>()).add(initiative));
		}
		for (FrameworkChecklist checklist : site.checklists()) {
			for (UseCaseChecklist useCase : checklist.useCases()) {
				conformity.computeIfAbsent(useCase.useCase(), k -> new ArrayList<>()).add(Map.of("framework", Text.framework(checklist.framework()),
						"href", "../conformity/" + Text.frameworkFile(checklist.framework()), "items", ConformityPages.items(useCase.items(), false)));
			}
		}
		findings = site.diagnostics().stream().filter(d -> d.element() != null).collect(Collectors.groupingBy(Finding::element));
	}

	/** The view of every use case's page, built one after the other. */
	Map<UseCase, Map<String, Object>> views() {
		Map<UseCase, Map<String, Object>> views = new IdentityHashMap<>();
		for (UseCase useCase : site.useCases()) {
			views.put(useCase, view(useCase));
		}
		return views;
	}

	/**
	 * The view of a use case's page. It only reads what the constructor indexed and the model, so
	 * pages may be built on several threads when reading the model changes nothing.
	 */
	Map<String, Object> view(UseCase useCase) {
		Map<String, Object> view = new HashMap<>();
		view.put("label", ModelElements.label(useCase));
		view.put("facts", facts(useCase));
		view.put("description", useCase.getDescription());
		view.put("purpose", useCase.getPurpose());
		view.put("benefits", useCase.getBenefits());
		view.put("outputs", useCase.getOutputs());
		view.put("objectives", labels(useCase.getObjectives()));
		view.put("priority", priority(useCase));
		UseCaseReadiness ready = readiness.get(useCase);
		if (ready != null) {
			view.put("overall", Text.readiness(ready.overall()));
			view.put("overallCss", Text.readinessCss(ready.overall()));
			List<Map<String, Object>> dimensions = new ArrayList<>();
			for (DimensionReadiness dimension : ready.dimensions()) {
				dimensions.add(ReadinessBoard.cell(dimension));
			}
			view.put("readiness", dimensions);
			view.put("actions", ReadinessBoard.actions(ready));
			view.put("hasActions", !ready.gaps().isEmpty());
		}
		view.put("data", rows(useCase.getDataAssets(), this::data));
		view.put("risks", rows(useCase.getRisks(), this::risk));
		view.put("controls", rows(site.controls().of(useCase), this::control));
		view.put("kpis", rows(useCase.getKpis(), this::kpi));
		view.put("reviews", rows(reviews.getOrDefault(useCase, List.of()), this::review));
		view.put("initiatives", labels(initiatives.getOrDefault(useCase, List.of())));
		view.put("conformity", conformity.getOrDefault(useCase, List.of()));
		view.put("findings", findings.getOrDefault(ModelElements.qualifiedName(useCase), List.of()));
		return view;
	}

	private static List<Map<String, Object>> facts(UseCase useCase) {
		Map<String, String> facts = new LinkedHashMap<>();
		facts.put("Name", ModelElements.qualifiedName(useCase));
		facts.put("Business unit", useCase.getUnit() == null ? null : ModelElements.label(useCase.getUnit()));
		facts.put("Owner", useCase.getOwner() == null ? null : ModelElements.label(useCase.getOwner()));
		facts.put("Stage", useCase.getStage().getLiteral());
		facts.put("Category", useCase.getCategory().getLiteral());
		facts.put("Technique", useCase.getTechnique().getLiteral());
		facts.put("Topic area", useCase.getTopicArea());
		facts.put("EU AI Act tier", useCase.getEuAiActTier().getLiteral());
		facts.put("EU AI Act role", useCase.getEuAiActRole().getLiteral());
		facts.put("High-impact (OMB M-25-21)", yesNo(useCase.getHighImpact()));
		facts.put("Personal data", yesNo(useCase.getPersonalData()));
		facts.put("Deployment", useCase.getDeployment() == null ? null : useCase.getDeployment().toString());
		facts.put("Affected roles", useCase.getAffectedRoles().stream().map(ModelElements::label).collect(Collectors.joining(", ")));
		List<Map<String, Object>> rows = new ArrayList<>();
		facts.forEach((label, value) -> {
			if (value != null && !value.isEmpty()) {
				rows.add(Map.of("label", label, "value", value));
			}
		});
		return rows;
	}

	private Map<String, Object> priority(UseCase useCase) {
		Map<String, Object> priority = new HashMap<>();
		RankedUseCase byWsjf = wsjf.get(useCase);
		RankedUseCase byRice = rice.get(useCase);
		priority.put("wsjf", byWsjf == null ? "" : "#" + byWsjf.rank() + " (" + Text.decimal(byWsjf.score()) + ")");
		priority.put("rice", byRice == null ? "" : "#" + byRice.rank() + " (" + Text.decimal(byRice.score()) + ")");
		priority.put("quadrant", quadrant.getOrDefault(useCase, ""));
		priority.put("unrankable", unrankable.getOrDefault(useCase, ""));
		priority.put("of", wsjf.size());
		return priority;
	}

	private Map<String, Object> data(DataAsset asset) {
		return Map.of("label", ModelElements.label(asset), "classification", asset.getClassification().getLiteral(), "personal",
				yesNo(asset.getPersonalData()), "steward", asset.getSteward() == null ? "" : ModelElements.label(asset.getSteward()), "quality",
				asset.getQuality() == null ? "" : Text.decimal(asset.getQuality()) + "%");
	}

	private Map<String, Object> risk(Risk risk) {
		RiskScore score = site.riskScore().get(risk);
		return Map.of("label", ModelElements.label(risk), "category", risk.getCategory().getLiteral(), "status", risk.getStatus().getLiteral(), "inherent",
				score == null || score.inherent() == null ? "" : score.inherent(), "residual", score == null || score.residual() == null ? "" : score.residual());
	}

	private Map<String, Object> control(Control control) {
		return Map.of("label", ModelElements.label(control), "type", control.getType().getLiteral(), "status", control.getStatus().getLiteral(), "requirements",
				control.getRequirements().stream().map(r -> r.getCode() == null ? ModelElements.label(r) : r.getCode()).collect(Collectors.joining(", ")));
	}

	private Map<String, Object> kpi(KPI kpi) {
		KpiStatus status = site.kpiStatus().get(kpi);
		return Map.of("label", ModelElements.label(kpi), "status", status == null ? "" : Text.rag(status.status()), "css",
				status == null ? "none" : Text.ragCss(status.status()), "latest",
				status == null || status.latest() == null ? "" : Text.decimal(status.latest().getValue()), "target", Text.decimal(kpi.getTarget()),
				"unit", kpi.getUnit() == null ? "" : kpi.getUnit());
	}

	private Map<String, Object> review(EthicsReview review) {
		return Map.of("label", ModelElements.label(review), "board", review.getBoard() == null ? "" : ModelElements.label(review.getBoard()), "date",
				review.getDate() == null ? "" : review.getDate().toString(), "outcome", review.getOutcome().getLiteral(), "conditions",
				review.getConditions().stream().map(c -> c.getText() + " (" + c.getStatus().getLiteral() + ")").toList());
	}

	private static <T> List<Map<String, Object>> rows(List<? extends T> elements, Function<T, Map<String, Object>> row) {
		return elements.stream().filter(e -> e != null && !((org.eclipse.emf.ecore.EObject) e).eIsProxy()).map(row).toList();
	}

	private static List<String> labels(List<? extends NamedElement> elements) {
		return elements.stream().filter(e -> e != null && !e.eIsProxy()).map(ModelElements::label).toList();
	}

	/** Empty when not stated, so that the fact is left out. */
	private static String yesNo(Boolean value) {
		return value == null ? "" : value ? "yes" : "no";
	}
}
