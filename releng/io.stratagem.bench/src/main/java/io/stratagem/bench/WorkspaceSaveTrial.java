/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.google.inject.Injector;

import io.stratagem.dsl.StrategyStandaloneSetup;
import io.stratagem.workspace.edit.ModelWorkspace;

/**
 * Save latency of the editing workspace behind {@code stratagem serve}, the browser diagrams and
 * the workbench's Diagram view ({@link ModelWorkspace}), in the fresh JVM of a {@link Trial}: a copy
 * of the folder is opened and every file validated once (not timed, as when a diagram first
 * opens), then the largest file is saved {@code saves} times, each save changing the title of one
 * of its elements (names kept, as most edits do). Each save is timed twice: until
 * {@link ModelWorkspace#setText} returns (the file written and the model up to date), and until
 * the findings of every file are known again (what a diagram needs for its markers). The first
 * {@code warmUp} saves (default 5) are not counted. Prints {@code RESULT save-median|save-p95|save-max|
 * findings-median|findings-p95 <ms> <peak heap>}, {@code NAME save-file <file>} and {@code COUNT} lines.
 *
 * <pre>
 * java -cp ... io.stratagem.bench.Trial save DIR SAVES [WARM-UP]
 * </pre>
 */
final class WorkspaceSaveTrial {

	/** A title: a declaration's quoted text on its line. */
	private static final Pattern TITLE = Pattern.compile("(?m)^[a-z]+ [A-Za-z0-9_^]+ \"([^\"\\n]*)\"");

	private WorkspaceSaveTrial() {
	}

	static void run(Path folder, int saves, int warmUp) throws Exception {
		Path copy = Files.createTempDirectory("stratagem-save-trial");
		try {
			copyTree(folder, copy);
			Injector injector = StrategyStandaloneSetup.doSetup();
			try (ModelWorkspace workspace = ModelWorkspace.open(copy, injector)) {
				List<Path> files = workspace.files();
				Path largest = files.stream().max(Comparator.comparingInt((Path f) -> workspace.text(f).length())).orElseThrow();
				int findings = allFindings(workspace);
				String original = workspace.text(largest);
				List<int[]> titles = new ArrayList<>();
				for (Matcher m = TITLE.matcher(original); m.find();) {
					titles.add(new int[] { m.start(1), m.end(1) });
				}
				if (titles.isEmpty()) {
					throw new IllegalArgumentException(largest + " has no titled element to edit");
				}
				timeChanges(workspace, "save", "findings", saves, warmUp, step -> {
					int[] title = titles.get(Math.floorMod((step - warmUp) * 7919, titles.size()));
					workspace.setText(largest, original.substring(0, title[1]) + " (edit " + step + ")" + original.substring(title[1]));
				});
				System.out.println("NAME save-file " + largest.getFileName());
				Trial.count("saveFiles", files.size());
				Trial.count("saveFileLines", original.lines().count());
				Trial.count("saves", saves);
				Trial.count("findings", findings);
			}
		} finally {
			Bench.deleteTree(copy);
		}
	}

	/** One change of a timed series; {@code step} counts from 0, warm-up included. */
	interface Change {
		void apply(int step) throws Exception;
	}

	/**
	 * Applies {@code count} changes after {@code warmUp} untimed ones, each timed until it returns
	 * ({@code phase}) and until every file's findings are known again ({@code findingsPhase}), and
	 * prints their latencies.
	 */
	static void timeChanges(ModelWorkspace workspace, String phase, String findingsPhase, int count, int warmUp, Change change) throws Exception {
		long[] changed = new long[count];
		long[] withFindings = new long[count];
		for (int step = 0; step < warmUp + count; step++) {
			long started = System.nanoTime();
			change.apply(step);
			long applied = System.nanoTime();
			allFindings(workspace);
			long found = System.nanoTime();
			if (step >= warmUp) {
				changed[step - warmUp] = (applied - started) / 1_000_000;
				withFindings[step - warmUp] = (found - started) / 1_000_000;
			}
		}
		long peak = Trial.peakHeap();
		printLatencies(phase, changed, true, peak);
		printLatencies(findingsPhase, withFindings, false, peak);
	}

	/**
	 * Prints the median, the 95th percentile and (with {@code withMax}) the maximum of {@code millis}
	 * as {@code RESULT <phase>-median|-p95|-max <ms> <peak heap>} lines.
	 */
	static void printLatencies(String phase, long[] millis, boolean withMax, long peak) {
		long[] sorted = millis.clone();
		Arrays.sort(sorted);
		System.out.println("RESULT " + phase + "-median " + sorted[(sorted.length - 1) / 2] + " " + peak);
		System.out.println("RESULT " + phase + "-p95 " + sorted[(int) Math.ceil(sorted.length * 0.95) - 1] + " " + peak);
		if (withMax) {
			System.out.println("RESULT " + phase + "-max " + sorted[sorted.length - 1] + " " + peak);
		}
	}

	/** Reads the findings of every file, as a diagram does to draw its markers; returns how many. */
	static int allFindings(ModelWorkspace workspace) {
		return workspace.read(model -> model.resources().stream().mapToInt(r -> model.issues(Path.of(r.getURI().toFileString())).size()).sum());
	}

	static void copyTree(Path from, Path to) throws IOException {
		try (Stream<Path> tree = Files.walk(from)) {
			for (Path source : tree.toList()) {
				Path target = to.resolve(from.relativize(source).toString());
				if (Files.isDirectory(source)) {
					Files.createDirectories(target);
				} else {
					Files.copy(source, target);
				}
			}
		}
	}
}
