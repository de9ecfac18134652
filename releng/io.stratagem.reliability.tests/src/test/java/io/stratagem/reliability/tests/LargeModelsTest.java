package io.stratagem.reliability.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.stratagem.testing.CommandRun;
import io.stratagem.testing.ProjectFiles;

/**
 * The whole command line stays bounded on long reference chains, long cycles and spans of time
 * far beyond any plan: results, findings with short messages, and output whose size does not
 * follow the span. The inputs are made here, in a temporary folder; the timeouts only guard
 * against a hang.
 */
class LargeModelsTest {

	private static final Duration HANG_GUARD = Duration.ofMinutes(3);

	@TempDir
	Path dir;

	@Test
	void aChainOf100000InitiativesValidates() throws IOException {
		// declared from its end: walking the dependencies in file order goes as deep as the chain
		Path file = LargeFiles.write(dir.resolve("chain.strategy"), "namespace chain\n\nroadmap R {\n", 99_999,
				i -> "\tinitiative I" + i + " { after I" + (i + 1) + " duration 1 days }\n", "\tinitiative I99999 { start 2027-01 duration 1 days }\n}\n");
		CommandRun run = assertTimeoutPreemptively(HANG_GUARD, () -> Command.run("validate", "--fail-on", "never", file.toString()));
		assertEquals(0, run.exitCode(), run.err());
		assertFalse(run.out().contains("STRAT-STRUCT-003"), head(run.out()));
	}

	@Test
	void aCycleOf10000UnitsIsOneFinding() throws IOException {
		StringBuilder text = new StringBuilder("namespace cycle\n\n");
		for (int i = 0; i < 10_000; i++) {
			text.append("unit U").append(i).append(" { part of U").append((i + 1) % 10_000).append(" }\n");
		}
		Path file = Files.writeString(dir.resolve("cycle.strategy"), text);
		CommandRun run = assertTimeoutPreemptively(HANG_GUARD, () -> Command.run("validate", "--fail-on", "never", file.toString()));
		assertEquals(0, run.exitCode(), run.err());
		assertEquals(1, run.out().lines().filter(line -> line.contains("STRAT-STRUCT-011")).count(), head(run.out()));
		assertTrue(run.out().contains("Business unit U0 is part of itself through U0 -> U1 -> U2 -> U3 -> U4 -> U5 -> U6 -> U7 -> U8 -> U9 -> … and 9990 more -> U0"),
				head(run.out()));
	}

	@Test
	void aDurationOfAMillionYearsIsAFindingAndTheSiteAndDiagramStaySmall() throws IOException {
		Path file = Files.writeString(dir.resolve("long.strategy"), """
				namespace long

				roadmap R {
					initiative Forever { start 2027-01 duration 999999 years }
					initiative Longest { start 2027-01 duration 100 years }
					initiative After { after Longest duration 100 years }
					initiative Overflow { start 2027-01 duration 2147483647 years }
				}
				""");
		CommandRun validate = assertTimeoutPreemptively(HANG_GUARD, () -> Command.run("validate", file.toString()));
		assertEquals(1, validate.exitCode(), validate.toString());
		assertEquals("", validate.err());
		assertTrue(validate.out().contains(":4:") && validate.out().contains("error STRAT-TIME-002 Forever: duration 999999 years is longer than 100 years"),
				validate.out());
		assertTrue(validate.out().contains("error STRAT-TIME-002 Overflow: duration 2147483647 years is longer than 100 years"), validate.out());
		Path site = dir.resolve("site");
		CommandRun generate = assertTimeoutPreemptively(HANG_GUARD, () -> Command.run("generate", "--force", file.toString(), "-o", site.toString()));
		assertEquals(0, generate.exitCode(), generate.toString());
		long siteSize = ProjectFiles.files(site).values().stream().mapToLong(String::length).sum();
		assertTrue(siteSize < 5_000_000, "the site does not grow with the span: " + siteSize + " characters");
		Path svg = dir.resolve("roadmap.svg");
		CommandRun diagram = assertTimeoutPreemptively(HANG_GUARD,
				() -> Command.run("diagram", "--kind", "roadmap", file.toString(), "-o", svg.toString()));
		assertTrue(Files.size(svg) < 2_000_000, diagram.toString());
	}

	private static String head(String text) {
		return text.substring(0, Math.min(2000, text.length()));
	}
}
