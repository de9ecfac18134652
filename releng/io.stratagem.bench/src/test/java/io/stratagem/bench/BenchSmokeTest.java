/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.stratagem.testing.ProjectFiles;

/**
 * The harness works end to end on a tiny model: every phase and peer, the language server's
 * latency (full-text changes), the semantic tokens of the largest file and the diagram layouts run in their own JVMs,
 * land in the report and leave no temporary files. Nothing about time is asserted; the real sizes run with -Pbench.
 */
class BenchSmokeTest {

	@Test
	void tinyRunReportsEveryPhasePeerTokensAndTheColdStart() throws Exception {
		Map<String, String> options = new LinkedHashMap<>();
		options.put("use-cases", "3,6");
		options.put("runs", "1");
		options.put("root", ProjectFiles.root().toString());
		options.put("work", "target/bench-smoke");
		options.put("results", "target/bench-smoke/results.md");
		options.put("timeout", "300");
		options.put("lsp", "3");
		options.put("lsp-edits", "4");
		options.put("lsp-change", "full");
		options.put("graph-use-cases", "3");
		options.put("roadmap-use-cases", "6");
		options.put("diagram-repetitions", "2");
		options.put("workspace-changes", "3");
		Path results = Bench.run(options);

		String report = Files.readString(results, StandardCharsets.UTF_8);
		for (String phase : new String[] { "| 3 |", "| 6 |", "parse-only", "full (load", "generate (site", "Xtext standalone builder",
				"Structurizr DSL parser", "stratagem validate examples/acme-insurance", "## Growth", "## Targets", "## Language server",
				"| typing in a text | 1 |", "| breaking and mending a reference | 1 |", "## Diagrams", "| strategy graph (ELK layered) | 3 use cases |",
				"| roadmap (schedule and timeline) | 6 use cases |", "edit-to-diagnostics p95", "layout of about 1,000 nodes",
				"a full-text change", "`semanticTokens/full` of the largest file of 6 synthetic use cases", "## Peers, side by side", "Structurizr parse",
				"## Editing workspace", "| 3 synthetic use cases | save of `", "| 6 synthetic use cases | gesture: ",
				"a save of the largest file of 3 synthetic use cases" }) {
			assertTrue(report.contains(phase), "the report lacks " + phase + ":\n" + report);
		}
		assertTrue(report.contains("None: every trial finished."), report);
		assertFalse(report.contains("failed"), report);
		assertFalse(report.contains("| n/a |"), report);
		try (Stream<Path> left = Files.list(Path.of("target/bench-smoke/temp"))) {
			assertEquals(List.of(), left.toList(), "the trials left temporary files");
		}
	}
}
