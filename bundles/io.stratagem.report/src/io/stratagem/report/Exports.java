package io.stratagem.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.google.gson.stream.JsonWriter;

import io.stratagem.roadmap.ModelElements;
import io.stratagem.model.UseCase;
import io.stratagem.roadmap.kpi.KpiStatus;
import io.stratagem.roadmap.kpi.Rag;
import io.stratagem.roadmap.priority.RankedUseCase;
import io.stratagem.roadmap.priority.Ranking;
import io.stratagem.roadmap.risk.RiskScore;
import io.stratagem.roadmap.schedule.ScheduledInitiative;

/**
 * The data exports: use cases, schedule, rankings, KPIs and risks, each as CSV and as JSON with
 * the same columns, plus a JSON summary. Cells are typed: text from the model is neutralised
 * against formula injection in CSV, numbers and booleans are written as such.
 */
final class Exports {

	/** One export: its column names and rows of String, Number, Boolean or null cells. */
	record Table(String name, List<String> columns, List<List<Object>> rows) {
	}

	private Exports() {
	}

	/** Every table as {@code exports/<name>.csv} and {@code exports/<name>.json}. */
	static void write(SiteModel site, Map<String, String> files) {
		for (Table table : List.of(useCases(site), schedule(site), rankings(site), kpis(site), risks(site))) {
			files.put("exports/" + table.name() + ".csv", csv(table));
			files.put("exports/" + table.name() + ".json", json(table));
		}
		files.put("exports/summary.json", summary(site));
	}

	static Table useCases(SiteModel site) {
		List<List<Object>> rows = new ArrayList<>();
		for (UseCase u : site.useCases()) {
			rows.add(row(ModelElements.qualifiedName(u), u.getTitle(), u.getUnit() == null ? null : ModelElements.label(u.getUnit()), u.getStage().getLiteral(),
					u.getTechnique().getLiteral(), u.getEuAiActTier().getLiteral(), u.getHighImpact(),
					u.getOwner() == null ? null : ModelElements.label(u.getOwner()), u.getDeployment() == null ? null : u.getDeployment().toString()));
		}
		return new Table("use-cases", List.of("use_case", "title", "unit", "stage", "technique", "eu_ai_act_tier", "high_impact", "owner", "deployment"), rows);
	}

	static Table schedule(SiteModel site) {
		List<List<Object>> rows = new ArrayList<>();
		if (site.schedule() != null) {
			for (ScheduledInitiative s : site.schedule().initiatives()) {
				rows.add(row(ModelElements.qualifiedName(s.initiative()), ModelElements.label(s.initiative()), s.phase() == null ? null : ModelElements.label(s.phase()),
						s.earlyStart().toString(), s.earlyFinish().toString(), s.lateStart().toString(), s.lateFinish().toString(), s.totalSlack(),
						s.critical()));
			}
		}
		return new Table("schedule", List.of("initiative", "title", "phase", "early_start", "early_finish", "late_start", "late_finish", "slack_days",
				"critical"), rows);
	}

	static Table rankings(SiteModel site) {
		List<List<Object>> rows = new ArrayList<>();
		for (Ranking ranking : List.of(site.prioritisation().wsjf(), site.prioritisation().rice())) {
			for (RankedUseCase ranked : ranking.ranked()) {
				rows.add(row(ranking.method().name(), ranked.rank(), ModelElements.qualifiedName(ranked.useCase()), ModelElements.label(ranked.useCase()),
						rounded(ranked.score())));
			}
		}
		return new Table("rankings", List.of("method", "rank", "use_case", "title", "score"), rows);
	}

	static Table kpis(SiteModel site) {
		List<List<Object>> rows = new ArrayList<>();
		for (KpiStatus status : site.kpis()) {
			rows.add(row(ModelElements.qualifiedName(status.kpi()), ModelElements.label(status.kpi()), status.status().name(),
					status.latest() == null ? null : rounded(status.latest().getValue()), fixed(status.trendPerMonth()), fixed(status.forecast()),
					status.projection() == null ? null : status.projection().method().name(), status.onTrack()));
		}
		return new Table("kpis", List.of("kpi", "title", "status", "latest", "trend_per_month", "forecast", "forecast_method", "on_track"), rows);
	}

	static Table risks(SiteModel site) {
		List<List<Object>> rows = new ArrayList<>();
		for (RiskScore score : site.riskProfile().scores()) {
			rows.add(row(ModelElements.qualifiedName(score.risk()), ModelElements.label(score.risk()), score.risk().getCategory().getLiteral(),
					score.risk().getStatus().getLiteral(), score.inherent(), score.residual()));
		}
		return new Table("risks", List.of("risk", "title", "category", "status", "inherent_score", "residual_score"), rows);
	}

	static String csv(Table table) {
		List<List<String>> rows = new ArrayList<>();
		for (List<Object> row : table.rows()) {
			rows.add(row.stream().map(cell -> cell == null ? "" : cell instanceof String text ? Csv.text(text) : cell.toString()).toList());
		}
		return Csv.write(table.columns(), rows);
	}

	static String json(Table table) {
		return json(json -> {
			json.beginArray();
			for (List<Object> row : table.rows()) {
				json.beginObject();
				for (int i = 0; i < table.columns().size(); i++) {
					json.name(table.columns().get(i));
					Object cell = row.get(i);
					if (cell == null) {
						json.nullValue();
					} else if (cell instanceof Number number) {
						json.value(number);
					} else if (cell instanceof Boolean bool) {
						json.value(bool);
					} else {
						json.value(cell.toString());
					}
				}
				json.endObject();
			}
			json.endArray();
		});
	}

	private static String summary(SiteModel site) {
		return json(json -> {
			json.beginObject();
			json.name("useCases").value(site.useCases().size());
			json.name("initiatives").value(site.schedule() == null ? 0 : site.schedule().initiatives().size());
			json.name("scheduleStart").value(site.schedule() == null || site.schedule().start() == null ? null : site.schedule().start().toString());
			json.name("scheduleEnd").value(site.schedule() == null || site.schedule().end() == null ? null : site.schedule().end().toString());
			json.name("criticalPath").beginArray();
			if (site.schedule() != null) {
				for (var initiative : site.schedule().criticalPath()) {
					json.value(ModelElements.qualifiedName(initiative));
				}
			}
			json.endArray();
			json.name("scheduleConflicts").value(site.schedule() == null ? 0 : site.schedule().conflicts().size());
			json.name("ranked").value(site.prioritisation().wsjf().ranked().size());
			json.name("kpiStatus").beginObject();
			Map<Rag, Long> byRag = site.kpis().stream().collect(Collectors.groupingBy(KpiStatus::status, TreeMap::new, Collectors.counting()));
			for (Map.Entry<Rag, Long> entry : byRag.entrySet()) {
				json.name(entry.getKey().name()).value(entry.getValue());
			}
			json.endObject();
			json.name("risks").value(site.riskProfile().scores().size());
			json.name("findings").beginObject().name("error").value(site.count("error")).name("warning").value(site.count("warning")).name("info")
					.value(site.count("info")).endObject();
			json.endObject();
		});
	}

	private interface JsonBody {
		void write(JsonWriter json) throws IOException;
	}

	private static String json(JsonBody body) {
		StringWriter out = new StringWriter();
		try (JsonWriter json = new JsonWriter(out)) {
			json.setIndent("  ");
			body.write(json);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out + "\n";
	}

	private static List<Object> row(Object... cells) {
		return Arrays.asList(cells);
	}

	/** A decimal with at most two places, as the pages show it. */
	private static BigDecimal rounded(BigDecimal value) {
		return value == null ? null : new BigDecimal(Text.decimal(value));
	}

	/** Four decimal places, enough for trends and forecasts. */
	private static BigDecimal fixed(Double value) {
		return value == null ? null : new BigDecimal(String.format(Locale.ROOT, "%.4f", value));
	}
}
