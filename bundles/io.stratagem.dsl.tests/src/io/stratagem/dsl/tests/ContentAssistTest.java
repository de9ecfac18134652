package io.stratagem.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.lsp4j.CompletionItem;
import org.junit.jupiter.api.Test;

/**
 * The generic IDE bundle serves a language server: content assist offers the keywords that fit
 * where the cursor is and the elements a reference may name.
 */
class ContentAssistTest extends StrategyLanguageServerTest {

	@Test
	void offersTheItemsOfAUseCaseBlock() {
		testCompletion(it -> {
			it.setModel("""
					namespace acme
					usecase Triage {
					\t
					}
					""");
			it.setLine(2);
			it.setColumn(1);
			it.setAssertCompletionList(list -> {
				List<String> labels = list.getItems().stream().map(CompletionItem::getLabel).toList();
				for (String expected : List.of("stage", "category", "technique", "serves", "owner", "priority", "euAiAct", "}")) {
					assertTrue(labels.contains(expected), expected + " not offered in " + labels);
				}
				assertTrue(!labels.contains("usecase"), "a use case cannot be declared inside a use case: " + labels);
			});
		});
	}

	@Test
	void offersTheFrameworksAStrategyMayStateThatApply() {
		testCompletion(it -> {
			it.setModel("strategy S { frameworks  }\n");
			it.setLine(0);
			it.setColumn(24);
			it.setAssertCompletionList(list -> {
				List<String> labels = list.getItems().stream().map(CompletionItem::getLabel).toList();
				for (String expected : List.of("euAiAct", "nistAiRmf", "iso42001", "ombM2521", "other")) {
					assertTrue(labels.contains(expected), expected + " not offered in " + labels);
				}
			});
		});
	}

	@Test
	void offersTheRolesAnOwnerMayName() {
		testCompletion(it -> {
			it.setModel("""
					namespace acme
					role HeadOfClaims "Head of claims"
					unit Claims
					usecase Triage { owner  }
					""");
			it.setLine(3);
			it.setColumn(23);
			it.setAssertCompletionList(list -> {
				List<String> labels = list.getItems().stream().map(CompletionItem::getLabel).toList();
				assertTrue(labels.contains("HeadOfClaims"), labels.toString());
				assertTrue(!labels.contains("Claims"), "a business unit is not a role: " + labels);
			});
		});
	}
}
