/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.bench;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Injector;

import io.stratagem.dsl.StrategyStandaloneSetup;
import io.stratagem.report.OutputFolder;
import io.stratagem.report.RoadmapArtifacts;
import io.stratagem.workspace.load.ModelSet;
import io.stratagem.workspace.load.ModelSetLoader;
import io.stratagem.workspace.report.Finding;
import io.stratagem.workspace.report.FindingCollector;

/**
 * One measurement in a fresh JVM, started by {@link Bench}: the JIT, the heap and the class
 * loading start from zero in each, as for a user's command. Prints {@code RESULT} lines that
 * {@link Bench} reads: {@code RESULT <phase> <milliseconds> <peak heap bytes>},
 * {@code COUNT <name> <value>} and {@code NAME <name> <text>}.
 *
 * <ul>
 * <li>{@code parse DIR}: read and parse every file (in parallel, as the command line does), no
 * linking, no validation: the floor.</li>
 * <li>{@code full DIR OUT}: what {@code stratagem validate} does (load, index, link, validate),
 * then what {@code stratagem generate} adds (site, Markdown, CSV, JSON into OUT), timed apart.</li>
 * <li>{@code xtext-builder DIR}: Xtext's generic standalone builder on the same files.</li>
 * <li>{@code structurizr FILE}: Structurizr's DSL parser on a workspace of as many elements and
 * relationships.</li>
 * <li>{@code lsp DIR EDITS [incremental|full]}: the language server's edit-to-diagnostics latency with
 * semantic tokens requested after each change ({@link LanguageServerTrial}).</li>
 * <li>{@code lsp-tokens DIR REQUESTS}: the time of {@code semanticTokens/full} on the largest file of DIR.</li>
 * <li>{@code diagram-graph DIR REPETITIONS}, {@code diagram-roadmap DIR REPETITIONS}: layout times
 * of the strategy graph and the roadmap ({@link DiagramTrial}).</li>
 * <li>{@code save DIR SAVES}: save latency of the editing workspace ({@link WorkspaceSaveTrial}).</li>
 * <li>{@code gesture DIR GESTURES}: a diagram gesture's latency in the editing workspace ({@link WorkspaceGestureTrial}).</li>
 * </ul>
 * The injector and the language setup are created before the clock starts in every phase.
 */
public final class Trial {

	private Trial() {
	}

	public static void main(String[] args) throws Exception {
		String phase = args[0];
		Path input = Path.of(args[1]);
		switch (phase) {
		case "parse" -> parse(input);
		case "full" -> full(input, Path.of(args[2]));
		case "xtext-builder" -> XtextBuilderTrial.run(input);
		case "structurizr" -> StructurizrTrial.run(input);
		case "lsp" -> LanguageServerTrial.run(input, Integer.parseInt(args[2]),
				args.length > 3 ? LanguageServerTrial.Change.valueOf(args[3].toUpperCase(java.util.Locale.ROOT)) : LanguageServerTrial.Change.INCREMENTAL);
		case "lsp-tokens" -> LanguageServerTrial.tokensOnly(input, Integer.parseInt(args[2]));
		case "diagram-graph" -> DiagramTrial.run("graph", input, Integer.parseInt(args[2]));
		case "diagram-roadmap" -> DiagramTrial.run("roadmap", input, Integer.parseInt(args[2]));
		case "save" -> WorkspaceSaveTrial.run(input, Integer.parseInt(args[2]), args.length > 3 ? Integer.parseInt(args[3]) : 5);
		case "gesture" -> WorkspaceGestureTrial.run(input, Integer.parseInt(args[2]), args.length > 3 ? Integer.parseInt(args[3]) : 5);
		default -> throw new IllegalArgumentException("unknown phase " + phase);
		}
		System.out.flush();
		// the language's thread pools must not keep the JVM alive
		System.exit(0);
	}

	private static void parse(Path dir) throws Exception {
		Injector injector = StrategyStandaloneSetup.doSetup();
		List<Path> files = strategyFiles(dir);
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		resourceSet.getLoadOptions();
		resourceSet.getURIConverter();
		List<XtextResource> resources = new ArrayList<>();
		for (Path file : files) {
			resources.add((XtextResource) resourceSet.createResource(URI.createFileURI(file.toString())));
		}
		startClock();
		List<Integer> errors = new ArrayList<>();
		java.util.stream.IntStream.range(0, files.size()).parallel().forEach(i -> {
			try {
				resources.get(i).load(new ByteArrayInputStream(Files.readAllBytes(files.get(i))), resourceSet.getLoadOptions());
			} catch (Exception e) {
				throw new IllegalStateException("cannot parse " + files.get(i) + ": " + e, e);
			}
			if (!resources.get(i).getErrors().isEmpty()) {
				synchronized (errors) {
					errors.add(i);
				}
			}
		});
		stopClock("parse");
		count("syntaxErrorFiles", errors.size());
	}

	private static void full(Path dir, Path out) throws Exception {
		Injector injector = StrategyStandaloneSetup.doSetup();
		ModelSetLoader loader = injector.getInstance(ModelSetLoader.class);
		FindingCollector collector = injector.getInstance(FindingCollector.class);
		RoadmapArtifacts artifacts = injector.getInstance(RoadmapArtifacts.class);

		startClock();
		ModelSet models = loader.load(List.of(dir));
		List<Finding> findings = collector.collect(models);
		stopClock("full");

		startClock();
		Map<String, String> files = artifacts.of(models, findings);
		OutputFolder.replace(out, files, List.of(dir));
		stopClock("generate");

		count("files", models.resources().size());
		count("findings", findings.size());
		long elements = 0;
		long relationships = 0;
		for (Resource resource : models.resources().values()) {
			for (var it = resource.getAllContents(); it.hasNext();) {
				EObject object = it.next();
				elements++;
				for (EObject target : object.eCrossReferences()) {
					if (!target.eIsProxy()) {
						relationships++;
					}
				}
			}
		}
		count("elements", elements);
		count("relationships", relationships);
	}

	static List<Path> strategyFiles(Path dir) throws Exception {
		try (Stream<Path> tree = Files.walk(dir)) {
			return tree.filter(f -> f.toString().endsWith(ModelSetLoader.EXTENSION)).sorted().toList();
		}
	}

	private static long started;

	private static long cpuStarted;

	private static final com.sun.management.OperatingSystemMXBean OS = (com.sun.management.OperatingSystemMXBean) ManagementFactory
			.getOperatingSystemMXBean();

	/** Collects garbage, forgets the heap's earlier peaks and starts timing a phase. */
	static void startClock() {
		System.gc();
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				pool.resetPeakUsage();
			}
		}
		cpuStarted = OS.getProcessCpuTime();
		started = System.nanoTime();
	}

	/**
	 * Prints the phase's time and the heap's peak use (the sum of the heap pools' peaks) since
	 * {@link #startClock()}, and as phase {@code <phase>-cpu} the process's CPU time (all threads),
	 * which other processes' load stretches much less than wall time.
	 */
	static void stopClock(String phase) {
		long millis = elapsedMillis();
		long cpu = (OS.getProcessCpuTime() - cpuStarted) / 1_000_000;
		System.out.println("RESULT " + phase + " " + millis + " " + peakHeap());
		System.out.println("RESULT " + phase + "-cpu " + cpu + " 0");
	}

	/** Milliseconds since {@link #startClock()}. */
	static long elapsedMillis() {
		return (System.nanoTime() - started) / 1_000_000;
	}

	/** The heap's peak use since {@link #startClock()}: the sum of the heap pools' peaks. */
	static long peakHeap() {
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		return peak;
	}

	static void count(String name, long value) {
		System.out.println("COUNT " + name + " " + value);
	}
}
