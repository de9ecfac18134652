package io.stratagem.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.resource.Resource;

import com.google.gson.stream.JsonWriter;
import com.samskivert.mustache.Escapers;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;

import io.stratagem.model.Dependency;
import io.stratagem.model.KPI;
import io.stratagem.model.Measurement;
import io.stratagem.model.NamedElement;
import io.stratagem.model.Risk;
import io.stratagem.model.Roadmap;
import io.stratagem.model.Strategy;
import io.stratagem.model.UseCase;
import io.stratagem.roadmap.kpi.KpiStatus;
import io.stratagem.roadmap.kpi.KpiStatusService;
import io.stratagem.roadmap.kpi.Rag;
import io.stratagem.roadmap.priority.Prioritisation;
import io.stratagem.roadmap.priority.PriorityService;
import io.stratagem.roadmap.priority.RankedUseCase;
import io.stratagem.roadmap.priority.Ranking;
import io.stratagem.roadmap.risk.HeatMap;
import io.stratagem.roadmap.risk.RiskProfile;
import io.stratagem.roadmap.risk.RiskScore;
import io.stratagem.roadmap.risk.RiskService;
import io.stratagem.roadmap.schedule.MilestoneStatus;
import io.stratagem.roadmap.schedule.Schedule;
import io.stratagem.roadmap.schedule.ScheduleService;
import io.stratagem.roadmap.schedule.ScheduledInitiative;

/**
 * Writes the roadmap artifacts of a model set: a static HTML site readable offline (overview,
 * roadmap Gantt in SVG, portfolio ranking, KPI scorecard with sparklines, risk heat maps,
 * findings), {@code roadmap.md}, a Mermaid Gantt, and CSV and JSON exports. Every model string
 * goes through a template that escapes by default; the same model always gives the same bytes.
 */
public class SiteGenerator {

	private static final int LABEL_WIDTH = 280;
	private static final int MONTH_WIDTH = 36;
	private static final int ROW = 20;
	private static final int TOP = 30;

	private final ScheduleService schedules = new ScheduleService();
	private final PriorityService priorities = new PriorityService();
	private final KpiStatusService kpiStatuses = new KpiStatusService();
	private final RiskService risks = new RiskService();
	private final Mustache.Compiler templates = Mustache.compiler().defaultValue("").withLoader(SiteGenerator::reader)
			.withEscaper(text -> Escapers.HTML.escape(XML_INVALID.matcher(text).replaceAll("\uFFFD")));

	/** Characters that XML 1.0 forbids (NUL and other C0 controls, lone surrogates): pages stay well-formed. */
	private static final java.util.regex.Pattern XML_INVALID = java.util.regex.Pattern.compile("[^\\t\\n\\r\\x20-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]");

	/** File path (relative, with forward slashes) to content, sorted by path. */
	public Map<String, String> generate(List<Resource> resources, List<ReportDiagnostic> diagnostics) {
		ModelIndex model = new ModelIndex(resources);
		Strategy strategy = model.all(Strategy.class).stream().findFirst().orElse(null);
		Roadmap roadmap = model.all(Roadmap.class).stream().findFirst().orElse(null);
		Schedule schedule = roadmap == null ? null : schedules.schedule(roadmap);
		List<UseCase> useCases = model.all(UseCase.class);
		Prioritisation prioritisation = priorities.prioritise(useCases);
		List<KpiStatus> kpis = kpiStatuses.statuses(model.all(KPI.class));
		List<Risk> allRisks = model.all(Risk.class);
		RiskProfile riskProfile = risks.profile(allRisks);

		Map<String, Object> site = new HashMap<>();
		site.put("siteTitle", strategy == null ? "AI strategy" : ModelIndex.label(strategy));
		site.put("errors", count(diagnostics, "error"));
		site.put("warnings", count(diagnostics, "warning"));
		site.put("infos", count(diagnostics, "info"));
		site.put("initiativeCount", schedule == null ? 0 : schedule.initiatives().size());
		site.put("scheduleStart", schedule == null || schedule.start() == null ? "-" : schedule.start().toString());
		site.put("scheduleEnd", schedule == null || schedule.end() == null ? "-" : schedule.end().toString());
		site.put("criticalPath", schedule == null ? List.of() : schedule.criticalPath().stream().map(ModelIndex::label).toList());

		Map<String, String> files = new TreeMap<>();
		files.put("style.css", resource("style.css"));
		files.put("index.html", page("index", "Overview", site, overview(model, strategy, kpis, riskProfile)));
		files.put("roadmap.html", page("roadmap", "Roadmap", site, roadmapPage(schedule)));
		files.put("portfolio.html", page("portfolio", "Portfolio", site, portfolio(useCases, prioritisation)));
		files.put("kpis.html", page("kpis", "KPI scorecard", site, Map.of("rows", kpiRows(kpis))));
		files.put("risks.html", page("risks", "Risks", site, riskPage(riskProfile)));
		files.put("findings.html", page("findings", "Findings", site, Map.of("rows", diagnostics)));
		files.put("roadmap.md", markdown(strategy, schedule, prioritisation, kpis, riskProfile, diagnostics));
		files.put("roadmap-gantt.mmd", mermaid(schedule));
		files.put("exports/use-cases.csv", useCaseCsv(useCases));
		files.put("exports/schedule.csv", scheduleCsv(schedule));
		files.put("exports/rankings.csv", rankingCsv(prioritisation));
		files.put("exports/kpis.csv", kpiCsv(kpis));
		files.put("exports/risks.csv", riskCsv(riskProfile));
		files.put("exports/summary.json", summaryJson(useCases.size(), schedule, prioritisation, kpis, riskProfile, diagnostics));
		return files;
	}

	// ------------------------------------------------------------------ pages

	private Map<String, Object> overview(ModelIndex model, Strategy strategy, List<KpiStatus> kpis, RiskProfile riskProfile) {
		Map<String, Object> view = new HashMap<>();
		view.put("vision", strategy == null ? null : strategy.getVision());
		view.put("horizon", strategy == null || strategy.getHorizonStart() == null ? null : strategy.getHorizonStart() + " to " + strategy.getHorizonEnd());
		List<Map<String, Object>> counts = new ArrayList<>();
		for (Class<? extends NamedElement> type : List.of(io.stratagem.model.Objective.class, UseCase.class, io.stratagem.model.DataAsset.class,
				io.stratagem.model.Capability.class, io.stratagem.model.Partner.class, KPI.class, Risk.class, io.stratagem.model.Control.class,
				io.stratagem.model.Initiative.class, io.stratagem.model.EthicsReview.class)) {
			counts.add(Map.of("label", words(type.getSimpleName()), "count", model.all(type).size()));
		}
		view.put("counts", counts);
		Map<Rag, Long> byRag = kpis.stream().collect(Collectors.groupingBy(KpiStatus::status, TreeMap::new, Collectors.counting()));
		view.put("ragCounts", byRag.entrySet().stream().map(e -> Map.of("label", ragLabel(e.getKey()), "css", ragCss(e.getKey()), "count", e.getValue())).toList());
		view.put("topRisks", riskProfile.scores().stream().filter(s -> !closed(s.risk())).sorted(RISK_ORDER).limit(5).map(this::riskRow).toList());
		return view;
	}

	private static final java.util.Comparator<RiskScore> RISK_ORDER = java.util.Comparator
			.comparing((RiskScore s) -> s.residual() == null ? -1 : s.residual()).reversed()
			.thenComparing(java.util.Comparator.comparing((RiskScore s) -> s.inherent() == null ? -1 : s.inherent()).reversed())
			.thenComparing(s -> s.risk().getName(), java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()));

	private Map<String, Object> roadmapPage(Schedule schedule) {
		Map<String, Object> view = new HashMap<>();
		List<Map<String, Object>> rows = new ArrayList<>();
		List<Map<String, Object>> conflicts = new ArrayList<>();
		if (schedule != null) {
			for (ScheduledInitiative s : schedule.initiatives()) {
				rows.add(Map.of("label", ModelIndex.label(s.initiative()), "phase", s.phase() == null ? "" : ModelIndex.label(s.phase()),
						"start", s.earlyStart().toString(), "finish", s.earlyFinish().toString(), "slack", s.totalSlack(), "critical", s.critical()));
			}
			schedule.conflicts().forEach(c -> conflicts.add(Map.of("element", c.element() == null ? "" : ModelIndex.label(c.element()), "message", c.message())));
		}
		view.put("rows", rows);
		view.put("conflicts", conflicts);
		view.put("gantt", schedule == null || schedule.start() == null ? "<p>No scheduled initiative.</p>" : gantt(schedule));
		return view;
	}

	/** The Gantt chart as an SVG document, drawn by a template so that every label is escaped. */
	String gantt(Schedule schedule) {
		YearMonth first = YearMonth.from(schedule.start());
		YearMonth last = YearMonth.from(schedule.end());
		for (MilestoneStatus m : schedule.milestones()) {
			if (m.due() != null && YearMonth.from(m.due()).isAfter(last)) {
				last = YearMonth.from(m.due());
			}
		}
		int monthCount = (int) ChronoUnit.MONTHS.between(first, last) + 1;
		LocalDate origin = first.atDay(1);
		List<Map<String, Object>> months = new ArrayList<>();
		for (int i = 0; i < monthCount; i++) {
			YearMonth month = first.plusMonths(i);
			int x = LABEL_WIDTH + i * MONTH_WIDTH;
			months.add(Map.of("x", x, "labelX", x + 2, "label", String.format("%02d", month.getMonthValue()), "year",
					month.getMonthValue() == 1 || i == 0 ? Integer.toString(month.getYear()) : ""));
		}
		int totalWidth = LABEL_WIDTH + monthCount * MONTH_WIDTH + 10;
		List<Map<String, Object>> phases = new ArrayList<>();
		List<Map<String, Object>> bars = new ArrayList<>();
		Map<io.stratagem.model.Initiative, int[]> geometry = new HashMap<>();
		int y = TOP;
		Object currentPhase = new Object();
		for (ScheduledInitiative s : schedule.initiatives()) {
			if (s.phase() != currentPhase) {
				currentPhase = s.phase();
				long count = schedule.initiatives().stream().filter(o -> o.phase() == s.phase()).count();
				phases.add(Map.of("y", y, "width", totalWidth, "bandHeight", (int) (count + 1) * ROW, "textY", y + 14, "label",
						s.phase() == null ? "Not in a phase" : ModelIndex.label(s.phase())));
				y += ROW;
			}
			int x = LABEL_WIDTH + (int) Math.round(ChronoUnit.DAYS.between(origin, s.earlyStart()) * MONTH_WIDTH / 30.44);
			int width = Math.max(2, (int) Math.round((ChronoUnit.DAYS.between(s.earlyStart(), s.earlyFinish()) + 1) * MONTH_WIDTH / 30.44));
			geometry.put(s.initiative(), new int[] { x, y, width });
			bars.add(Map.of("label", "  " + ModelIndex.label(s.initiative()), "x", x, "y", y + 3, "barWidth", width, "textY", y + 14,
					"critical", s.critical(), "start", s.earlyStart().toString(), "finish", s.earlyFinish().toString()));
			y += ROW;
		}
		List<Map<String, Object>> dependencies = new ArrayList<>();
		for (ScheduledInitiative s : schedule.initiatives()) {
			for (Dependency dependency : s.initiative().getDependencies()) {
				int[] from = geometry.get(dependency.getTarget());
				int[] to = geometry.get(s.initiative());
				if (from != null && to != null) {
					int startX = dependency.getType() == io.stratagem.model.DependencyType.START_TO_START ? from[0] : from[0] + from[2];
					dependencies.add(Map.of("path", "M" + startX + " " + (from[1] + 10) + " H" + (Math.max(startX, to[0]) - 4) + " V" + (to[1] + 10) + " H" + to[0]));
				}
			}
		}
		List<Map<String, Object>> milestones = new ArrayList<>();
		for (MilestoneStatus m : schedule.milestones()) {
			if (m.due() == null) {
				continue;
			}
			int x = LABEL_WIDTH + (int) Math.round(ChronoUnit.DAYS.between(origin, m.due()) * MONTH_WIDTH / 30.44);
			int cy = y + 10;
			milestones.add(Map.of("label", "  ◆ " + ModelIndex.label(m.milestone()), "textY", y + 14, "due", m.due().toString(),
					"points", x + "," + (cy - 7) + " " + (x + 7) + "," + cy + " " + x + "," + (cy + 7) + " " + (x - 7) + "," + cy));
			y += ROW;
		}
		Map<String, Object> view = new HashMap<>();
		view.put("width", totalWidth);
		view.put("height", y + 10);
		view.put("months", months);
		view.put("phases", phases);
		view.put("bars", bars);
		view.put("dependencies", dependencies);
		view.put("milestones", milestones);
		return render("gantt", view);
	}

	private Map<String, Object> portfolio(List<UseCase> useCases, Prioritisation prioritisation) {
		Map<UseCase, RankedUseCase> wsjf = byUseCase(prioritisation.wsjf());
		Map<UseCase, RankedUseCase> rice = byUseCase(prioritisation.rice());
		Map<UseCase, String> quadrants = new HashMap<>();
		prioritisation.matrix().placements().forEach(p -> quadrants.put(p.useCase(), p.quadrant().name().toLowerCase(Locale.ROOT).replace('_', ' ')));
		List<Map<String, Object>> rows = new ArrayList<>();
		for (RankedUseCase ranked : prioritisation.wsjf().ranked()) {
			UseCase useCase = ranked.useCase();
			rows.add(Map.of("label", ModelIndex.label(useCase), "stage", useCase.getStage().getLiteral(), "wsjfRank", ranked.rank(),
					"wsjf", decimal(ranked.score()), "riceRank", rice.containsKey(useCase) ? rice.get(useCase).rank() : "",
					"rice", rice.containsKey(useCase) ? decimal(rice.get(useCase).score()) : "", "quadrant", quadrants.getOrDefault(useCase, "")));
		}
		List<Map<String, Object>> unrankable = prioritisation.wsjf().unrankable().stream()
				.map(u -> Map.<String, Object>of("label", ModelIndex.label(u.useCase()), "reason", u.reason())).toList();
		return Map.of("rows", rows, "unrankable", unrankable, "wsjfCount", wsjf.size());
	}

	private List<Map<String, Object>> kpiRows(List<KpiStatus> kpis) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (KpiStatus status : kpis) {
			KPI kpi = status.kpi();
			Map<String, Object> row = new HashMap<>();
			row.put("label", ModelIndex.label(kpi));
			row.put("unit", kpi.getUnit());
			row.put("direction", kpi.getDirection().getLiteral());
			row.put("baseline", decimal(kpi.getBaseline()));
			row.put("target", kpi.getTargetUpper() == null ? decimal(kpi.getTarget()) : decimal(kpi.getTarget()) + " to " + decimal(kpi.getTargetUpper()));
			row.put("latest", status.latest() == null ? "" : decimal(status.latest().getValue()));
			row.put("status", ragLabel(status.status()));
			row.put("css", ragCss(status.status()));
			row.put("trend", status.trendPerMonth() == null ? "" : String.format(Locale.ROOT, "%.2f", status.trendPerMonth()));
			row.put("forecast", status.forecast() == null ? "" : String.format(Locale.ROOT, "%.2f", status.forecast()));
			row.put("onTrack", status.onTrack() == null ? "" : status.onTrack() ? "yes" : "no");
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
			row.put("controls", score.risk().getControls().stream().map(ModelIndex::label).collect(Collectors.joining(", ")));
			return row;
		}).toList();
		return Map.of("rows", rows, "inherentMap", heatMap(profile.inherent()), "residualMap", heatMap(profile.residual()));
	}

	private Map<String, Object> riskRow(RiskScore score) {
		return Map.of("label", ModelIndex.label(score.risk()), "category", score.risk().getCategory().getLiteral(),
				"inherent", score.inherent() == null ? "" : score.inherent(), "residual", score.residual() == null ? "" : score.residual());
	}

	private String heatMap(HeatMap map) {
		List<Map<String, Object>> cells = new ArrayList<>();
		for (int impact = 5; impact >= 1; impact--) {
			for (int likelihood = 1; likelihood <= 5; likelihood++) {
				int x = 20 + (likelihood - 1) * 36;
				int y = (5 - impact) * 36;
				int score = likelihood * impact;
				String fill = score >= 15 ? "#e57373" : score >= 8 ? "#ffb74d" : "#aed581";
				int count = map.count(likelihood, impact);
				cells.add(Map.of("x", x, "y", y, "textX", x + 18, "textY", y + 22, "fill", fill, "count", count == 0 ? "" : Integer.toString(count)));
			}
		}
		return render("heatmap", Map.of("cells", cells));
	}

	// ------------------------------------------------------------------ text artifacts

	private String markdown(Strategy strategy, Schedule schedule, Prioritisation prioritisation, List<KpiStatus> kpis, RiskProfile profile,
			List<ReportDiagnostic> diagnostics) {
		StringBuilder md = new StringBuilder();
		md.append("# ").append(Markdown.text(strategy == null ? "AI strategy" : ModelIndex.label(strategy))).append("\n\n");
		if (strategy != null && strategy.getVision() != null) {
			md.append(Markdown.text(strategy.getVision())).append("\n\n");
		}
		md.append("## Roadmap\n\n| Initiative | Phase | Start | Finish | Slack (days) | Critical |\n|---|---|---|---|---|---|\n");
		if (schedule != null) {
			for (ScheduledInitiative s : schedule.initiatives()) {
				md.append("| ").append(Markdown.text(ModelIndex.label(s.initiative()))).append(" | ")
						.append(Markdown.text(s.phase() == null ? "" : ModelIndex.label(s.phase()))).append(" | ").append(s.earlyStart()).append(" | ")
						.append(s.earlyFinish()).append(" | ").append(s.totalSlack()).append(" | ").append(s.critical() ? "yes" : "").append(" |\n");
			}
		}
		md.append("\n## Portfolio (WSJF)\n\n| Rank | Use case | WSJF |\n|---|---|---|\n");
		for (RankedUseCase ranked : prioritisation.wsjf().ranked()) {
			md.append("| ").append(ranked.rank()).append(" | ").append(Markdown.text(ModelIndex.label(ranked.useCase()))).append(" | ")
					.append(decimal(ranked.score())).append(" |\n");
		}
		md.append("\n## KPIs\n\n| KPI | Status | Latest |\n|---|---|---|\n");
		for (KpiStatus status : kpis) {
			md.append("| ").append(Markdown.text(ModelIndex.label(status.kpi()))).append(" | ").append(ragLabel(status.status())).append(" | ")
					.append(status.latest() == null ? "" : decimal(status.latest().getValue())).append(" |\n");
		}
		md.append("\n## Top risks\n\n| Risk | Residual | Inherent |\n|---|---|---|\n");
		profile.scores().stream().filter(s -> !closed(s.risk())).sorted(RISK_ORDER).limit(10).forEach(s -> md.append("| ")
				.append(Markdown.text(ModelIndex.label(s.risk()))).append(" | ").append(s.residual() == null ? "" : s.residual()).append(" | ")
				.append(s.inherent() == null ? "" : s.inherent()).append(" |\n"));
		md.append("\n## Validation\n\n").append(count(diagnostics, "error")).append(" errors, ").append(count(diagnostics, "warning"))
				.append(" warnings, ").append(count(diagnostics, "info")).append(" infos.\n");
		return md.toString();
	}

	private String mermaid(Schedule schedule) {
		StringBuilder mmd = new StringBuilder("gantt\n    title Roadmap\n    dateFormat YYYY-MM-DD\n");
		if (schedule != null) {
			Object phase = new Object();
			int task = 0;
			for (ScheduledInitiative s : schedule.initiatives()) {
				if (s.phase() != phase) {
					phase = s.phase();
					mmd.append("    section ").append(Markdown.mermaid(s.phase() == null ? "Not in a phase" : ModelIndex.label(s.phase()))).append('\n');
				}
				mmd.append("    ").append(Markdown.mermaid(ModelIndex.label(s.initiative()))).append(" :").append(s.critical() ? "crit, " : "")
						.append("t").append(++task).append(", ").append(s.earlyStart()).append(", ").append(s.earlyFinish().plusDays(1)).append('\n');
			}
		}
		return mmd.toString();
	}

	private String useCaseCsv(List<UseCase> useCases) {
		List<List<String>> rows = new ArrayList<>();
		for (UseCase u : useCases) {
			rows.add(List.of(Csv.text(ModelIndex.qualifiedName(u)), Csv.text(u.getTitle()), Csv.text(u.getUnit() == null ? "" : ModelIndex.label(u.getUnit())),
					u.getStage().getLiteral(), u.getTechnique().getLiteral(), u.getEuAiActTier().getLiteral(),
					u.getHighImpact() == null ? "" : u.getHighImpact().toString(), Csv.text(u.getOwner() == null ? "" : ModelIndex.label(u.getOwner())),
					u.getDeployment() == null ? "" : u.getDeployment().toString()));
		}
		return Csv.write(List.of("use_case", "title", "unit", "stage", "technique", "eu_ai_act_tier", "high_impact", "owner", "deployment"), rows);
	}

	private String scheduleCsv(Schedule schedule) {
		List<List<String>> rows = new ArrayList<>();
		if (schedule != null) {
			for (ScheduledInitiative s : schedule.initiatives()) {
				rows.add(List.of(Csv.text(ModelIndex.qualifiedName(s.initiative())), Csv.text(ModelIndex.label(s.initiative())),
						Csv.text(s.phase() == null ? "" : ModelIndex.label(s.phase())), s.earlyStart().toString(), s.earlyFinish().toString(),
						s.lateStart().toString(), s.lateFinish().toString(), Long.toString(s.totalSlack()), Boolean.toString(s.critical())));
			}
		}
		return Csv.write(List.of("initiative", "title", "phase", "early_start", "early_finish", "late_start", "late_finish", "slack_days", "critical"), rows);
	}

	private String rankingCsv(Prioritisation prioritisation) {
		List<List<String>> rows = new ArrayList<>();
		for (Ranking ranking : List.of(prioritisation.wsjf(), prioritisation.rice())) {
			for (RankedUseCase ranked : ranking.ranked()) {
				rows.add(List.of(ranking.method().name(), Integer.toString(ranked.rank()), Csv.text(ModelIndex.qualifiedName(ranked.useCase())),
						Csv.text(ModelIndex.label(ranked.useCase())), decimal(ranked.score())));
			}
		}
		return Csv.write(List.of("method", "rank", "use_case", "title", "score"), rows);
	}

	private String kpiCsv(List<KpiStatus> kpis) {
		List<List<String>> rows = new ArrayList<>();
		for (KpiStatus status : kpis) {
			rows.add(List.of(Csv.text(ModelIndex.qualifiedName(status.kpi())), Csv.text(ModelIndex.label(status.kpi())), status.status().name(),
					status.latest() == null ? "" : decimal(status.latest().getValue()),
					status.trendPerMonth() == null ? "" : String.format(Locale.ROOT, "%.4f", status.trendPerMonth()),
					status.forecast() == null ? "" : String.format(Locale.ROOT, "%.4f", status.forecast()),
					status.onTrack() == null ? "" : status.onTrack().toString()));
		}
		return Csv.write(List.of("kpi", "title", "status", "latest", "trend_per_month", "forecast", "on_track"), rows);
	}

	private String riskCsv(RiskProfile profile) {
		List<List<String>> rows = new ArrayList<>();
		for (RiskScore score : profile.scores()) {
			rows.add(List.of(Csv.text(ModelIndex.qualifiedName(score.risk())), Csv.text(ModelIndex.label(score.risk())), score.risk().getCategory().getLiteral(),
					score.risk().getStatus().getLiteral(), score.inherent() == null ? "" : score.inherent().toString(),
					score.residual() == null ? "" : score.residual().toString()));
		}
		return Csv.write(List.of("risk", "title", "category", "status", "inherent_score", "residual_score"), rows);
	}

	private String summaryJson(int useCases, Schedule schedule, Prioritisation prioritisation, List<KpiStatus> kpis, RiskProfile profile,
			List<ReportDiagnostic> diagnostics) {
		StringWriter out = new StringWriter();
		try (JsonWriter json = new JsonWriter(out)) {
			json.setIndent("  ");
			json.beginObject();
			json.name("useCases").value(useCases);
			json.name("initiatives").value(schedule == null ? 0 : schedule.initiatives().size());
			json.name("scheduleStart").value(schedule == null || schedule.start() == null ? null : schedule.start().toString());
			json.name("scheduleEnd").value(schedule == null || schedule.end() == null ? null : schedule.end().toString());
			json.name("criticalPath").beginArray();
			if (schedule != null) {
				for (var initiative : schedule.criticalPath()) {
					json.value(ModelIndex.qualifiedName(initiative));
				}
			}
			json.endArray();
			json.name("scheduleConflicts").value(schedule == null ? 0 : schedule.conflicts().size());
			json.name("ranked").value(prioritisation.wsjf().ranked().size());
			json.name("kpiStatus").beginObject();
			Map<Rag, Long> byRag = kpis.stream().collect(Collectors.groupingBy(KpiStatus::status, TreeMap::new, Collectors.counting()));
			for (Map.Entry<Rag, Long> entry : byRag.entrySet()) {
				json.name(entry.getKey().name()).value(entry.getValue());
			}
			json.endObject();
			json.name("risks").value(profile.scores().size());
			json.name("findings").beginObject().name("error").value(count(diagnostics, "error")).name("warning").value(count(diagnostics, "warning"))
					.name("info").value(count(diagnostics, "info")).endObject();
			json.endObject();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out + "\n";
	}

	// ------------------------------------------------------------------ helpers

	private String page(String template, String title, Map<String, Object> site, Map<String, Object> content) {
		Map<String, Object> view = new LinkedHashMap<>(site);
		view.putAll(content);
		view.put("pageTitle", title);
		return render(template, view);
	}

	private String render(String name, Map<String, Object> view) {
		Template template = templates.loadTemplate(name);
		return template.execute(view);
	}

	private static java.io.Reader reader(String name) {
		return new InputStreamReader(open("templates/" + name + ".mustache"), StandardCharsets.UTF_8);
	}

	private static String resource(String name) {
		try (InputStream in = open("templates/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static InputStream open(String path) {
		InputStream in = SiteGenerator.class.getClassLoader().getResourceAsStream(path);
		if (in == null) {
			throw new IllegalStateException(path + " is missing from the io.stratagem.report bundle");
		}
		return in;
	}

	private static Map<UseCase, RankedUseCase> byUseCase(Ranking ranking) {
		Map<UseCase, RankedUseCase> result = new HashMap<>();
		ranking.ranked().forEach(r -> result.put(r.useCase(), r));
		return result;
	}

	private static boolean closed(Risk risk) {
		return risk.getStatus() == io.stratagem.model.RiskStatus.CLOSED;
	}

	private static long count(List<ReportDiagnostic> diagnostics, String severity) {
		return diagnostics.stream().filter(d -> severity.equals(d.severity())).count();
	}

	private static String decimal(BigDecimal value) {
		return value == null ? "" : value.setScale(Math.min(Math.max(value.scale(), 0), 2), RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
	}

	private static String words(String camelCase) {
		String words = camelCase.replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
		return camelCase.equals("KPI") ? "KPIs" : Character.toUpperCase(words.charAt(0)) + words.substring(1) + "s";
	}

	private static String ragLabel(Rag rag) {
		return switch (rag) {
		case GREEN -> "green";
		case AMBER -> "amber";
		case RED -> "red";
		case NO_DATA -> "no data";
		case UNRATED -> "unrated";
		};
	}

	private static String ragCss(Rag rag) {
		return switch (rag) {
		case GREEN -> "green";
		case AMBER -> "amber";
		case RED -> "red";
		default -> "none";
		};
	}
}
