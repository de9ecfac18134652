package io.stratagem.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.stratagem.model.KPI;
import io.stratagem.model.NamedElement;
import io.stratagem.model.Risk;
import io.stratagem.model.Strategy;
import io.stratagem.model.UseCase;
import io.stratagem.roadmap.ModelElements;
import io.stratagem.roadmap.conformity.FrameworkChecklist;
import io.stratagem.roadmap.conformity.UseCaseControls;
import io.stratagem.roadmap.kpi.KpiStatus;
import io.stratagem.roadmap.priority.Prioritisation;
import io.stratagem.roadmap.readiness.UseCaseReadiness;
import io.stratagem.roadmap.risk.RiskProfile;
import io.stratagem.roadmap.risk.RiskScore;
import io.stratagem.roadmap.schedule.Schedule;
import io.stratagem.roadmap.trace.Traceability;
import io.stratagem.workspace.report.Finding;
import io.stratagem.workspace.report.Severity;

/**
 * Everything the artifacts show, computed once by the engine from the model set.
 *
 * @param schedule     null when the model has no roadmap
 * @param frameworks   the figures of each framework, one per checklist in the same order: every page
 *                     that shows a framework's counts reads them here
 * @param useCasePages the file name of each use case's page under {@code use-cases/}
 * @param readConcurrently every reference of the model resolved: reading it changes nothing, so
 *                     several threads may read it at once
 */
record SiteModel(ModelElements model, Strategy strategy, Schedule schedule, List<UseCase> useCases, Prioritisation prioritisation,
		List<KpiStatus> kpis, Map<KPI, KpiStatus> kpiStatus, RiskProfile riskProfile, Map<Risk, RiskScore> riskScore,
		List<UseCaseReadiness> readiness, Traceability traceability, List<FrameworkChecklist> checklists, List<FrameworkFigures> frameworks, UseCaseControls controls,
		List<Finding> diagnostics, FileNames<UseCase> useCasePages, boolean readConcurrently) {

	/** The link to a use case's page from a page at {@code root}, null for a use case outside the model. */
	String link(UseCase useCase, String root) {
		String file = useCasePages.of(useCase);
		return file == null ? null : root + "use-cases/" + file;
	}

	/** A label and, for use cases of the model, the link to its page, for templates. */
	Map<String, Object> named(NamedElement element, String root) {
		String link = element instanceof UseCase useCase ? link(useCase, root) : null;
		return link == null ? Map.of("label", ModelElements.label(element)) : Map.of("label", ModelElements.label(element), "href", link);
	}

	long count(String severity) {
		Severity wanted = Severity.valueOf(severity.toUpperCase(Locale.ROOT));
		return diagnostics.stream().filter(d -> d.severity() == wanted).count();
	}
}
