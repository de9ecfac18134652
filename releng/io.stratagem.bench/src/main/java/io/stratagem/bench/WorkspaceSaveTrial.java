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
 * findings-median|findings-p95 <ms> <peak heap>} and {@code COUNT} lines.
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
				long[] save = new long[saves];
				long[] withFindings = new long[saves];
				for (int i = -warmUp; i < saves; i++) {
					int[] title = titles.get(Math.floorMod(i * 7919, titles.size()));
					String text = original.substring(0, title[1]) + " (edit " + (i + warmUp) + ")" + original.substring(title[1]);
					long started = System.nanoTime();
					workspace.setText(largest, text);
					long saved = System.nanoTime();
					allFindings(workspace);
					long found = System.nanoTime();
					if (i >= 0) {
						save[i] = (saved - started) / 1_000_000;
						withFindings[i] = (found - started) / 1_000_000;
					}
				}
				Arrays.sort(save);
				Arrays.sort(withFindings);
				long peak = Trial.peakHeap();
				System.out.println("RESULT save-median " + save[(saves - 1) / 2] + " " + peak);
				System.out.println("RESULT save-p95 " + save[(int) Math.ceil(saves * 0.95) - 1] + " " + peak);
				System.out.println("RESULT save-max " + save[saves - 1] + " " + peak);
				System.out.println("RESULT findings-median " + withFindings[(saves - 1) / 2] + " " + peak);
				System.out.println("RESULT findings-p95 " + withFindings[(int) Math.ceil(saves * 0.95) - 1] + " " + peak);
				Trial.count("saveFiles", files.size());
				Trial.count("saveFileLines", original.lines().count());
				Trial.count("saves", saves);
				Trial.count("findings", findings);
			}
		} finally {
			deleteTree(copy);
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

	static void deleteTree(Path folder) throws IOException {
		try (Stream<Path> tree = Files.walk(folder)) {
			for (Path path : tree.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}
}
