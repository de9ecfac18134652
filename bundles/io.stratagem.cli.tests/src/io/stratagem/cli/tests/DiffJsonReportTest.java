package io.stratagem.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.stratagem.testing.CommandRun;

/** {@code stratagem diff --format json}: the documented document, exactly. */
class DiffJsonReportTest {

	@TempDir
	Path dir;

	private static final String VERSION = io.stratagem.workspace.Version.current();

	@Test
	void changesHaveKindElementBeforeAndAfterWithNullForWhatDidNotExist() throws IOException {
		ModelPair pair = new ModelPair(dir).old("a.strategy", """
				namespace acme
				usecase Triage { stage pilot }
				""").now("a.strategy", """
				namespace acme
				usecase Triage { stage deployed }
				usecase Letters { stage idea }
				""");
		CommandRun result = pair.diff("--format", "json");
		assertEquals(0, result.exitCode(), result.toString());
		assertEquals(start(pair) + """
				  "changes": [
				    {
				      "kind": "useCaseAdded",
				      "element": "acme.Letters",
				      "before": null,
				      "after": "idea"
				    },
				    {
				      "kind": "useCaseMoved",
				      "element": "acme.Triage",
				      "before": "pilot",
				      "after": "deployed"
				    }
				  ],
				  "findings": {
				    "introduced": [],
				    "resolved": [],
				    "unchanged": []
				  },
				  "summary": {
				    "changes": 2,
				    "introduced": 0,
				    "resolved": 0,
				    "unchanged": 0
				  }
				}
				""", result.out());
	}

	@Test
	void findingsAreListedAsIntroducedResolvedAndUnchangedWithFilesRelativeToEachFolder() throws IOException {
		ModelPair pair = DiffMarkdownReportTest.findingsPair(dir);
		CommandRun result = pair.diff("--format", "json");
		assertEquals(1, result.exitCode(), result.toString());
		assertEquals(start(pair) + """
				  "changes": [],
				  "findings": {
				    "introduced": [
				      {
				        "severity": "error",
				        "code": "STRAT-LINK-001",
				        "message": "Couldn't resolve reference to Role 'Someone'.",
				        "file": "a.strategy",
				        "line": 6,
				        "column": 22,
				        "element": "acme.Chat"
				      }
				    ],
				    "resolved": [
				      {
				        "severity": "error",
				        "code": "STRAT-LINK-001",
				        "message": "Couldn't resolve reference to Role 'Ghost'.",
				        "file": "b.strategy",
				        "line": 2,
				        "column": 25,
				        "element": "acme.Letters"
				      }
				    ],
				    "unchanged": [
				      {
				        "severity": "error",
				        "code": "STRAT-LINK-001",
				        "message": "Couldn't resolve reference to Role 'Nobody'.",
				        "file": "a.strategy",
				        "line": 5,
				        "column": 24,
				        "element": "acme.Triage"
				      }
				    ]
				  },
				  "summary": {
				    "changes": 0,
				    "introduced": 1,
				    "resolved": 1,
				    "unchanged": 1
				  }
				}
				""", result.out());
	}

	private static String start(ModelPair pair) {
		return "{\n  \"tool\": \"stratagem\",\n  \"version\": \"" + VERSION + "\",\n  \"before\": \"" + pair.before + "\",\n  \"after\": \"" + pair.after
				+ "\",\n";
	}
}
