/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.workbench.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.stratagem.workbench.StrategyLanguage;
import io.stratagem.workbench.services.Highlight;
import io.stratagem.workbench.services.OutlineNode;
import io.stratagem.workbench.services.Proposal;
import io.stratagem.workbench.services.SemanticKind;
import io.stratagem.workbench.services.StrategyDocument;
import io.stratagem.workspace.report.Finding;
import io.stratagem.workspace.report.Severity;

/** The editor's adapters over the language services, on the example's goals file with its neighbours. */
class StrategyDocumentTest {

	private Path file;
	private String text;
	private StrategyDocument document;

	@BeforeEach
	void open() throws IOException {
		Path folder = Examples.acmeInsurance();
		file = folder.resolve("goals.strategy");
		text = Files.readString(file);
		document = StrategyDocument.open(StrategyLanguage.injector(), file, Examples.modelFiles(folder), text);
	}

	@Test
	void declaredNamesAreDeclarationsAndReferencesAreReferences() {
		List<Highlight> highlights = document.semanticHighlights(text);
		int declared = declaration(text);
		assertTrue(highlights.contains(new Highlight(declared, "TrustworthyAI".length(), SemanticKind.DECLARATION)), highlights::toString);
		int reference = text.indexOf("measured by ControlCoverage") + "measured by ".length();
		assertTrue(highlights.contains(new Highlight(reference, "ControlCoverage".length(), SemanticKind.REFERENCE)), "measured by ControlCoverage: " + highlights);
		int namespace = text.indexOf("acme.goals");
		assertTrue(highlights.contains(new Highlight(namespace, "acme.goals".length(), SemanticKind.NAMESPACE)));
	}

	@Test
	void problemsAreThoseOfTheTextBeingTyped() {
		assertEquals(List.of(), errors(document.problems(text)), "the example's goals file has no errors");

		String broken = text.replace("measured by ControlCoverage", "measured by ControlCoverag");
		List<Finding> errors = errors(document.problems(broken));

		assertEquals(1, errors.size(), errors::toString);
		Finding error = errors.get(0);
		assertEquals(file, Path.of(error.file()));
		assertEquals(broken.indexOf("measured by ControlCoverag") + "measured by ".length(), error.offset());
		assertEquals("ControlCoverag".length(), error.length());
		assertTrue(error.message().contains("ControlCoverag"), error.message());
		assertEquals(List.of(), errors(document.problems(text)), "fixed again");
	}

	private static List<Finding> errors(List<Finding> problems) {
		return problems.stream().filter(problem -> problem.severity() == Severity.ERROR).toList();
	}

	@Test
	void highlightsFollowTheEditedText() {
		String edited = "// a new first line\n" + text;
		List<Highlight> highlights = document.semanticHighlights(edited);
		assertTrue(highlights.contains(new Highlight(declaration(edited), "TrustworthyAI".length(), SemanticKind.DECLARATION)));
		assertFalse(highlights.contains(new Highlight(declaration(text), "TrustworthyAI".length(), SemanticKind.DECLARATION)));
	}

	@Test
	void contentAssistAfterMeasuredByProposesTheKpisOfTheOtherFiles() {
		String prefix = "measured by ";
		int offset = text.indexOf(prefix + "ControlCoverage") + prefix.length();
		String cut = text.substring(0, offset) + text.substring(offset + "ControlCoverage".length());
		List<Proposal> proposals = document.proposals(cut, offset);
		List<String> labels = proposals.stream().map(Proposal::label).toList();
		assertTrue(labels.stream().anyMatch(l -> l.endsWith("ControlCoverage")), "a KPI of kpis.strategy: " + labels);
		Proposal proposal = proposals.stream().filter(p -> p.label().endsWith("ControlCoverage")).findFirst().orElseThrow();
		assertEquals(offset, proposal.offset());
	}

	@Test
	void contentAssistProposesKeywordsInsideAnObjective() {
		int offset = text.indexOf("due 2028-Q2");
		List<String> labels = document.proposals(text, offset).stream().map(Proposal::label).toList();
		assertTrue(labels.contains("due") || labels.contains("measured"), labels::toString);
	}

	@Test
	void hoverOnAFindingExplainsTheRule() {
		// TrustworthyAI is served by no use case: STRAT-STRAT-001
		Optional<String> hover = document.hover(text, declaration(text) + 2);
		assertTrue(hover.isPresent());
		assertTrue(hover.get().contains("STRAT-STRAT-001"), hover.get());
	}

	@Test
	void hoverOnACommentSaysNothing() {
		assertTrue(document.hover(text, 5).isEmpty());
	}

	@Test
	void outlineListsTheStrategyAndItsObjectives() {
		List<OutlineNode> outline = document.outline(text);
		List<String> names = new ArrayList<>();
		collect(outline, names);
		assertTrue(names.contains("AcmeAI2029"), names::toString);
		assertTrue(names.contains("TrustworthyAI"), names::toString);
		OutlineNode objective = find(outline, "TrustworthyAI");
		assertEquals(declaration(text), objective.offset());
		assertEquals("acme.goals", outline.get(0).name(), "the namespace is the root; its elements are named without it");
	}

	/** Where the objective TrustworthyAI is declared (its name appears before, in the strategy's list). */
	private static int declaration(String text) {
		return text.indexOf("objective TrustworthyAI") + "objective ".length();
	}

	private static void collect(List<OutlineNode> nodes, List<String> names) {
		for (OutlineNode node : nodes) {
			names.add(node.name());
			collect(node.children(), names);
		}
	}

	private static OutlineNode find(List<OutlineNode> nodes, String name) {
		for (OutlineNode node : nodes) {
			if (node.name().equals(name)) {
				return node;
			}
			OutlineNode child = find(node.children(), name);
			if (child != null) {
				return child;
			}
		}
		return null;
	}
}
