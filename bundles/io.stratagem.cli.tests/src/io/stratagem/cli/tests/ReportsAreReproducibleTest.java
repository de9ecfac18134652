package io.stratagem.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.stratagem.testing.CommandRun;

/** The SARIF and JUnit reports of the same models are the same bytes, run after run: no clock, no host, no machine path. */
class ReportsAreReproducibleTest {

	@Test
	void theSarifReportOfTheExampleIsTheSameEveryRun() {
		String first = report("sarif");
		assertEquals(first, report("sarif"));
		assertTrue(!first.contains(Cli.root().toString()), "no absolute path of this machine");
	}

	@Test
	void theJunitReportOfTheExampleIsTheSameEveryRun() {
		String first = report("junit");
		assertEquals(first, report("junit"));
		if (System.getenv("SOURCE_DATE_EPOCH") == null) {
			assertTrue(first.contains(" timestamp=\"1970-01-01T00:00:00\" hostname=\"localhost\""), first);
		}
	}

	private static String report(String format) {
		CommandRun result = Cli.run("validate", "--format", format, Cli.example().toString());
		assertEquals(0, result.exitCode(), result.toString());
		return result.out();
	}
}
