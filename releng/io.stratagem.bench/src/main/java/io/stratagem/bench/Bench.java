/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.google.inject.Injector;

import io.stratagem.cli.synth.SyntheticModelGenerator;
import io.stratagem.dsl.StrategyStandaloneSetup;

/**
 * The benchmark harness: for each size, writes a synthetic model ({@code stratagem synth}),
 * measures each phase in fresh JVMs ({@link Trial}) several times, with the peers in the same
 * run, measures the command line's cold start on the example, and writes a Markdown report.
 *
 * <pre>
 * java -cp ... io.stratagem.bench.Bench --use-cases 60,600,6000 --runs 3 --results target/bench-results.md
 * </pre>
 *
 * Options: {@code --use-cases} (comma separated), {@code --runs}, {@code --heap} (the -Xmx of
 * every trial: a trial that needs more fails, which is how the heap target is checked),
 * {@code --java-opts} (more JVM options of every trial; default: those of the {@code stratagem}
 * launcher), {@code --peers} (true/false), {@code --timeout} (seconds per trial),
 * {@code --peer-timeout} (seconds per peer trial; a peer that exceeds it is not repeated), {@code --root}
 * (the project root, for the example and the federal inventory), {@code --work} and {@code --results}.
 * The language server and the diagrams: {@code --lsp} (the workspace whose edit-to-diagnostics
 * latency is measured: {@code federal} for the imported federal inventory, or a number of synthetic
 * use cases), {@code --lsp-edits} (timed edits of each kind per run), {@code --lsp-change}
 * ({@code incremental} or {@code full}: how the client sends each change), {@code --lsp-tokens} (the
 * synthetic use cases whose largest file's semantic tokens are timed; default the largest of
 * {@code --use-cases}, {@code none} to skip), {@code --graph-use-cases} and
 * {@code --roadmap-use-cases} (synthetic models whose strategy graph and roadmap are laid out:
 * 220 give about 1,000 graph nodes, 480 about 500 initiatives) and {@code --diagram-repetitions}.
 * The editing workspace behind {@code stratagem serve} and the diagrams: its save and gesture
 * latencies on the language server's workload and on the {@code --lsp-tokens} one,
 * {@code --workspace-changes} (default 20) timed saves and gestures each.
 * The peers: {@code --cores} (comma separated core counts: parse-only, full and the peers run once
 * per count in each run, pinned with {@code taskset} to the first cores when the count is below the
 * machine's; default {@code 1,2}). The peers run with their own tools' usual JVM settings
 * ({@link #PEER_OPTIONS}), Stratagem's phases with its launcher's.
 */
public final class Bench {

	/** The JVM options of the {@code ./stratagem} launcher, so trials run as users' commands do. */
	static final String LAUNCHER_OPTIONS = "-XX:TieredStopAtLevel=1 -Xshare:auto";

	/** Those of {@code ./stratagem lsp} and {@code serve}: long-running, so the optimizing compiler is on. */
	static final String SERVER_OPTIONS = "-Xshare:auto";

	/**
	 * Those of the peers, as their users run them: the Xtext builder in Maven's JVM and the
	 * Structurizr DSL in its command line, both with the JVM's default (optimizing) JIT.
	 */
	static final String PEER_OPTIONS = "";

	/** Phases that failed or timed out at a smaller size are not run at larger ones (a quadratic peer would take hours). */
	private final Set<String> givenUp = new HashSet<>();

	private final Map<String, String> options;
	private final Path work;
	private final List<String> log = new ArrayList<>();
	/** The synthetic sizes already written in this run. */
	private final Set<Integer> written = new HashSet<>();

	private Bench(Map<String, String> options) {
		this.options = options;
		this.work = Path.of(options.getOrDefault("work", "target/bench-work")).toAbsolutePath();
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = new LinkedHashMap<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			if (!args[i].startsWith("--")) {
				throw new IllegalArgumentException("expected an option --name value, got " + args[i]);
			}
			options.put(args[i].substring(2), args[i + 1]);
		}
		Path results = run(options);
		System.out.println("benchmark results: " + results);
		System.exit(0);
	}

	/** Runs the benchmarks with the options of {@link #main} (names without the dashes) and returns the report's path. */
	static Path run(Map<String, String> options) throws Exception {
		return new Bench(options).run();
	}

	/** One size's measurements: phase to the values of each run. */
	record SizeResult(int useCases, Map<String, List<Sample>> samples, Map<String, Long> counts) {
	}

	/** The key of a phase pinned to {@code cores} cores: the phase's own name when no core is taken away. */
	static String pinned(String phase, int cores) {
		return cores >= MACHINE_CORES ? phase : phase + "@" + cores;
	}

	/** The cores of this machine (as the JVM sees them). */
	static final int MACHINE_CORES = Runtime.getRuntime().availableProcessors();

	/** The language server and diagram measurements (one workload each, a fresh JVM per run): phase to the values of each run. */
	record WorkloadResult(String lspWorkload, String lspChange, String lspLargeWorkload, int graphUseCases, int roadmapUseCases,
			Map<String, List<Sample>> samples, Map<String, Long> counts, Map<String, String> names) {
	}

	/** The federal inventory's CSV, relative to the project root. */
	static final String FEDERAL_CSV = "data/us-federal-ai-inventory-2025/2025_individually_reported_AI_use_cases.csv";

	/**
	 * One measurement: wall time of the phase in milliseconds, the heap's peak in bytes (failed when
	 * negative) and the machine's one-minute load average when the trial started.
	 */
	record Sample(long millis, long peakHeap, double load) {
		boolean failed() {
			return millis < 0;
		}
	}

	Path run() throws Exception {
		List<Integer> sizes = sizes();
		int runs = Integer.parseInt(options.getOrDefault("runs", "3"));
		boolean peers = Boolean.parseBoolean(options.getOrDefault("peers", "true"));
		List<Integer> cores = cores();
		Path results = Path.of(options.getOrDefault("results", "target/bench-results.md")).toAbsolutePath();
		Files.createDirectories(work);
		deleteTree(trialTemp());
		Files.createDirectories(trialTemp());
		double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		Instant start = Instant.now();

		Injector injector = StrategyStandaloneSetup.doSetup();
		SyntheticModelGenerator generator = injector.getInstance(SyntheticModelGenerator.class);
		List<SizeResult> sizeResults = new ArrayList<>();
		for (int useCases : sizes) {
			Path model = synthetic(generator, useCases);
			SizeResult result = new SizeResult(useCases, new LinkedHashMap<>(), new LinkedHashMap<>());
			Path structurizr = work.resolve("structurizr-" + useCases + ".dsl");
			// A site left by an earlier harness run, perhaps from a Stratagem without the output manifest.
			deleteTree(work.resolve("site-" + useCases));
			for (int run = 1; run <= runs; run++) {
				// the phases at every core count in turn within a run, so the load they see is alike
				for (int c : cores) {
					progress("size " + useCases + " use cases, run " + run + "/" + runs + ", " + c + " core(s)");
					trial(result, timeout(), c, "parse", trialOptions(), model.toString());
					trial(result, timeout(), c, "full", trialOptions(), model.toString(), work.resolve("site-" + useCases).toString());
					if (peers) {
						peerTrial(result, c, "xtext-builder", model.toString());
						if (!Files.exists(structurizr) && result.counts().containsKey("elements")) {
							StructurizrTrial.write(structurizr, result.counts().get("elements"), result.counts().get("relationships"));
						}
						if (Files.exists(structurizr)) {
							peerTrial(result, c, "structurizr", structurizr.toString());
						}
					}
				}
			}
			sizeResults.add(result);
		}
		List<Sample> coldStart = new ArrayList<>();
		Path example = Path.of(options.getOrDefault("root", ".")).resolve("examples/acme-insurance");
		if (Files.isDirectory(example)) {
			for (int run = 1; run <= runs; run++) {
				progress("cold start, run " + run + "/" + runs);
				coldStart.add(coldStart(example));
			}
		}
		WorkloadResult editorAndDiagrams = editorAndDiagrams(runs, generator);
		double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		String report = Report.markdown(sizeResults, cores, coldStart, editorAndDiagrams, runs, peers, machine(loadBefore, loadAfter), trialOptions(),
				heap(), Instant.now().truncatedTo(ChronoUnit.SECONDS), java.time.Duration.between(start, Instant.now()), log);
		Files.createDirectories(results.getParent());
		Files.writeString(results, report, StandardCharsets.UTF_8);
		return results;
	}

	/** The language server's latency and the two diagrams' layout times, each in a fresh JVM per run. */
	private WorkloadResult editorAndDiagrams(int runs, SyntheticModelGenerator generator) throws Exception {
		String lsp = options.getOrDefault("lsp", "federal");
		int graphUseCases = Integer.parseInt(options.getOrDefault("graph-use-cases", "220"));
		int roadmapUseCases = Integer.parseInt(options.getOrDefault("roadmap-use-cases", "480"));
		String repetitions = options.getOrDefault("diagram-repetitions", "5");
		String change = options.getOrDefault("lsp-change", "incremental");
		String largeTokens = options.getOrDefault("lsp-tokens", String.valueOf(sizes().stream().mapToInt(Integer::intValue).max().orElse(0)));
		boolean timeLargeTokens = !largeTokens.equals("none") && Integer.parseInt(largeTokens) > 0;
		WorkloadResult result = new WorkloadResult(lsp.equals("federal") ? "the imported federal AI use case inventory" : lsp + " synthetic use cases",
				change, timeLargeTokens ? largeTokens + " synthetic use cases" : null, graphUseCases, roadmapUseCases, new LinkedHashMap<>(),
				new LinkedHashMap<>(), new LinkedHashMap<>());
		Path lspModel = lsp.equals("federal") ? importFederal() : synthetic(generator, Integer.parseInt(lsp));
		Path largeTokensModel = timeLargeTokens ? synthetic(generator, Integer.parseInt(largeTokens)) : null;
		Path graphModel = synthetic(generator, graphUseCases);
		Path roadmapModel = synthetic(generator, roadmapUseCases);
		for (int run = 1; run <= runs; run++) {
			if (lspModel != null) {
				progress("language server on " + result.lspWorkload() + ", run " + run + "/" + runs);
				trial(result.samples(), result.counts(), result.names(), "language server", timeout(), 0, "lsp", serverOptions(), lspModel.toString(),
						options.getOrDefault("lsp-edits", "40"), change);
			}
			if (largeTokensModel != null) {
				progress("semantic tokens of the largest file of " + result.lspLargeWorkload() + ", run " + run + "/" + runs);
				trial(result.samples(), result.counts(), result.names(), "semantic tokens", timeout(), 0, "lsp-tokens", serverOptions(),
						largeTokensModel.toString(), options.getOrDefault("lsp-edits", "40"));
			}
			editingWorkspace(result, "federal", lspModel, run, runs);
			editingWorkspace(result, "large", largeTokensModel, run, runs);
			progress("strategy graph layout, " + graphUseCases + " use cases, run " + run + "/" + runs);
			trial(result.samples(), result.counts(), result.names(), "strategy graph", timeout(), 0, "diagram-graph", trialOptions(), graphModel.toString(),
					repetitions);
			progress("roadmap layout, " + roadmapUseCases + " use cases, run " + run + "/" + runs);
			trial(result.samples(), result.counts(), result.names(), "roadmap", timeout(), 0, "diagram-roadmap", trialOptions(), roadmapModel.toString(),
					repetitions);
		}
		return result;
	}

	/**
	 * The editing workspace's save and gesture latencies on a workload ({@link WorkspaceSaveTrial},
	 * {@link WorkspaceGestureTrial}), recorded under keys that start with {@code key} ("federal" or
	 * "large": {@code federal-save-median} ...), as {@link Report} reads them.
	 */
	private void editingWorkspace(WorkloadResult result, String key, Path model, int run, int runs) throws Exception {
		if (model == null) {
			return;
		}
		String changes = options.getOrDefault("workspace-changes", "20");
		for (String phase : List.of("save", "gesture")) {
			progress(phase + " latency in the editing workspace on " + model.getFileName() + ", run " + run + "/" + runs);
			Map<String, List<Sample>> samples = new LinkedHashMap<>();
			Map<String, Long> counts = new LinkedHashMap<>();
			Map<String, String> names = new LinkedHashMap<>();
			trial(samples, counts, names, model.getFileName().toString(), timeout(), 0, phase, serverOptions(), model.toString(), changes);
			samples.forEach((name, values) -> result.samples().computeIfAbsent(key + "-" + name, k -> new ArrayList<>()).addAll(values));
			counts.forEach((name, value) -> result.counts().put(key + "-" + name, value));
			names.forEach((name, value) -> result.names().put(key + "-" + name, value));
		}
	}

	/** Imports the federal inventory with the command line into the work folder; null (and a problem) without the CSV. */
	private Path importFederal() throws Exception {
		Path csv = Path.of(options.getOrDefault("root", ".")).resolve(FEDERAL_CSV).normalize();
		if (!Files.isRegularFile(csv)) {
			log.add("language server: the federal inventory " + csv + " is missing, so its latency was not measured (or pass --lsp <use cases>)");
			return null;
		}
		Path folder = work.resolve("federal");
		deleteTree(folder);
		List<String> command = new ArrayList<>(javaCommand());
		command.addAll(List.of("-cp", System.getProperty("java.class.path"), "io.stratagem.cli.Main", "import", "omb-inventory", csv.toString(), "-o",
				folder.toString()));
		Output output = execute(command, work.resolve("federal-import.log"), timeout());
		if (output.exitCode() != 0) {
			log.add("language server: importing the federal inventory failed: " + output.failure());
			return null;
		}
		return folder;
	}

	/** A synthetic model of {@code useCases} use cases (seed 1) in the work folder, written once per run of the harness. */
	private Path synthetic(SyntheticModelGenerator generator, int useCases) throws IOException {
		Path model = work.resolve("synth-" + useCases);
		if (written.add(useCases)) {
			deleteTree(model);
			Files.createDirectories(model);
			for (Map.Entry<String, String> file : generator.generate(useCases, 1).entrySet()) {
				Files.writeString(model.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
			}
		}
		return model;
	}


	/**
	 * A peer that failed or timed out once at a size and core count is not run again there, nor at
	 * larger sizes (a quadratic peer would take hours).
	 */
	private void peerTrial(SizeResult result, int cores, String phase, String... args) throws Exception {
		String key = pinned(phase, cores);
		if (givenUp.contains(key)) {
			return;
		}
		trial(result, Long.parseLong(options.getOrDefault("peer-timeout", "300")), cores, phase, peerOptions(), args);
		if (result.samples().getOrDefault(key, List.of()).stream().anyMatch(Sample::failed)) {
			givenUp.add(key);
		}
	}

	private List<Integer> sizes() {
		return Arrays.stream(options.getOrDefault("use-cases", "60,600,6000").split(",")).map(String::trim).map(Integer::valueOf).toList();
	}

	/** The core counts of {@code --cores}; without {@code taskset} only the machine's own. */
	private List<Integer> cores() {
		List<Integer> cores = Arrays.stream(options.getOrDefault("cores", "1,2").split(",")).map(String::trim).map(Integer::valueOf)
				.map(c -> Math.min(c, MACHINE_CORES)).distinct().toList();
		if (cores.stream().anyMatch(c -> c < MACHINE_CORES) && !Files.isExecutable(Path.of(TASKSET))) {
			log.add("no " + TASKSET + ": the trials ran on all " + MACHINE_CORES + " cores only");
			return List.of(MACHINE_CORES);
		}
		return cores;
	}

	private static final String TASKSET = "/usr/bin/taskset";

	private long timeout() {
		return Long.parseLong(options.getOrDefault("timeout", "900"));
	}

	private void trial(SizeResult result, long timeout, int cores, String phase, List<String> jvmOptions, String... args) throws Exception {
		trial(result.samples(), result.counts(), new LinkedHashMap<>(), result.useCases() + " use cases", timeout, cores, phase, jvmOptions, args);
	}

	/**
	 * Runs one trial in a fresh JVM, pinned to the first {@code cores} cores when fewer than the
	 * machine's (0: not pinned), and records its RESULT, COUNT and NAME lines; the results of a
	 * pinned trial under {@link #pinned} keys. A failure is recorded under {@code phase}.
	 */
	private void trial(Map<String, List<Sample>> samples, Map<String, Long> counts, Map<String, String> names, String workload, long timeout, int cores,
			String phase, List<String> jvmOptions, String... args) throws Exception {
		int pinnedTo = cores <= 0 ? MACHINE_CORES : cores;
		double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		List<String> command = new ArrayList<>();
		if (pinnedTo < MACHINE_CORES) {
			command.addAll(List.of(TASKSET, "-c", pinnedTo == 1 ? "0" : "0-" + (pinnedTo - 1)));
		}
		command.addAll(javaCommand());
		command.add("-Xmx" + heap());
		command.addAll(jvmOptions);
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add(Trial.class.getName());
		command.add(phase);
		command.addAll(List.of(args));
		Output output = execute(command, work.resolve("trial-" + phase + ".log"), timeout);
		boolean any = false;
		for (String line : output.lines()) {
			String[] parts = line.trim().split(" ");
			if (parts.length == 4 && parts[0].equals("RESULT")) {
				samples.computeIfAbsent(pinned(parts[1], pinnedTo), k -> new ArrayList<>())
						.add(new Sample(Long.parseLong(parts[2]), Long.parseLong(parts[3]), load));
				any = true;
			} else if (parts.length == 3 && parts[0].equals("COUNT")) {
				counts.put(parts[1], Long.parseLong(parts[2]));
			} else if (parts.length == 3 && parts[0].equals("NAME")) {
				names.put(parts[1], parts[2]);
			}
		}
		if (!any || output.exitCode() != 0) {
			samples.computeIfAbsent(pinned(phase, pinnedTo), k -> new ArrayList<>()).add(new Sample(-1, -1, load));
			log.add(workload + ", " + phase + (pinnedTo < MACHINE_CORES ? " on " + pinnedTo + " core(s)" : "") + ": " + output.failure());
		}
	}

	/** The user's command: the launcher script with the distribution's options and archive, when both are built. */
	private Sample coldStart(Path example) throws Exception {
		Path root = Path.of(options.getOrDefault("root", "."));
		Path distLib = root.resolve("releng/io.stratagem.cli.dist/target/stratagem/lib");
		Path launcher = root.resolve("stratagem");
		List<String> command = new ArrayList<>();
		if (Files.isDirectory(distLib) && Files.isExecutable(launcher)) {
			command.add(launcher.toAbsolutePath().toString());
		} else {
			command.addAll(javaCommand());
			command.addAll(Arrays.asList(LAUNCHER_OPTIONS.split(" ")));
			command.addAll(List.of("-cp", System.getProperty("java.class.path"), "io.stratagem.cli.Main"));
		}
		command.addAll(List.of("validate", example.toString()));
		double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		long started = System.nanoTime();
		Output output = execute(command, work.resolve("cold-start.log"), timeout());
		long millis = (System.nanoTime() - started) / 1_000_000;
		if (output.exitCode() != 0) {
			log.add("cold start: " + output.failure());
			return new Sample(-1, -1, load);
		}
		return new Sample(millis, 0, load);
	}

	record Output(int exitCode, List<String> lines, String failure) {
	}

	private Output execute(List<String> command, Path errorLog, long timeout) throws Exception {
		Process process = new ProcessBuilder(command).redirectError(errorLog.toFile()).start();
		List<String> lines = new ArrayList<>();
		Thread reader = new Thread(() -> {
			try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				for (String line = in.readLine(); line != null; line = in.readLine()) {
					synchronized (lines) {
						lines.add(line);
					}
				}
			} catch (IOException e) {
				// the process was ended
			}
		});
		reader.start();
		if (!process.waitFor(timeout, TimeUnit.SECONDS)) {
			process.destroyForcibly().waitFor();
			reader.join();
			return new Output(-1, lines, "did not finish within " + timeout + " s");
		}
		reader.join();
		String failure = "exit code " + process.exitValue();
		List<String> errors = Files.readAllLines(errorLog, StandardCharsets.UTF_8);
		String last = errors.stream().filter(l -> l.contains("OutOfMemoryError") || l.contains("Exception")).findFirst().orElse(null);
		if (last != null) {
			failure += ": " + last.trim();
		}
		return new Output(process.exitValue(), lines, failure + " (see " + errorLog + ")");
	}

	/**
	 * The JVM of a trial, whose temporary files go into the work folder: a trial deletes what it
	 * made there, and the smoke test sees any it left.
	 */
	private List<String> javaCommand() {
		return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Djava.io.tmpdir=" + trialTemp());
	}

	/** The trials' temporary folder: empty again after every trial. */
	Path trialTemp() {
		return work.resolve("temp");
	}

	private String heap() {
		return options.getOrDefault("heap", "2560m");
	}

	private List<String> trialOptions() {
		return split(options.getOrDefault("java-opts", LAUNCHER_OPTIONS));
	}

	private List<String> serverOptions() {
		return split(options.getOrDefault("java-opts", SERVER_OPTIONS));
	}

	private List<String> peerOptions() {
		return split(options.getOrDefault("java-opts", PEER_OPTIONS));
	}

	private static List<String> split(String opts) {
		return opts.isBlank() ? List.of() : Arrays.asList(opts.trim().split("\\s+"));
	}

	private static String machine(double loadBefore, double loadAfter) {
		var os = ManagementFactory.getOperatingSystemMXBean();
		long memory = os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getTotalMemorySize() : -1;
		return String.format(Locale.ROOT, "%d cores, %.1f GiB memory, %s %s (%s), %s %s; load average %.2f before, %.2f after",
				Runtime.getRuntime().availableProcessors(), memory / (1024.0 * 1024 * 1024), System.getProperty("java.vm.name"),
				System.getProperty("java.version"), System.getProperty("java.vendor"), System.getProperty("os.name"), System.getProperty("os.arch"),
				loadBefore, loadAfter);
	}

	private static void progress(String message) {
		System.out.println("bench: " + message);
	}

	/** Deletes a folder the bench made, with everything in it; nothing when it is not there. */
	static void deleteTree(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> tree = Files.walk(folder)) {
			for (Path path : tree.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}
}
