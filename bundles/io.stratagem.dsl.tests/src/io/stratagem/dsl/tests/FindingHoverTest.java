package io.stratagem.dsl.tests;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.lsp4j.Hover;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Hover on a finding of the rule catalogue explains the rule, its remedy and source, before the
 * hovered element's own documentation. The workspace's rule profile keeps two rules on; a finding
 * without a feature is reported on the element's name.
 */
class FindingHoverTest extends AbstractHoverTest {

	private static Map<String, String> files() {
		Map<String, String> files = new LinkedHashMap<>();
		files.put("stratagem.properties", """
				*.enabled = false
				STRAT-KPI-002.enabled = true
				STRAT-KPI-003.enabled = true
				""");
		files.put("org.strategy", """
				namespace acme.org

				role HeadOfClaims "Head of claims"
				""");
		files.put("claims.strategy", """
				namespace acme.claims

				import acme.org.*

				kpi CycleTime "Cycle time" {
					unit days
					measured monthly by HeadOfClaims
				}

				kpi Backlog "Backlog"

				kpi Satisfaction "Satisfaction" {
					unit "%"
					target 90
				}
				""");
		return files;
	}

	@Test
	void hoverOnAFindingExplainsTheRuleThenTheElement() throws Exception {
		Hover hover = hoverInClaims(files(), 4, 6);
		Assertions.assertEquals("""
				**STRAT-KPI-002** KPI CycleTime has no target

				Without a target the KPI cannot be rated red, amber or green.

				**Remedy:** Add `target <value>`.

				**Source:** Responsibility 9: measuring impact

				---
				**KPI** `acme.claims.CycleTime`: Cycle time

				---
				A key performance indicator with baseline, target, thresholds and measurements.

				---
				Status: no measurement yet""", hover.getContents().getRight().getValue());
		Assertions.assertEquals(at(4, 4), hover.getRange().getStart(), "the range of the hovered name");
		Assertions.assertEquals(at(4, 13), hover.getRange().getEnd());
	}

	@Test
	void everyFindingAtThePositionIsExplained() throws Exception {
		Hover hover = hoverInClaims(files(), 9, 6);
		Assertions.assertEquals("""
				**STRAT-KPI-002** KPI Backlog has no target

				Without a target the KPI cannot be rated red, amber or green.

				**Remedy:** Add `target <value>`.

				**Source:** Responsibility 9: measuring impact

				---
				**STRAT-KPI-003** KPI Backlog has no unit

				Values without a unit are misread.

				**Remedy:** Add `unit <unit>`.

				**Source:** Responsibility 9: measuring impact

				---
				**KPI** `acme.claims.Backlog`: Backlog

				---
				A key performance indicator with baseline, target, thresholds and measurements.

				---
				Status: no measurement yet""", hover.getContents().getRight().getValue());
	}

	@Test
	void noFindingNoExplanation() throws Exception {
		Hover hover = hoverInClaims(files(), 11, 6);
		Assertions.assertEquals("""
				**KPI** `acme.claims.Satisfaction`: Satisfaction

				---
				A key performance indicator with baseline, target, thresholds and measurements.

				---
				Status: no measurement yet""", hover.getContents().getRight().getValue());
	}
}
