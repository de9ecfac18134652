package io.stratagem.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.stratagem.model.FrameworkRequirement;
import io.stratagem.model.KPI;
import io.stratagem.model.Measurement;
import io.stratagem.model.NamedElement;
import io.stratagem.model.Risk;
import io.stratagem.model.Roadmap;
import io.stratagem.model.Strategy;
import io.stratagem.model.UseCase;
import io.stratagem.roadmap.ModelElements;
import io.stratagem.roadmap.conformity.ConformityService;
import io.stratagem.roadmap.conformity.FrameworkChecklist;
import io.stratagem.roadmap.conformity.UseCaseControls;
import io.stratagem.roadmap.kpi.KpiStatus;
import io.stratagem.roadmap.kpi.KpiStatusService;
import io.stratagem.roadmap.kpi.Rag;
import io.stratagem.roadmap.priority.Prioritisation;
import io.stratagem.roadmap.priority.PriorityService;
import io.stratagem.roadmap.priority.RankedUseCase;
import io.stratagem.roadmap.priority.Ranking;
import io.stratagem.roadmap.readiness.Dimension;
import io.stratagem.roadmap.readiness.ReadinessService;
import io.stratagem.roadmap.readiness.UseCaseReadiness;
import io.stratagem.roadmap.risk.HeatMap;
import io.stratagem.roadmap.risk.RiskProfile;
import io.stratagem.roadmap.risk.RiskScore;
import io.stratagem.roadmap.risk.RiskService;
import io.stratagem.roadmap.schedule.Schedule;
import io.stratagem.roadmap.schedule.ScheduleService;
import io.stratagem.roadmap.schedule.ScheduledInitiative;
import io.stratagem.roadmap.trace.Traceability;
import io.stratagem.roadmap.trace.TraceabilityService;
import io.stratagem.workspace.load.OnAllCores;
import io.stratagem.workspace.report.Finding;

/**
 * Writes the roadmap artifacts of a model set: a static HTML site readable offline (overview,
 * roadmap Gantt in SVG (the roadmap timeline of io.stratagem.diagram), portfolio ranking, KPI scorecard with sparklines, risk heat maps,
 * readiness board, traceability matrices, one model-card page per use case, conformity checklists
 * per framework, findings), {@code roadmap.md}, Mermaid Gantt and flowchart sources, and CSV and
 * JSON exports. Every model string goes through a template that escapes by default; the same model
 * always gives the same bytes.
 */
public class SiteGenerator {

	private final ScheduleService schedules = new ScheduleService();
	private final PriorityService priorities = new PriorityService();
	private final KpiStatusService kpiStatuses = new KpiStatusService();
	private final RiskService risks = new RiskService();
	private final ReadinessService readiness = new ReadinessService();
	private final TraceabilityService traceability = new TraceabilityService();
	private final ConformityService conformity = new ConformityService();
	private final Templates templates = new Templates();

	/**
	 * The artifacts, by file path (relative, with forward slashes), sorted by path.
	 *
	 * @param resources   the user's model files
	 * @param catalogue   every framework requirement (the built-in library), for the checklists
	 *                    and the coverage of each framework
	 * @param diagnostics the validation findings
	 */
	public Map<String, String> generate(List<Resource> resources, List<FrameworkRequirement> catalogue, List<Finding> diagnostics) {
		return generate(analyse(resources, catalogue, diagnostics));
	}

	/** The artifacts of a model {@link #analyse} has analysed, by file path, sorted by path. */
	Map<String, String> generate(SiteModel site) {
		List<Finding> diagnostics = site.diagnostics();
		Map<String, Object> header = new HashMap<>();
		header.put("siteTitle", site.strategy() == null ? "AI strategy" : ModelElements.label(site.strategy()));
		header.put("errors", site.count("error"));
		header.put("warnings", site.count("warning"));
		header.put("infos", site.count("info"));
		Schedule schedule = site.schedule();
		header.put("roadmapSummary", roadmapSummary(schedule));
		List<String> criticalPath = schedule == null ? List.of() : schedule.criticalPath().stream().map(ModelElements::label).toList();
		// each name with whether a separator follows it, so names never run together
		header.put("criticalPath", java.util.stream.IntStream.range(0, criticalPath.size())
				.mapToObj(i -> Map.of("name", criticalPath.get(i), "more", i < criticalPath.size() - 1)).toList());

		// The exports and charts read the model too: on the second core while the pages' views are
		// built, when reading the model changes nothing (see analyse)
		CompletableFuture<Map<String, String>> others = CompletableFuture.supplyAsync(() -> {
			Map<String, String> written = new TreeMap<>();
			written.put("roadmap.md", markdown(site));
			written.put("roadmap-gantt.mmd", MermaidCharts.gantt(schedule));
			written.put("strategy-flowchart.mmd", MermaidCharts.flowchart(site.model(), schedule));
			Exports.write(site, written);
			return written;
		}, site.readConcurrently() ? ForkJoinPool.commonPool() : Runnable::run);
		Map<String, String> files = new TreeMap<>();
		files.put("style.css", Templates.resource("style.css"));
		// sorts, filters and searches the tables in the page; without it the tables read as written
		files.put("tables.js", Templates.resource("tables.js"));
		// The pages' views are built here, from the model; they hold only text, numbers, lists and
		// records, so that the pages (thousands: one per use case) render on all cores.
		List<Page> pages = new ArrayList<>();
		Map<String, Object> readinessBoard = ReadinessBoard.view(site);
		Map<String, Object> traceabilityPage = TraceabilityPage.view(site);
		pages.add(new Page("index.html", "index", "Overview", overview(site, readinessBoard, traceabilityPage), ""));
		pages.add(new Page("roadmap.html", "roadmap", "Roadmap", roadmapPage(site), ""));
		pages.add(new Page("portfolio.html", "portfolio", "Portfolio", portfolio(site), ""));
		pages.add(new Page("kpis.html", "kpis", "KPI scorecard", Map.of("rows", kpiRows(site.kpis())), ""));
		pages.add(new Page("risks.html", "risks", "Risks", riskPage(site.riskProfile()), ""));
		pages.add(new Page("readiness.html", "readiness", "Readiness", readinessBoard, ""));
		pages.add(new Page("traceability.html", "traceability", "Traceability", traceabilityPage, ""));
		pages.add(new Page("conformity.html", "conformity", "Conformity", ConformityPages.index(site), ""));
		for (int i = 0; i < site.checklists().size(); i++) {
			FrameworkChecklist checklist = site.checklists().get(i);
			pages.add(new Page("conformity/" + Text.frameworkFile(checklist.framework()), "checklist", "Conformity: " + Text.framework(checklist.framework()),
					ConformityPages.framework(site, checklist, site.frameworks().get(i)), "../"));
		}
		// one collapsible section per file: the federal inventory has thousands of findings
		pages.add(new Page("findings.html", "findings", "Findings",
				Map.of("rows", diagnostics, "groups", UnitGroups.sectionsBy(diagnostics, d -> d.file() == null ? "" : d.file(), "finding", "rows")), ""));
		// A use case's page view is built where it is rendered, on all cores, when reading the
		// model changes nothing; otherwise here, one after the other.
		UseCasePages useCasePages = new UseCasePages(site);
		Function<UseCase, Map<String, Object>> useCaseView = site.readConcurrently() ? useCasePages::view : useCasePages.views()::get;
		for (UseCase useCase : site.useCases()) {
			pages.add(new Page("use-cases/" + site.useCasePages().of(useCase), "usecase", null, () -> useCaseView.apply(useCase), "../"));
		}
		// each page rendered by the next free thread: a parallel stream left the first run of pages
		// (the readiness board, 4.9 MB, and the other large ones) to one thread
		List<String> texts = OnAllCores.map(pages, page -> page.render(templates, header));
		for (int i = 0; i < pages.size(); i++) {
			files.put(pages.get(i).path(), texts.get(i));
		}
		files.putAll(others.join());
		return files;
	}

	/**
	 * A page of the site: its path, its template, its title (null: its view's label), its view
	 * and the way back to the site's root.
	 */
	private record Page(String path, String template, String title, Supplier<Map<String, Object>> view, String root) {

		Page(String path, String template, String title, Map<String, Object> view, String root) {
			this(path, template, title, () -> view, root);
		}

		String render(Templates templates, Map<String, Object> header) {
			Map<String, Object> content = view.get();
			return templates.page(template, title == null ? (String) content.get("label") : title, header, content, root);
		}
	}

	/** "35 initiatives from 2027-01-04 to 2029-12-31", or what is missing for one. */
	static String roadmapSummary(Schedule schedule) {
		if (schedule == null) {
			return "The models have no roadmap.";
		}
		int count = schedule.initiatives().size();
		if (count == 0 || schedule.start() == null || schedule.end() == null) {
			return "The roadmap has no scheduled initiative.";
		}
		return count + (count == 1 ? " initiative" : " initiatives") + " from " + schedule.start() + " to " + schedule.end() + ".";
	}

	/** Runs the engine once over the model, on one thread; every page reads the result. */
	SiteModel analyse(List<Resource> resources, List<FrameworkRequirement> catalogue, List<Finding> diagnostics) {
		return analyse(resources, catalogue, diagnostics, false);
	}

	/**
	 * Runs the engine once over the model; every page reads the result.
	 *
	 * @param fullyLinked every cross-reference of the model resolved ({@code ModelSet.fullyLinked}): reading
	 *                    it then changes nothing, so the services run on all cores; otherwise a reader tries an
	 *                    unresolved reference again and writes to its file, and they run on this thread
	 */
	SiteModel analyse(List<Resource> resources, List<FrameworkRequirement> catalogue, List<Finding> diagnostics, boolean fullyLinked) {
		List<EObject> roots = new ArrayList<>();
		resources.forEach(resource -> roots.addAll(resource.getContents()));
		ModelElements model = ModelElements.of(roots);
		// The library's requirements are columns of the control x requirement matrix and count for coverage.
		Set<EObject> userRoots = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
		userRoots.addAll(roots);
		List<EObject> libraryRoots = catalogue.stream().map(EcoreUtil::getRootContainer).distinct().filter(root -> !userRoots.contains(root)).toList();
		boolean concurrently = fullyLinked && linked(libraryRoots);
		Executor executor = concurrently ? ForkJoinPool.commonPool() : Runnable::run;
		CompletableFuture<Traceability> traced = CompletableFuture.supplyAsync(() -> traceability.trace(model.and(libraryRoots)), executor);
		UseCaseControls controls = new UseCaseControls(model);
		CompletableFuture<List<FrameworkChecklist>> checked = CompletableFuture.supplyAsync(() -> conformity.checklists(model, catalogue, controls), executor);
		Roadmap roadmap = roadmap(model);
		List<UseCase> useCases = model.all(UseCase.class);
		List<KpiStatus> kpis = kpiStatuses.statuses(model.all(KPI.class));
		Map<KPI, KpiStatus> kpiStatus = new IdentityHashMap<>();
		kpis.forEach(k -> kpiStatus.put(k.kpi(), k));
		RiskProfile riskProfile = risks.profile(model.all(Risk.class));
		Map<Risk, RiskScore> riskScore = new IdentityHashMap<>();
		riskProfile.scores().forEach(r -> riskScore.put(r.risk(), r));
		Schedule schedule = roadmap == null ? null : schedules.schedule(roadmap);
		Prioritisation prioritisation = priorities.prioritise(useCases);
		List<UseCaseReadiness> assessed = readiness.assess(model);
		FileNames<UseCase> pages = new FileNames<>(useCases, ModelElements::qualifiedName, ".html");
		List<FrameworkChecklist> checklists = checked.join();
		return new SiteModel(model, model.all(Strategy.class).stream().findFirst().orElse(null), schedule,
				useCases, prioritisation, kpis, kpiStatus, riskProfile, riskScore, assessed,
				traced.join(), checklists, FrameworkFigures.of(checklists), controls, diagnostics, pages, concurrently);
	}

	/**
	 * Whether the library files the site reads hold no unresolved reference: resolved here, on this
	 * thread, where a file's linking problems are recorded, so that later readers only read.
	 */
	private static boolean linked(List<EObject> libraryRoots) {
		libraryRoots.forEach(EcoreUtil::resolveAll);
		return libraryRoots.stream().map(EObject::eResource).filter(java.util.Objects::nonNull).allMatch(resource -> resource.getErrors().isEmpty());
	}

	/** The roadmap the site shows, the first of the models; null when they have none. */
	private static Roadmap roadmap(ModelElements model) {
		return model.all(Roadmap.class).stream().findFirst().orElse(null);
	}

	// ------------------------------------------------------------------ pages

	Map<String, Object> overview(SiteModel site, Map<String, Object> readinessBoard, Map<String, Object> traceabilityPage) {
		ModelElements model = site.model();
		Strategy strategy = site.strategy();
		Map<String, Object> view = new HashMap<>();
		view.put("vision", strategy == null ? null : strategy.getVision());
		view.put("horizon", strategy == null || strategy.getHorizonStart() == null ? null : strategy.getHorizonStart() + " to " + strategy.getHorizonEnd());
		List<Map<String, Object>> counts = new ArrayList<>();
		for (Class<? extends NamedElement> type : List.of(io.stratagem.model.Objective.class, UseCase.class, io.stratagem.model.DataAsset.class,
				io.stratagem.model.Capability.class, io.stratagem.model.Partner.class, KPI.class, Risk.class, io.stratagem.model.Control.class,
				io.stratagem.model.Initiative.class, io.stratagem.model.EthicsReview.class)) {
			counts.add(Map.of("label", Text.plural(type.getSimpleName()), "count", model.all(type).size()));
		}
		view.put("counts", counts);
		Map<Rag, Long> byRag = site.kpis().stream().collect(Collectors.groupingBy(KpiStatus::status, TreeMap::new, Collectors.counting()));
		view.put("ragCounts", byRag.entrySet().stream().map(e -> Map.of("label", Text.rag(e.getKey()), "css", Text.ragCss(e.getKey()), "count", e.getValue())).toList());
		view.put("readinessCounts", readinessBoard.get("totals"));
		view.put("coverage", site.frameworks().stream().map(FrameworkFigures::view).toList());
		view.put("topRisks", site.riskProfile().scores().stream().filter(s -> !closed(s.risk())).sorted(RISK_ORDER).limit(5).map(this::riskRow).toList());
		return view;
	}

	static final java.util.Comparator<RiskScore> RISK_ORDER = java.util.Comparator
			.comparing((RiskScore s) -> s.residual() == null ? -1 : s.residual()).reversed()
			.thenComparing(java.util.Comparator.comparing((RiskScore s) -> s.inherent() == null ? -1 : s.inherent()).reversed())
			.thenComparing(s -> s.risk().getName(), java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()));

	Map<String, Object> roadmapPage(SiteModel site) {
		Schedule schedule = site.schedule();
		Map<String, Object> view = new HashMap<>();
		List<Map<String, Object>> rows = new ArrayList<>();
		List<Map<String, Object>> conflicts = new ArrayList<>();
		if (schedule != null) {
			for (ScheduledInitiative s : schedule.initiatives()) {
				rows.add(Map.of("label", ModelElements.label(s.initiative()), "phase", s.phase() == null ? "" : ModelElements.label(s.phase()),
						"start", s.earlyStart().toString(), "finish", s.earlyFinish().toString(), "slack", s.totalSlack(), "critical", s.critical()));
			}
			schedule.conflicts().forEach(c -> conflicts.add(Map.of("element", c.element() == null ? "" : ModelElements.label(c.element()), "message", c.message())));
		}
		view.put("rows", rows);
		view.put("conflicts", conflicts);
		// null when the models have no roadmap: the template says so
		view.put("gantt", schedule == null ? null : RoadmapChart.view(roadmap(site.model()), schedule, site.diagnostics()));
		view.put("capacity", CapacityTable.view(schedule));
		return view;
	}

	Map<String, Object> portfolio(SiteModel site) {
		Prioritisation prioritisation = site.prioritisation();
		Map<UseCase, RankedUseCase> wsjf = byUseCase(prioritisation.wsjf());
		Map<UseCase, RankedUseCase> rice = byUseCase(prioritisation.rice());
		Map<UseCase, String> quadrants = new HashMap<>();
		prioritisation.matrix().placements().forEach(p -> quadrants.put(p.useCase(), p.quadrant().name().toLowerCase(Locale.ROOT).replace('_', ' ')));
		List<Map<String, Object>> rows = new ArrayList<>();
		for (RankedUseCase ranked : prioritisation.wsjf().ranked()) {
			UseCase useCase = ranked.useCase();
			rows.add(Map.of("label", ModelElements.label(useCase), "href", site.link(useCase, ""), "stage", useCase.getStage().getLiteral(), "wsjfRank", ranked.rank(),
					"wsjf", Text.decimal(ranked.score()), "riceRank", rice.containsKey(useCase) ? rice.get(useCase).rank() : "",
					"rice", rice.containsKey(useCase) ? Text.decimal(rice.get(useCase).score()) : "", "quadrant", quadrants.getOrDefault(useCase, "")));
		}
		List<Map<String, Object>> unrankable = prioritisation.wsjf().unrankable().stream()
				.map(u -> Map.<String, Object>of("label", ModelElements.label(u.useCase()), "href", site.link(u.useCase(), ""), "reason", u.reason())).toList();
		// a long list starts closed (none of the federal inventory's use cases has the inputs)
		return Map.of("rows", rows, "unrankable", unrankable, "wsjfCount", wsjf.size(), "anyUnrankable", !unrankable.isEmpty(), "unrankableOpen",
				unrankable.size() <= UnitGroups.OPEN_UP_TO,
				"unrankableSize", unrankable.size() + (unrankable.size() == 1 ? " use case" : " use cases"));
	}

	List<Map<String, Object>> kpiRows(List<KpiStatus> kpis) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (KpiStatus status : kpis) {
			KPI kpi = status.kpi();
			Map<String, Object> row = new HashMap<>();
			row.put("label", ModelElements.label(kpi));
			row.put("unit", kpi.getUnit());
			row.put("direction", kpi.getDirection().getLiteral());
			row.put("baseline", Text.decimal(kpi.getBaseline()));
			row.put("target", kpi.getTargetUpper() == null ? Text.decimal(kpi.getTarget()) : Text.decimal(kpi.getTarget()) + " to " + Text.decimal(kpi.getTargetUpper()));
			row.put("latest", status.latest() == null ? "" : Text.decimal(status.latest().getValue()));
			row.put("status", Text.rag(status.status()));
			row.put("css", Text.ragCss(status.status()));
			row.put("trend", status.trendPerMonth() == null ? "" : String.format(Locale.ROOT, "%.2f", status.trendPerMonth()));
			row.put("forecast", status.forecast() == null ? "" : String.format(Locale.ROOT, "%.2f", status.forecast()));
			row.put("onTrack", status.onTrack() == null ? "" : status.onTrack() ? "yes" : "no");
			row.put("forecastMethod", status.projection() == null ? "" : status.projection().explanation());
			row.put("sparkline", sparkline(kpi.getMeasurements()));
			rows.add(row);
		}
		return rows;
	}

	/** A line of the measured values, drawn with numbers only. */
	private static String sparkline(List<Measurement> measurements) {
		List<Double> values = measurements.stream().filter(m -> m.getValue() != null).map(m -> m.getValue().doubleValue()).toList();
		if (values.size() < 2) {
			return "";
		}
		double min = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
		double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
		double range = max == min ? 1 : max - min;
		StringBuilder points = new StringBuilder();
		for (int i = 0; i < values.size(); i++) {
			double x = 2 + i * 96.0 / (values.size() - 1);
			double y = 18 - (values.get(i) - min) / range * 16;
			points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
		}
		return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" height=\"20\" viewBox=\"0 0 100 20\" role=\"img\" aria-label=\"trend\"><polyline fill=\"none\" stroke=\"#1f3a5f\" stroke-width=\"1.5\" points=\""
				+ points.toString().trim() + "\" /></svg>";
	}

	private Map<String, Object> riskPage(RiskProfile profile) {
		List<Map<String, Object>> rows = profile.scores().stream().sorted(RISK_ORDER).map(score -> {
			Map<String, Object> row = new HashMap<>(riskRow(score));
			row.put("status", score.risk().getStatus().getLiteral());
			row.put("controls", score.risk().getControls().stream().map(ModelElements::label).collect(Collectors.joining(", ")));
			return row;
		}).toList();
		return Map.of("rows", rows, "inherentMap", heatMap("Inherent", profile.inherent()), "residualMap",
				heatMap("Residual", profile.residual()));
	}

	Map<String, Object> riskRow(RiskScore score) {
		return Map.of("label", ModelElements.label(score.risk()), "category", score.risk().getCategory().getLiteral(),
				"inherent", score.inherent() == null ? "" : score.inherent(), "residual", score.residual() == null ? "" : score.residual());
	}

	/**
	 * A heat map as a table: impact 5 (severe) to 1 down the rows, likelihood 1 (rare) to 5 across the
	 * columns, both scales with their words, each cell the count of risks rated there and coloured by
	 * its score (likelihood x impact: 15 or more high, 8 or more medium).
	 */
	String heatMap(String caption, HeatMap map) {
		List<Map<String, Object>> likelihoods = new ArrayList<>();
		for (int likelihood = 1; likelihood <= HeatMap.SIZE; likelihood++) {
			likelihoods.add(Map.of("value", likelihood, "word", HeatMap.LIKELIHOOD_WORDS.get(likelihood - 1)));
		}
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int impact = HeatMap.SIZE; impact >= 1; impact--) {
			List<Map<String, Object>> cells = new ArrayList<>();
			for (int likelihood = 1; likelihood <= HeatMap.SIZE; likelihood++) {
				int score = likelihood * impact;
				int count = map.count(likelihood, impact);
				cells.add(Map.of("count", count, "css", (score >= 15 ? "high" : score >= 8 ? "medium" : "low") + (count == 0 ? " empty" : ""), "title",
						"likelihood " + likelihood + " (" + HeatMap.LIKELIHOOD_WORDS.get(likelihood - 1) + "), impact " + impact + " ("
								+ HeatMap.IMPACT_WORDS.get(impact - 1) + "), score " + score + ": " + count + (count == 1 ? " risk" : " risks")));
			}
			rows.add(Map.of("value", impact, "word", HeatMap.IMPACT_WORDS.get(impact - 1), "cells", cells));
		}
		String risks = map.total() + (map.total() == 1 ? " risk" : " risks");
		return templates.render("heatmap", Map.of("caption", caption + ": " + risks + " by likelihood and impact", "likelihoods", likelihoods, "rows", rows));
	}

	// ------------------------------------------------------------------ text artifacts

	private String markdown(SiteModel site) {
		Strategy strategy = site.strategy();
		Schedule schedule = site.schedule();
		Prioritisation prioritisation = site.prioritisation();
		List<KpiStatus> kpis = site.kpis();
		RiskProfile profile = site.riskProfile();
		List<Finding> diagnostics = site.diagnostics();
		StringBuilder md = new StringBuilder();
		md.append("# ").append(Markdown.text(strategy == null ? "AI strategy" : ModelElements.label(strategy))).append("\n\n");
		if (strategy != null && strategy.getVision() != null) {
			md.append(Markdown.text(strategy.getVision())).append("\n\n");
		}
		md.append("## Roadmap\n\n| Initiative | Phase | Start | Finish | Slack (days) | Critical |\n|---|---|---|---|---|---|\n");
		if (schedule != null) {
			for (ScheduledInitiative s : schedule.initiatives()) {
				md.append("| ").append(Markdown.text(ModelElements.label(s.initiative()))).append(" | ")
						.append(Markdown.text(s.phase() == null ? "" : ModelElements.label(s.phase()))).append(" | ").append(s.earlyStart()).append(" | ")
						.append(s.earlyFinish()).append(" | ").append(s.totalSlack()).append(" | ").append(s.critical() ? "yes" : "").append(" |\n");
			}
		}
		md.append("\n## Portfolio (WSJF)\n\n| Rank | Use case | WSJF |\n|---|---|---|\n");
		for (RankedUseCase ranked : prioritisation.wsjf().ranked()) {
			md.append("| ").append(ranked.rank()).append(" | ").append(Markdown.text(ModelElements.label(ranked.useCase()))).append(" | ")
					.append(Text.decimal(ranked.score())).append(" |\n");
		}
		md.append("\n## KPIs\n\n| KPI | Status | Latest |\n|---|---|---|\n");
		for (KpiStatus status : kpis) {
			md.append("| ").append(Markdown.text(ModelElements.label(status.kpi()))).append(" | ").append(Text.rag(status.status())).append(" | ")
					.append(status.latest() == null ? "" : Text.decimal(status.latest().getValue())).append(" |\n");
		}
		md.append("\n## Top risks\n\n| Risk | Residual | Inherent |\n|---|---|---|\n");
		profile.scores().stream().filter(s -> !closed(s.risk())).sorted(RISK_ORDER).limit(10).forEach(s -> md.append("| ")
				.append(Markdown.text(ModelElements.label(s.risk()))).append(" | ").append(s.residual() == null ? "" : s.residual()).append(" | ")
				.append(s.inherent() == null ? "" : s.inherent()).append(" |\n"));
		md.append("\n## Readiness\n\n| Use case | Overall |");
		List.of(Dimension.values()).forEach(d -> md.append(' ').append(ReadinessBoard.heading(d)).append(" |"));
		md.append("\n|---|---|").append("---|".repeat(Dimension.values().length)).append('\n');
		for (UseCaseReadiness ready : site.readiness()) {
			md.append("| ").append(Markdown.text(ModelElements.label(ready.useCase()))).append(" | ").append(Text.readiness(ready.overall())).append(" |");
			ready.dimensions().forEach(d -> md.append(' ').append(Text.readiness(d.readiness())).append(" |"));
			md.append('\n');
		}
		md.append("\n## Conformity\n\n| Framework | Evidenced | Planned | Missing | Use cases checked |\n|---|---|---|---|---|\n");
		for (int i = 0; i < site.checklists().size(); i++) {
			FrameworkFigures figures = site.frameworks().get(i);
			md.append("| ").append(Text.framework(figures.framework())).append(" | ").append(figures.evidenced()).append(" | ").append(figures.planned())
					.append(" | ").append(figures.missing()).append(" | ").append(site.checklists().get(i).useCases().size()).append(" |\n");
		}
		md.append("\n## Validation\n\n").append(site.count("error")).append(" errors, ").append(site.count("warning"))
				.append(" warnings, ").append(site.count("info")).append(" infos.\n");
		return md.toString();
	}

	// ------------------------------------------------------------------ helpers

	private static Map<UseCase, RankedUseCase> byUseCase(Ranking ranking) {
		Map<UseCase, RankedUseCase> result = new HashMap<>();
		ranking.ranked().forEach(r -> result.put(r.useCase(), r));
		return result;
	}

	static boolean closed(Risk risk) {
		return risk.getStatus() == io.stratagem.model.RiskStatus.CLOSED;
	}

}
