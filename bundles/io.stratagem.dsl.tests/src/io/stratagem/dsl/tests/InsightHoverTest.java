package io.stratagem.dsl.tests;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.lsp4j.Hover;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Hover shows what the roadmap engine computes: a use case's WSJF and RICE rank and its readiness
 * (with the initiative, team and review that live in another file), a KPI's status, a risk's scores.
 */
class InsightHoverTest extends AbstractHoverTest {

	private static Map<String, String> files() {
		Map<String, String> files = new LinkedHashMap<>();
		files.put("stratagem.properties", "*.enabled = false\n");
		files.put("claims.strategy", """
				namespace acme.claims

				usecase Triage "Claims triage" {
					uses data Claims
					requires skills Python
					deployment 2027-Q1
					priority { value 8 criticality 5 riskReduction 3 effort 4 reach 1000 impact 2 confidence 50% }
				}

				usecase Fraud "Fraud detection" {
					priority { value 9 criticality 8 riskReduction 5 effort 2 }
				}

				data Claims "Claims records" {
					quality 92%
				}

				skill Python "Python"

				kpi CycleTime "Cycle time" {
					unit days
					direction decrease
					thresholds amber 8 red 12
					measurement 2026-03 = 13
				}

				risk Bias "Biased triage" {
					inherent likelihood 4 impact 3
					affects Triage
				}
				""");
		files.put("delivery.strategy", """
				namespace acme.delivery

				import acme.claims.*

				team DataScience "Data science" {
					skill Python current 3 required 3
				}

				roadmap Plan "Plan" {
					initiative BuildTriage "Build triage" {
						delivers Triage
						team DataScience
					}
				}

				review TriageReview "Triage review" {
					of Triage
					outcome approved
				}
				""");
		return files;
	}

	@Test
	void hoverOnAUseCaseShowsItsRankAndReadiness() throws Exception {
		Hover hover = hoverInClaims(files(), 2, 10);
		// WSJF (8 + 5 + 3) / 4 = 4 against Fraud's 11; RICE 1000 x 2 x 0.5 / 4 = 250, Fraud has no RICE inputs.
		// The team's skill level and the approved review come from delivery.strategy.
		Assertions.assertEquals("""
				**Use case** `acme.claims.Triage`: Claims triage

				---
				An AI use case: a business problem solved with AI, its data, technology, people, risks and governance.

				---
				Priority: WSJF 4 · rank 2 of 2; RICE 250 · rank 1 of 1 (among the use cases of this file)

				Readiness: **at risk**
				- data: at risk — Claims has no owner
				- skills: ready — every required skill (1) is at the required level in DataScience
				- capabilities: at risk — lists no required capabilities
				- vendors: ready — depends on no vendor
				- ethics review: ready — approved by TriageReview
				- controls: at risk — Bias has no control that applies""", hover.getContents().getRight().getValue());
	}

	@Test
	void hoverOnAKpiShowsItsStatus() throws Exception {
		Hover hover = hoverInClaims(files(), 19, 6);
		Assertions.assertTrue(hover.getContents().getRight().getValue().endsWith("\n\n---\nStatus: red · 13 days (2026-03)"),
				hover.getContents().getRight().getValue());
	}

	@Test
	void hoverOnARiskShowsItsScores() throws Exception {
		Hover hover = hoverInClaims(files(), 26, 6);
		Assertions.assertTrue(hover.getContents().getRight().getValue().endsWith("\n\n---\nScore: inherent 12 (4 × 3) · residual not rated"),
				hover.getContents().getRight().getValue());
	}
}
