package io.stratagem.dsl.tests;

import org.junit.jupiter.api.Assertions;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.lsp4j.Hover;
import org.junit.jupiter.api.Test;

/** Hover shows an element's kind, name, title, description, comment and the meaning of its kind (and the status of a KPI). */
class HoverTest extends AbstractHoverTest {

	/** The claims workspace with every rule off, so that hover shows no findings. */
	private static Map<String, String> withoutFindings() {
		Map<String, String> files = new LinkedHashMap<>(claimsWorkspace());
		files.put("stratagem.properties", "*.enabled = false\n");
		return files;
	}

	@Test
	void hoverOnAReferenceDocumentsItsTarget() throws Exception {
		Hover hover = hoverInClaims(withoutFindings(), 5, 10);
		Assertions.assertEquals("markdown", hover.getContents().getRight().getKind());
		Assertions.assertEquals("""
				**Role** `acme.org.HeadOfClaims`: Head of claims

				Accountable for claims handling

				Runs the claims department.

				---
				A person or role used as owner, sponsor, steward or approver.""", hover.getContents().getRight().getValue());
		Assertions.assertEquals(at(5, 7), hover.getRange().getStart());
		Assertions.assertEquals(at(5, 19), hover.getRange().getEnd());
	}

	@Test
	void hoverOnADeclarationDocumentsTheElement() throws Exception {
		Hover hover = hoverInClaims(withoutFindings(), 9, 5);
		Assertions.assertEquals("""
				**KPI** `acme.claims.CycleTime`: Cycle time

				---
				A key performance indicator with baseline, target, thresholds and measurements.

				---
				Status: no measurement yet""", hover.getContents().getRight().getValue());
	}
}
