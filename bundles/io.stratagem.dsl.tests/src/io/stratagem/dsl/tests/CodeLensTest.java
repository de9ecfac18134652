package io.stratagem.dsl.tests;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Code lenses computed by the roadmap engine: KPI status and forecast, risk scores, and WSJF rank
 * of the use cases of a file; the KPI and risk are referred to from another file.
 */
class CodeLensTest extends StrategyLanguageServerTest {

	private static Map<String, String> files() {
		Map<String, String> files = new LinkedHashMap<>();
		files.put("claims.strategy", """
				namespace acme.claims

				import acme.measures.*

				usecase Triage "Claims triage" {
					kpis CycleTime
					risks Bias
					priority { value 8 criticality 5 riskReduction 3 effort 4 }
				}

				usecase Fraud "Fraud detection" {
					priority { value 9 criticality 8 riskReduction 5 effort 2 }
				}

				usecase Letters "Letter drafting"
				""");
		files.put("measures.strategy", """
				namespace acme.measures

				kpi CycleTime "Cycle time" {
					unit days
					direction decrease
					target 5 by 2026-06
					thresholds amber 8 red 12
					measurement 2026-01 = 12
					measurement 2026-03 = 10
				}

				kpi Satisfaction "Customer satisfaction" {
					unit "%"
				}

				risk Bias "Biased triage" {
					inherent likelihood 4 impact 3
					residual likelihood 2 impact 3
				}

				risk Leak "Data leak" {
					inherent likelihood 6 impact 2
				}
				""");
		return files;
	}

	@Test
	void useCasesShowTheirRankInTheirFile() throws Exception {
		Assertions.assertEquals(List.of(
				"4:8-4:14 WSJF 4 · rank 2 of 2 in this file",
				"10:8-10:13 WSJF 11 · rank 1 of 2 in this file",
				"14:8-14:15 WSJF not ranked: no priority inputs in this file"), lensesOf("claims.strategy"));
	}

	@Test
	void kpisShowTheirStatusAndRisksTheirScores() throws Exception {
		// CycleTime: 10 days is amber (above 8, not above 12); a duration shrinks by the same share each
		// month (a line through the logarithms): 12 (January) to 10 (March) is x0.913 a month, so about
		// 10 x 0.913^4 = 7.0 on 30 June, above the target of 5
		Assertions.assertEquals(List.of(
				"2:4-2:13 KPI amber · 10 days (2026-03) · forecast 7 days by 2026-06, off track",
				"11:4-11:16 KPI no measurement yet",
				"15:5-15:9 Risk inherent 12 (4 × 3) · residual 6 (2 × 3)",
				"20:5-20:9 Risk inherent invalid (6 × 2) · residual not rated"), lensesOf("measures.strategy"));
	}

	/** The code lenses of {@code file}, in the workspace of the files above, as {@code start-end title}. */
	private List<String> lensesOf(String file) throws Exception {
		Map<String, String> uris = workspace(files());
		CodeLensParams params = new CodeLensParams(document(uris.get(file)));
		List<? extends CodeLens> lenses = languageServer.codeLens(params).get();
		return lenses.stream().map(lens -> lens.getRange().getStart().getLine() + ":" + lens.getRange().getStart().getCharacter() + "-"
				+ lens.getRange().getEnd().getLine() + ":" + lens.getRange().getEnd().getCharacter() + " " + lens.getCommand().getTitle()).toList();
	}
}
