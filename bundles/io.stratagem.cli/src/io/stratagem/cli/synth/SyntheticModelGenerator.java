package io.stratagem.cli.synth;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import org.eclipse.xtext.conversion.IValueConverterService;

import com.google.inject.Inject;

import io.stratagem.dsl.writer.StrategyWriter;

/**
 * Writes a synthetic but realistic strategy model of a given number of use cases, for benchmarks
 * and scale tests. Every other element type grows in proportion (per use case: a KPI with four
 * measurements, a risk with its control, an initiative; per ten use cases: an objective, three
 * data assets...). The same size and seed always give the same files, byte for byte.
 *
 * <p>Large models are split as a large organisation splits its files: the business units (50 use
 * cases each) are grouped into areas of at most {@link #USE_CASES_PER_AREA} use cases, and the
 * data assets, KPIs, risks and controls of each area go to that area's own files
 * ({@code data-area-3.strategy}...), in the same namespaces. A model of one area (up to 10,000 use
 * cases) keeps one file per kind. The elements, their order within each kind and the random values
 * are the same however the files are split; only the roadmap, one element in the grammar, stays
 * one file (about 190 bytes per use case).
 */
public class SyntheticModelGenerator {

	/**
	 * Use cases per area: an area's largest file, its risks and controls, is then about 3.5 MB, and
	 * the sizes of the benchmarks up to 100k elements (6,000 use cases) keep one file per kind.
	 */
	public static final int USE_CASES_PER_AREA = 10_000;

	private static final List<String> SKILLS = List.of("MachineLearning", "MLOps", "DataEngineering", "PromptEngineering",
			"AIRiskAssessment", "ProductManagement", "ChangeManagement", "DataGovernance");
	private static final List<String> CATEGORIES = List.of("processAutomation", "customerService", "dataAnalytics",
			"predictiveMaintenance", "decisionSupport", "contentGeneration");
	private static final List<String> TECHNIQUES = List.of("classicalML", "generativeAI", "nlp", "computerVision", "agentic");
	private static final List<String> STAGES = List.of("idea", "preDeployment", "pilot", "deployed");
	private static final List<String> RISK_CATEGORIES = List.of("bias", "privacy", "security", "operational", "compliance", "vendor");

	@Inject
	private IValueConverterService converters;

	/** File name to text, in writing order, with areas of {@link #USE_CASES_PER_AREA} use cases. */
	public Map<String, String> generate(int useCases, long seed) {
		return generate(useCases, seed, USE_CASES_PER_AREA);
	}

	/** File name to text, in writing order, with areas of at most {@code useCasesPerArea} use cases. */
	public Map<String, String> generate(int useCases, long seed, int useCasesPerArea) {
		if (useCases < 1) {
			throw new IllegalArgumentException("the number of use cases must be at least 1");
		}
		if (useCasesPerArea < 1) {
			throw new IllegalArgumentException("an area must have at least one use case");
		}
		SplittableRandom random = new SplittableRandom(seed);
		int units = Math.max(1, useCases / 50);
		int objectives = Math.max(1, useCases / 10);
		int assets = Math.max(1, useCases / 3);
		int capabilities = Math.max(1, useCases / 20);
		int partners = Math.max(1, useCases / 50);
		Areas areas = new Areas(units, Math.min(units, (useCases + useCasesPerArea - 1) / useCasesPerArea));
		Map<String, String> files = new LinkedHashMap<>();

		StrategyWriter org = header("synth.org", "organisation: units, roles, teams and skills");
		for (int u = 1; u <= units; u++) {
			org.blank().open("unit", unit(u), "Business unit " + u).item("staff " + (100 + random.nextInt(900))).close();
			org.blank().open("role", "Head" + unit(u), "Head of business unit " + u).item("in " + unit(u)).close();
			org.blank().open("role", "Steward" + unit(u), "Data steward of business unit " + u).item("in " + unit(u)).close();
			org.blank().open("team", "Team" + unit(u), "AI team of business unit " + u).item("in " + unit(u)).item("size " + (4 + random.nextInt(12)))
					.item("capacity " + (10 + random.nextInt(30)) + " person-months");
			for (String skill : SKILLS.subList(0, 3)) {
				int current = random.nextInt(4);
				org.item("skill " + skill + " current " + current + " required " + (current + random.nextInt(2)));
			}
			org.close();
		}
		for (String skill : SKILLS) {
			org.blank().open("skill", skill, null).close();
		}
		files.put("org.strategy", org.toString());

		StrategyWriter strategy = header("synth.strategy", "the strategy and its objectives", "synth.org.*", "synth.kpis.*");
		strategy.blank().open("strategy", "SynthStrategy", "Synthetic AI strategy").text("vision", "Measured, governed AI at scale")
				.item("horizon 2027-Q1 to 2029-Q4").item("owner " + "Head" + unit(1)).close();
		for (int o = 1; o <= objectives; o++) {
			strategy.blank().open("objective", "Objective" + o, "Objective " + o).item("measured by " + kpi(Math.min(useCases, o * 10)))
					.item("due 2029-Q" + (1 + random.nextInt(4))).item("owner Head" + unit(1 + (o - 1) % units)).close();
		}
		files.put("strategy.strategy", strategy.toString());

		StrategyWriter platform = header("synth.platform", "capabilities and partners", "synth.org.*");
		for (int p = 1; p <= partners; p++) {
			platform.blank().open("partner", "Partner" + p, "Partner " + p).item("kind vendor").item("contract from 2026-01 until 2030-12")
					.item("dueDiligence completed").text("exit plan", "Move to an alternative provider within six months")
					.item("owner Head" + unit(1 + (p - 1) % units)).close();
		}
		for (int c = 1; c <= capabilities; c++) {
			platform.blank().open("capability", "Capability" + c, "Capability " + c).item("kind mlPlatform")
					.item("available from 2027-Q" + (1 + random.nextInt(2))).item("provider Partner" + (1 + random.nextInt(partners)))
					.item("owner Head" + unit(1 + (c - 1) % units)).close();
		}
		files.put("platform.strategy", platform.toString());

		List<StrategyWriter> dataFiles = areas.writers(area -> header("synth.data", "data assets" + areas.of(area), "synth.org.*"));
		for (int a = 1; a <= assets; a++) {
			StrategyWriter data = dataFiles.get(areas.ofUnit(1 + (a - 1) % units));
			boolean personal = random.nextInt(3) == 0;
			data.blank().open("data", "Asset" + a, "Data asset " + a).item("owner Head" + unit(1 + (a - 1) % units))
					.item("steward Steward" + unit(1 + (a - 1) % units)).item("classification " + (personal ? "confidential" : "internal"))
					.item("personalData " + (personal ? "yes" : "no"));
			if (personal) {
				data.item("legalBasis contract").item("privacyAssessment 2026-1" + random.nextInt(3));
			}
			data.item("quality " + (80 + random.nextInt(20)) + "%").item("retention " + (1 + random.nextInt(9)) + " years").close();
		}
		areas.put(files, "data", dataFiles);

		List<StrategyWriter> kpiFiles = areas.writers(area -> header("synth.kpis", "one KPI per use case, with measurements" + areas.of(area),
				"synth.org.*"));
		for (int k = 1; k <= useCases; k++) {
			StrategyWriter kpis = kpiFiles.get(areas.ofUnit(1 + (k - 1) % units));
			int baseline = 40 + random.nextInt(40);
			kpis.blank().open("kpi", kpi(k), "KPI of use case " + k).item("unit %").item("direction increase")
					.item("baseline " + baseline + " at 2026-12").item("target " + (baseline + 10 + random.nextInt(10)) + " by 2028-Q4")
					.item("thresholds amber " + (baseline - 5) + " red " + (baseline - 10)).item("measured quarterly by Head" + unit(1 + (k - 1) % units));
			for (int q = 1; q <= 4; q++) {
				kpis.item("measurement 2027-Q" + q + " = " + (baseline + q + random.nextInt(3)));
			}
			kpis.close();
		}
		areas.put(files, "kpis", kpiFiles);

		List<StrategyWriter> governanceFiles = areas.writers(area -> header("synth.governance",
				"one risk per use case with its control" + areas.of(area), "synth.org.*", "synth.usecases.*", "stratagem.euaiact.*"));
		for (int r = 1; r <= useCases; r++) {
			StrategyWriter governance = governanceFiles.get(areas.ofUnit(1 + (r - 1) % units));
			int likelihood = 1 + random.nextInt(5);
			int impact = 1 + random.nextInt(5);
			governance.blank().open("risk", "Risk" + r, "Risk of use case " + r).item("category " + pick(random, RISK_CATEGORIES))
					.item("inherent likelihood " + likelihood + " impact " + impact)
					.item("residual likelihood " + Math.max(1, likelihood - 1) + " impact " + impact).item("status mitigating")
					.item("controlled by Control" + r).item("affects " + useCase(r)).item("owner Head" + unit(1 + (r - 1) % units)).close();
			governance.blank().open("control", "Control" + r, "Control of risk " + r).item("type preventive").item("status operating")
					.item("satisfies Art9, Art10, Art14").item("owner Head" + unit(1 + (r - 1) % units)).close();
		}
		areas.put(files, "governance", governanceFiles);

		for (int u = 1; u <= units; u++) {
			StrategyWriter ucs = header("synth.usecases", "use cases of business unit " + u, "synth.org.*", "synth.strategy.*",
					"synth.data.*", "synth.platform.*", "synth.kpis.*", "synth.governance.*");
			for (int i = u; i <= useCases; i += units) {
				ucs.blank().open("usecase", useCase(i), "Use case " + i).item("unit " + unit(u)).item("category " + pick(random, CATEGORIES))
						.item("technique " + pick(random, TECHNIQUES)).item("stage " + pick(random, STAGES))
						.item("serves Objective" + (1 + (i - 1) % objectives)).item("uses data Asset" + (1 + random.nextInt(assets)))
						.item("requires skills " + pick(random, SKILLS) + " capabilities Capability" + (1 + random.nextInt(capabilities)))
						.item("kpis " + kpi(i)).item("risks Risk" + i).item("euAiAct tier minimal as deployer")
						.item("deployment 2028-Q" + (1 + random.nextInt(4)))
						.item("priority { value " + (1 + random.nextInt(20)) + " criticality " + (1 + random.nextInt(20)) + " riskReduction "
								+ (1 + random.nextInt(13)) + " effort " + (1 + random.nextInt(13)) + " reach " + (100 * (1 + random.nextInt(500)))
								+ " impact " + (1 + random.nextInt(3)) + " confidence " + (50 + random.nextInt(50)) + "% }")
						.item("owner Head" + unit(u)).close();
			}
			files.put("usecases-" + u + ".strategy", ucs.toString());
		}

		StrategyWriter plan = header("synth.roadmap", "the roadmap: capabilities first, then one initiative per use case",
				"synth.org.*", "synth.strategy.*", "synth.platform.*", "synth.usecases.*");
		plan.blank().open("roadmap", "SynthRoadmap", "Synthetic roadmap").item("for SynthStrategy");
		plan.line("phase Build \"Build the platform\" 2027-Q1 to 2027-Q4 {");
		for (int c = 1; c <= capabilities; c++) {
			plan.line("\tinitiative Build" + c + " " + plan.string("Build capability " + c) + " {");
			plan.line("\t\tstart 2027-0" + (1 + random.nextInt(6)));
			plan.line("\t\tduration " + (2 + random.nextInt(4)) + " months");
			plan.line("\t\teffort " + (6 + random.nextInt(18)) + " person-months");
			plan.line("\t\tdelivers Capability" + c);
			plan.line("\t\tteam Team" + unit(1 + (c - 1) % units));
			plan.line("\t}");
		}
		plan.line("}");
		plan.line("phase Deliver \"Deliver the use cases\" 2028-Q1 to 2029-Q4 {");
		for (int i = 1; i <= useCases; i++) {
			plan.line("\tinitiative Deliver" + i + " " + plan.string("Deliver use case " + i) + " {");
			plan.line("\t\tafter Build" + (1 + random.nextInt(capabilities)) + " lag " + (1 + random.nextInt(3)) + " months");
			if (i > 1 && random.nextInt(4) == 0) {
				plan.line("\t\tafter Deliver" + (1 + random.nextInt(i - 1)) + " starts");
			}
			plan.line("\t\tduration " + (2 + random.nextInt(6)) + " months");
			plan.line("\t\teffort " + (2 + random.nextInt(12)) + " person-months");
			plan.line("\t\tdelivers " + useCase(i));
			plan.line("\t\tteam Team" + unit(1 + (i - 1) % units));
			plan.line("\t}");
		}
		plan.line("\tmilestone Halfway \"Half of the use cases delivered\" at 2028-Q4 {");
		plan.line("\t\tafter Deliver" + Math.max(1, useCases / 2));
		plan.line("\t}");
		plan.line("}");
		plan.close();
		files.put("roadmap.strategy", plan.toString());
		return files;
	}

	/**
	 * The areas: consecutive business units, as evenly spread as the counts allow (every area has at
	 * least one unit). One area writes the files of the unsplit layout ({@code kpis.strategy}).
	 */
	private record Areas(int units, int count) {

		/** The area (from 0) of the business unit {@code unit} (from 1). */
		int ofUnit(int unit) {
			return (int) ((long) (unit - 1) * count / units);
		}

		/** The words a file's comment adds for its area: nothing when there is one area. */
		String of(int area) {
			if (count == 1) {
				return "";
			}
			int first = 1;
			while (ofUnit(first) < area) {
				first++;
			}
			int last = first;
			while (last < units && ofUnit(last + 1) == area) {
				last++;
			}
			return " of area " + (area + 1) + " (business units " + first + " to " + last + ")";
		}

		List<StrategyWriter> writers(IntFunction<StrategyWriter> header) {
			return IntStream.range(0, count).mapToObj(header).toList();
		}

		/** Adds {@code kind.strategy}, or {@code kind-area-01.strategy} and so on, one per area. */
		void put(Map<String, String> files, String kind, List<StrategyWriter> writers) {
			if (count == 1) {
				files.put(kind + ".strategy", writers.get(0).toString());
				return;
			}
			String format = "%s-area-%0" + String.valueOf(count).length() + "d.strategy";
			for (int area = 0; area < count; area++) {
				files.put(String.format(Locale.ROOT, format, kind, area + 1), writers.get(area).toString());
			}
		}
	}

	private StrategyWriter header(String namespace, String what, String... imports) {
		StrategyWriter writer = new StrategyWriter(converters);
		writer.line("// Synthetic workload (stratagem synth): " + what + ".");
		writer.line("namespace " + namespace);
		if (imports.length > 0) {
			writer.blank();
			for (String imported : imports) {
				writer.line("import " + imported);
			}
		}
		return writer;
	}

	private static String unit(int u) {
		return "Unit" + u;
	}

	private static String useCase(int i) {
		return String.format("UseCase%05d", i);
	}

	private static String kpi(int i) {
		return String.format("Kpi%05d", i);
	}

	private static String pick(SplittableRandom random, List<String> values) {
		return values.get(random.nextInt(values.size()));
	}
}
