package io.stratagem.dsl.tests.quickfix;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.TextEdit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

import io.stratagem.dsl.tests.StrategyLanguageServerTest;

/** The language server offers the quick fixes of rule findings as code actions. */
class CodeActionTest extends StrategyLanguageServerTest {

	@Test
	void createsTheMissingKpiOfAPilot() {
		testCodeAction(it -> {
			it.setModel("""
					usecase U {
						stage pilot
					}
					""");
			it.setAssertCodeActions(actions -> {
				List<CodeAction> fixes = actions.stream().filter(a -> a.isRight()).map(a -> a.getRight()).toList();
				List<String> titles = fixes.stream().map(CodeAction::getTitle).toList();
				assertTrue(titles.contains("Create KPI UKpi"), titles.toString());
				assertTrue(titles.contains("Classify as high risk"), titles.toString());
				CodeAction kpi = fixes.stream().filter(a -> a.getTitle().equals("Create KPI UKpi")).findFirst().orElseThrow();
				List<TextEdit> edits = kpi.getEdit().getChanges().values().iterator().next();
				Assertions.assertEquals(2, edits.size());
				Assertions.assertEquals("\tkpis UKpi\n", edits.get(0).getNewText());
				Assertions.assertEquals(2, edits.get(0).getRange().getStart().getLine());
				Assertions.assertEquals("\n\nkpi UKpi \"KPI of U\"", edits.get(1).getNewText());
			});
		});
	}
}
