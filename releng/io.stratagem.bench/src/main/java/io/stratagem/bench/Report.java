/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;

import io.stratagem.bench.Bench.Sample;
import io.stratagem.bench.Bench.SizeResult;
import io.stratagem.bench.Bench.WorkloadResult;

/** The Markdown report of a benchmark run: tables per size, ratios, growth, peers, cold start and the targets. */
final class Report {

	private Report() {
	}

	private static final List<String> PHASES = List.of("parse", "full", "generate", "xtext-builder", "structurizr");

	private static final String[] PHASE_NAMES = { "parse-only (read + parse, no linking)", "full (load + index + link + validate)",
			"generate (site, Markdown, CSV, JSON; after full)", "peer: Xtext standalone builder (index + link + validate)",
			"peer: Structurizr DSL parser (same element and relationship counts)" };

	static String markdown(List<SizeResult> sizes, List<Integer> cores, List<Sample> coldStart, WorkloadResult editor, int runs, boolean peers, String machine,
			List<String> trialOptions, String heap, Instant finished, Duration took, List<String> problems) {
		StringBuilder md = new StringBuilder();
		md.append("# Stratagem benchmark results\n\n");
		md.append("Finished ").append(finished).append(" after ").append(took.toMinutes()).append(" min ").append(took.toSecondsPart())
				.append(" s; written by `io.stratagem.bench.Bench` (`./mvnw -Pbench verify`).\n\n");
		md.append("- Machine: ").append(machine).append(".\n");
		md.append("- Every measurement runs in a fresh JVM with `-Xmx").append(heap).append(' ').append(String.join(" ", trialOptions))
				.append("` (the peers with their tools' usual JVM settings, the language server with `stratagem lsp`'s: see below); a phase that needs more heap fails and is reported below.\n");
		md.append("- Times are of the phase alone (JVM start and creation of the language's injector excluded), ").append(runs)
				.append(" runs each: min / median / max. Peak heap: the most heap in use during the phase (sum of the heap pools' peaks after a GC at its start).\n");
		md.append("- Elements: every model object of the files (as `stratagem validate` counts them); relationships: resolved cross-references.\n");
		md.append("- Load: the machine's one-minute load average when each trial started (min-max over the row's runs); on a loaded machine compare the ratios of one run, not the times of different runs.\n\n");

		md.append("## Per size\n\n");
		md.append("| use cases | elements | relationships | files | phase | min | median | max | peak heap (median) | elements/s (median) | load |\n");
		md.append("|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|\n");
		for (SizeResult size : sizes) {
			for (int p = 0; p < PHASES.size(); p++) {
				List<Sample> samples = size.samples().get(PHASES.get(p));
				if (samples == null) {
					continue;
				}
				long elements = elementsOf(size, PHASES.get(p));
				md.append(String.format(Locale.ROOT, "| %d | %s | %s | %d | %s | %s | %s | %s | %s | %s | %s |\n", size.useCases(), count(elements),
						count(relationshipsOf(size, PHASES.get(p))), size.counts().getOrDefault("files", 0L), PHASE_NAMES[p], seconds(min(samples, Sample::millis)),
						seconds(median(samples, Sample::millis)), seconds(max(samples, Sample::millis)), megabytes(median(samples, Sample::peakHeap)),
						perSecond(elements, median(samples, Sample::millis)), load(samples)));
			}
		}

		md.append("\n## Full / parse-only (same run)\n\nWall time, and the process's CPU time of each phase (all threads), which the load of other processes stretches much less.\n\n");
		md.append("| use cases | cores | wall-time ratio per run | median | CPU-time ratio per run | median | load |\n|---:|---:|---|---:|---|---:|---:|\n");
		for (SizeResult size : sizes) {
			for (int c : cores) {
				List<Double> ratios = ratios(size, Bench.pinned("full", c), Bench.pinned("parse", c));
				List<Double> cpuRatios = ratios(size, Bench.pinned("full-cpu", c), Bench.pinned("parse-cpu", c));
				md.append("| ").append(size.useCases()).append(" | ").append(c).append(" | ").append(join(ratios)).append(" | ").append(ratio(medianOf(ratios)))
						.append(" | ").append(join(cpuRatios)).append(" | ").append(ratio(medianOf(cpuRatios))).append(" | ")
						.append(load(size.samples().get(Bench.pinned("full", c)))).append(" |\n");
			}
		}

		if (sizes.size() > 1) {
			md.append("\n## Growth between sizes (medians)\n\n| from | to | elements | parse-only time | full time | full peak heap | generate time |\n");
			md.append("|---:|---:|---:|---:|---:|---:|---:|\n");
			for (int i = 1; i < sizes.size(); i++) {
				SizeResult a = sizes.get(i - 1);
				SizeResult b = sizes.get(i);
				md.append("| ").append(a.useCases()).append(" | ").append(b.useCases()).append(" | ")
						.append(ratio(divide(b.counts().getOrDefault("elements", -1L), a.counts().getOrDefault("elements", -1L)))).append(" | ")
						.append(growth(a, b, "parse", Sample::millis)).append(" | ").append(growth(a, b, "full", Sample::millis)).append(" | ")
						.append(growth(a, b, "full", Sample::peakHeap)).append(" | ").append(growth(a, b, "generate", Sample::millis)).append(" |\n");
			}
		}

		if (peers) {
			peers(md, sizes, cores);
		}

		md.append("\n## Command-line cold start\n\n| command | runs | min | median | max |\n|---|---:|---:|---:|---:|\n");
		md.append("| `stratagem validate examples/acme-insurance` (whole process: the `./stratagem` launcher with its JVM options and class-data sharing archive) | ").append(coldStart.size()).append(" | ")
				.append(seconds(min(coldStart, Sample::millis))).append(" | ").append(seconds(median(coldStart, Sample::millis))).append(" | ")
				.append(seconds(max(coldStart, Sample::millis))).append(" |\n");

		languageServer(md, editor);
		editingWorkspace(md, editor);
		diagrams(md, editor);

		if (!sizes.isEmpty()) {
			SizeResult largest = sizes.get(sizes.size() - 1);
			md.append("\n## Targets (largest size: ").append(largest.useCases()).append(" use cases, ").append(largest.counts().getOrDefault("elements", -1L))
					.append(" elements)\n\n| target | measured (median) |\n|---|---:|\n");
			md.append("| load + validate at most 20 s | ").append(seconds(median(largest.samples().get("full"), Sample::millis))).append(" |\n");
			md.append("| at most 2.5 GB heap | ").append(megabytes(median(largest.samples().get("full"), Sample::peakHeap))).append(" (trials limited to -Xmx")
					.append(heap).append(") |\n");
			md.append("| full / parse-only at most 2.2 (wall time; CPU time) | ").append(ratio(medianOf(ratios(largest, "full", "parse")))).append("; ")
					.append(ratio(medianOf(ratios(largest, "full-cpu", "parse-cpu")))).append(" |\n");
			if (sizes.size() > 1) {
				SizeResult previous = sizes.get(sizes.size() - 2);
				md.append("| growth ").append(previous.useCases()).append(" -> ").append(largest.useCases()).append(" use cases at most 12x (time; heap) | ")
						.append(growth(previous, largest, "full", Sample::millis)).append("; ").append(growth(previous, largest, "full", Sample::peakHeap))
						.append(" |\n");
			}
			md.append("| `validate` of the example under 1.5 s wall | ").append(seconds(median(coldStart, Sample::millis))).append(" |\n");
			md.append("| language server edit-to-diagnostics p95 under 150 ms with semantic tokens requested (").append(editor.lspWorkload())
					.append("; worst kind of edit) | ").append(milliseconds(Math.max(median(editor.samples().get("lsp-typing-p95"), Sample::millis),
							median(editor.samples().get("lsp-reference-p95"), Sample::millis))))
					.append(" |\n");
			md.append("| `semanticTokens/full` under 50 ms on the edited file (median) | ")
					.append(milliseconds(median(editor.samples().get("lsp-tokens-median"), Sample::millis))).append(" |\n");
			if (editor.samples().containsKey("lsp-large-tokens-median")) {
				md.append("| `semanticTokens/full` under 1 s on the largest file of ").append(editor.lspLargeWorkload()).append(" (median) | ")
						.append(milliseconds(median(editor.samples().get("lsp-large-tokens-median"), Sample::millis))).append(" |\n");
			}
			for (String[] workload : new String[][] { { "federal", editor.lspWorkload(), "50 ms" }, { "large", editor.lspLargeWorkload(), "200 ms" } }) {
				if (editor.samples().containsKey(workload[0] + "-save-median")) {
					md.append("| a save of the largest file of ").append(workload[1]).append(" in the editing workspace under ").append(workload[2])
							.append(" (median; p95) | ").append(milliseconds(median(editor.samples().get(workload[0] + "-save-median"), Sample::millis)))
							.append("; ").append(milliseconds(median(editor.samples().get(workload[0] + "-save-p95"), Sample::millis))).append(" |\n");
				}
			}
			md.append("| strategy graph layout of about 1,000 nodes under 2 s (").append(editor.counts().getOrDefault("graphNodes", -1L))
					.append(" nodes; first layout in a fresh JVM / warm) | ").append(seconds(median(editor.samples().get("graph-first"), Sample::millis)))
					.append(" / ").append(seconds(median(editor.samples().get("graph-warm"), Sample::millis))).append(" |\n");
		}

		md.append("\n## Problems\n\n");
		if (problems.isEmpty()) {
			md.append("None: every trial finished.\n");
		} else {
			problems.forEach(p -> md.append("- ").append(p).append('\n'));
		}
		return md.toString();
	}

	/**
	 * The peers at each core count, side by side with what Stratagem does that is most alike: its
	 * full validation against Xtext's builder (the same language, files and work), its parse-only
	 * phase against Structurizr's parser (a different language; neither validates rules).
	 */
	private static void peers(StringBuilder md, List<SizeResult> sizes, List<Integer> cores) {
		md.append("\n## Peers, side by side (same run; medians)\n\n");
		md.append("What each tool does per element:\n\n");
		md.append("- Stratagem full: reads and parses the .strategy files, indexes their names, links every cross-reference (imports, qualified names, the built-in framework libraries) and runs the rule catalogue (cross-file rules included) on every element, with the launcher's JVM options (" + Bench.LAUNCHER_OPTIONS + ").\n");
		md.append("- Xtext standalone builder (the engine of `xtext-maven-plugin`): the same language setup on the same files: parse, index, link, validate (the same rules through Xtext's validator), one thread; its usual JVM (Maven's: default JIT).\n");
		md.append("- Stratagem parse-only: reads and parses the files (lazy-link proxies installed, nothing resolved), no rules.\n");
		md.append("- Structurizr DSL parser: parses a different language (a workspace of as many elements and relationships: software systems of nine containers, relationships between containers), builds its model and resolves the identifiers of relationships; it has no rule validation. Its usual JVM (its command line's: default JIT). Compared with Stratagem's parse-only phase only: comparing it with the full validation would set rule checking against none.\n\n");
		md.append("| use cases | elements | cores | Stratagem full | Xtext builder | Stratagem / Xtext builder: wall time; CPU time | Stratagem parse-only | Structurizr parse | Stratagem parse-only / Structurizr: wall time; CPU time | load |\n");
		md.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
		for (SizeResult size : sizes) {
			for (int c : cores) {
				long full = median(size.samples().get(Bench.pinned("full", c)), Sample::millis);
				long builder = median(size.samples().get(Bench.pinned("xtext-builder", c)), Sample::millis);
				long parse = median(size.samples().get(Bench.pinned("parse", c)), Sample::millis);
				List<Sample> structurizrSamples = size.samples().get(Bench.pinned("structurizr", c));
				String structurizr = structurizrSamples == null ? "not run (did not finish at a smaller size)" : seconds(median(structurizrSamples, Sample::millis));
				md.append(String.format(Locale.ROOT, "| %d | %d | %d | %s | %s | %s | %s | %s | %s | %s |\n", size.useCases(), size.counts().getOrDefault("elements", -1L),
						c, seconds(full), seconds(builder), ratio(divide(full, builder)) + "; " + cpuRatio(size, "full", "xtext-builder", c), seconds(parse), structurizr,
						structurizrSamples == null ? "-"
								: ratio(divide(parse, median(structurizrSamples, Sample::millis))) + "; " + cpuRatio(size, "parse", "structurizr", c),
						load(size.samples().get(Bench.pinned("full", c)))));
			}
		}
	}

	/** A count with thousands separators; a dash when the trial that counts it failed. */
	private static String count(long value) {
		return value < 0 ? "-" : String.format(Locale.ROOT, "%,d", value);
	}

	/** The ratio of the median CPU times of two phases at a core count. */
	private static String cpuRatio(SizeResult size, String a, String b, int cores) {
		return ratio(divide(median(size.samples().get(Bench.pinned(a + "-cpu", cores)), Sample::millis),
				median(size.samples().get(Bench.pinned(b + "-cpu", cores)), Sample::millis)));
	}

	/** The load averages at the start of the samples' trials, as min-max. */
	static String load(List<Sample> samples) {
		if (samples == null || samples.isEmpty()) {
			return "-";
		}
		double min = samples.stream().mapToDouble(Sample::load).min().getAsDouble();
		double max = samples.stream().mapToDouble(Sample::load).max().getAsDouble();
		return min == max ? String.format(Locale.ROOT, "%.1f", min) : String.format(Locale.ROOT, "%.1f-%.1f", min, max);
	}

	/** Edit-to-diagnostics latency: per kind of edit, the medians over the runs of each run's median, p95 and maximum. */
	private static void languageServer(StringBuilder md, WorkloadResult editor) {
		md.append("\n## Language server: edit to diagnostics\n\n");
		if (!editor.samples().containsKey("lsp-typing-median")) {
			md.append("Not measured (see Problems).\n");
			return;
		}
		md.append("Workspace: ").append(editor.lspWorkload()).append(" (").append(editor.counts().getOrDefault("lspFiles", -1L))
				.append(" files); the largest file (").append(editor.counts().getOrDefault("lspFileLines", -1L)).append(" lines) is edited ")
				.append(editor.counts().getOrDefault("lspEdits", -1L))
				.append(" times per kind and run after 10 warm-up edits, each sent as ")
				.append(editor.lspChange().equals("full") ? "a full-text change (the whole new text)" : "an incremental change (the edited range)")
				.append(" and timed until the server publishes the file's diagnostics, with the file's semantic tokens requested right after each change as VS Code and Neovim do (`semanticTokens/full/delta` of the previous answer when the server offers it, as VS Code does, else `semanticTokens/full`); after each edit the client waits for the end of the server's build; the server runs in the trial's JVM as `stratagem lsp` runs it (JVM options: " + Bench.SERVER_OPTIONS + ", the optimizing compiler on). Edited file: `")
				.append(editor.names().getOrDefault("lsp-initial-file", "?")).append("`.\n\n");
		md.append("| edit | runs | median (median of runs) | p95 (median of runs) | p95 (worst run) | max (worst run) | process CPU time (median) | files re-validated per edit (at most) | load |\n");
		md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
		for (String[] kind : new String[][] { { "typing", "typing in a text" }, { "reference", "breaking and mending a reference" },
				{ "tokens", "`semanticTokens/full` of the unedited file (" + editor.counts().getOrDefault("lspTokens", -1L) + " tokens), each after an empty change" },
				{ "range-tokens", "`semanticTokens/range` of 60 lines in the middle of the unedited file (" + editor.counts().getOrDefault("lspRangeTokens", -1L)
						+ " tokens), each after an empty change" } }) {
			List<Sample> p95 = editor.samples().get("lsp-" + kind[0] + "-p95");
			if (p95 == null && kind[0].equals("range-tokens")) {
				continue; // a server without range tokens
			}
			md.append("| ").append(kind[1]).append(" | ").append(p95 == null ? 0 : p95.size()).append(" | ")
					.append(milliseconds(median(editor.samples().get("lsp-" + kind[0] + "-median"), Sample::millis))).append(" | ")
					.append(milliseconds(median(p95, Sample::millis))).append(" | ").append(milliseconds(max(p95, Sample::millis))).append(" | ")
					.append(milliseconds(max(editor.samples().get("lsp-" + kind[0] + "-max"), Sample::millis))).append(" | ")
					.append(milliseconds(median(editor.samples().get("lsp-" + kind[0] + "-cpu"), Sample::millis))).append(" | ")
					.append(editor.counts().getOrDefault("lspRevalidated-" + kind[0], -1L)).append(" | ").append(load(p95)).append(" |\n");
		}
		md.append("| initial build of the workspace | ").append(size(editor.samples().get("lsp-initial"))).append(" | ")
				.append(seconds(median(editor.samples().get("lsp-initial"), Sample::millis))).append(" | | | | | | ").append(load(editor.samples().get("lsp-initial")))
				.append(" |\n");
		if (editor.samples().containsKey("lsp-large-tokens-p95")) {
			List<Sample> p95 = editor.samples().get("lsp-large-tokens-p95");
			md.append("\n`semanticTokens/full` of the largest file of ").append(editor.lspLargeWorkload()).append(" (`")
					.append(editor.names().getOrDefault("lsp-large-initial-file", "?")).append("`, ")
					.append(String.format(Locale.ROOT, "%,d", editor.counts().getOrDefault("lspLargeFileBytes", -1L))).append(" bytes, ")
					.append(String.format(Locale.ROOT, "%,d", editor.counts().getOrDefault("lspLargeFileLines", -1L))).append(" lines, ")
					.append(String.format(Locale.ROOT, "%,d", editor.counts().getOrDefault("lspLargeTokens", -1L))).append(" tokens; workspace of ")
					.append(editor.counts().getOrDefault("lspLargeFiles", -1L))
					.append(" files), after the server's initial build; the first request apart, then 3 warm-up requests and the timed ones:\n\n");
			md.append("| request | runs | first request (median) | median (median of runs) | p95 (median of runs) | max (worst run) | process CPU time (median) | initial build (median) | load |\n");
			md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
			md.append("| `semanticTokens/full`, unedited file | ").append(size(p95)).append(" | ")
					.append(milliseconds(median(editor.samples().get("lsp-large-tokens-first"), Sample::millis))).append(" | ")
					.append(milliseconds(median(editor.samples().get("lsp-large-tokens-median"), Sample::millis))).append(" | ")
					.append(milliseconds(median(p95, Sample::millis))).append(" | ")
					.append(milliseconds(max(editor.samples().get("lsp-large-tokens-max"), Sample::millis))).append(" | ")
					.append(milliseconds(median(editor.samples().get("lsp-large-tokens-cpu"), Sample::millis))).append(" | ")
					.append(seconds(median(editor.samples().get("lsp-large-initial"), Sample::millis))).append(" | ").append(load(p95)).append(" |\n");
		}
	}

	/** Save and gesture latencies of the editing workspace, per workload. */
	private static void editingWorkspace(StringBuilder md, WorkloadResult editor) {
		md.append("\n## Editing workspace: save and gesture\n\n");
		if (!editor.samples().containsKey("federal-save-median") && !editor.samples().containsKey("large-save-median")) {
			md.append("Not measured (see Problems).\n");
			return;
		}
		md.append("The editing workspace behind `stratagem serve`, the browser diagrams and the workbench's Diagram view, in a fresh JVM per run with the server's options; ")
				.append("the folder is opened and validated first (not timed). A save changes one element's title in the largest file (`setText`); a gesture is a diagram's: ")
				.append("dragging an initiative by a month on a folder with a roadmap, else retitling a use case of the largest file (`edit`). ")
				.append("Each is timed until it returns (written, model up to date) and until every file's findings are known again, after 5 untimed ones.\n\n");
		md.append("| workload | change | runs | median | p95 | max (worst run) | until all findings are known: median; p95 | files | load |\n");
		md.append("|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
		for (String[] workload : new String[][] { { "federal", editor.lspWorkload() }, { "large", editor.lspLargeWorkload() } }) {
			String gesture = editor.counts().getOrDefault(workload[0] + "-gestureDrags", 0L) == 1 ? "gesture: drag an initiative by a month" : "gesture: retitle a use case";
			for (String[] change : new String[][] { { "save", "findings", "save of `" + editor.names().getOrDefault(workload[0] + "-save-file", "?") + "`" },
					{ "gesture", "gesture-findings", gesture } }) {
				List<Sample> median = editor.samples().get(workload[0] + "-" + change[0] + "-median");
				if (median == null) {
					continue;
				}
				md.append("| ").append(workload[1]).append(" | ").append(change[2]).append(" | ").append(size(median)).append(" | ")
						.append(milliseconds(median(median, Sample::millis))).append(" | ")
						.append(milliseconds(median(editor.samples().get(workload[0] + "-" + change[0] + "-p95"), Sample::millis))).append(" | ")
						.append(milliseconds(max(editor.samples().get(workload[0] + "-" + change[0] + "-max"), Sample::millis))).append(" | ")
						.append(milliseconds(median(editor.samples().get(workload[0] + "-" + change[1] + "-median"), Sample::millis))).append("; ")
						.append(milliseconds(median(editor.samples().get(workload[0] + "-" + change[1] + "-p95"), Sample::millis))).append(" | ")
						.append(editor.counts().getOrDefault(workload[0] + "-saveFiles", -1L)).append(" | ").append(load(median)).append(" |\n");
			}
		}
	}

	/** Layout times: the first layout in a fresh JVM, and the median of the following ones, medians over the runs. */
	private static void diagrams(StringBuilder md, WorkloadResult editor) {
		md.append("\n## Diagrams: layout\n\n");
		md.append("The model is loaded first (not timed); then the diagram is laid out several times in the same JVM: the first layout includes class loading and JIT, as a fresh `stratagem diagram` command does.\n\n");
		md.append("| diagram | synthetic model | size | runs | first layout (median) | first layout (max) | warm layout (median) | peak heap, first (median) |\n");
		md.append("|---|---:|---|---:|---:|---:|---:|---:|\n");
		md.append("| strategy graph (ELK layered) | ").append(editor.graphUseCases()).append(" use cases | ")
				.append(editor.counts().getOrDefault("graphNodes", -1L)).append(" nodes, ").append(editor.counts().getOrDefault("graphEdges", -1L))
				.append(" edges | ");
		layoutCells(md, editor, "graph");
		md.append("| roadmap (schedule and timeline) | ").append(editor.roadmapUseCases()).append(" use cases | ")
				.append(editor.counts().getOrDefault("roadmapInitiatives", -1L)).append(" initiatives, ")
				.append(editor.counts().getOrDefault("roadmapDependencies", -1L)).append(" dependencies | ");
		layoutCells(md, editor, "roadmap");
	}

	private static void layoutCells(StringBuilder md, WorkloadResult editor, String diagram) {
		List<Sample> first = editor.samples().get(diagram + "-first");
		md.append(size(first)).append(" | ").append(seconds(median(first, Sample::millis))).append(" | ").append(seconds(max(first, Sample::millis)))
				.append(" | ").append(seconds(median(editor.samples().get(diagram + "-warm"), Sample::millis))).append(" | ")
				.append(megabytes(median(first, Sample::peakHeap))).append(" |\n");
	}

	private static int size(List<Sample> samples) {
		return samples == null ? 0 : (int) samples.stream().filter(s -> !s.failed()).count();
	}

	static String milliseconds(long millis) {
		return millis < 0 ? "failed" : millis + " ms";
	}

	private static long elementsOf(SizeResult size, String phase) {
		return phase.equals("structurizr") ? size.counts().getOrDefault("structurizrElements", -1L) : size.counts().getOrDefault("elements", -1L);
	}

	private static long relationshipsOf(SizeResult size, String phase) {
		return phase.equals("structurizr") ? size.counts().getOrDefault("structurizrRelationships", -1L) : size.counts().getOrDefault("relationships", -1L);
	}

	/** The ratios a/b of the runs where both phases succeeded, in run order. */
	private static List<Double> ratios(SizeResult size, String a, String b) {
		List<Double> result = new ArrayList<>();
		List<Sample> as = size.samples().getOrDefault(a, List.of());
		List<Sample> bs = size.samples().getOrDefault(b, List.of());
		for (int i = 0; i < Math.min(as.size(), bs.size()); i++) {
			if (!as.get(i).failed() && !bs.get(i).failed() && bs.get(i).millis() > 0) {
				result.add((double) as.get(i).millis() / bs.get(i).millis());
			}
		}
		return result;
	}

	private static String growth(SizeResult a, SizeResult b, String phase, ToLongFunction<Sample> value) {
		return ratio(divide(median(b.samples().get(phase), value), median(a.samples().get(phase), value))) + "x";
	}

	static double divide(long a, long b) {
		return a < 0 || b <= 0 ? Double.NaN : (double) a / b;
	}

	/** Values of the successful samples, sorted. */
	private static List<Long> values(List<Sample> samples, ToLongFunction<Sample> value) {
		if (samples == null) {
			return List.of();
		}
		return samples.stream().filter(s -> !s.failed()).mapToLong(value).sorted().boxed().toList();
	}

	static long min(List<Sample> samples, ToLongFunction<Sample> value) {
		List<Long> v = values(samples, value);
		return v.isEmpty() ? -1 : v.get(0);
	}

	static long max(List<Sample> samples, ToLongFunction<Sample> value) {
		List<Long> v = values(samples, value);
		return v.isEmpty() ? -1 : v.get(v.size() - 1);
	}

	/** The median; of an even count, the lower middle value (a measured value, never an average). */
	static long median(List<Sample> samples, ToLongFunction<Sample> value) {
		List<Long> v = values(samples, value);
		return v.isEmpty() ? -1 : v.get((v.size() - 1) / 2);
	}

	private static double medianOf(List<Double> values) {
		if (values.isEmpty()) {
			return Double.NaN;
		}
		List<Double> sorted = values.stream().sorted().toList();
		return sorted.get((sorted.size() - 1) / 2);
	}

	private static String join(List<Double> ratios) {
		return ratios.isEmpty() ? "n/a" : String.join(", ", ratios.stream().map(Report::ratio).toList());
	}

	static String ratio(double value) {
		return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.2f", value);
	}

	static String seconds(long millis) {
		return millis < 0 ? "failed" : String.format(Locale.ROOT, "%.2f s", millis / 1000.0);
	}

	static String megabytes(long bytes) {
		return bytes < 0 ? "n/a" : bytes == 0 ? "-" : String.format(Locale.ROOT, "%d MB", bytes / (1024 * 1024));
	}

	static String perSecond(long elements, long millis) {
		return elements < 0 || millis <= 0 ? "n/a" : String.format(Locale.ROOT, "%,d", elements * 1000 / millis);
	}
}
