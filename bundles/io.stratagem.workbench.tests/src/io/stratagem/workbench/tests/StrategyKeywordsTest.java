/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.workbench.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

import io.stratagem.workbench.StrategyLanguage;
import io.stratagem.workbench.services.StrategyKeywords;

/** Lexical highlighting knows the grammar's word keywords and nothing else. */
class StrategyKeywordsTest {

	@Test
	void wordKeywordsOfTheGrammar() {
		Set<String> keywords = StrategyKeywords.of(StrategyLanguage.injector());
		assertTrue(keywords.containsAll(Set.of("namespace", "import", "objective", "usecase", "strategy")), keywords::toString);
		assertFalse(keywords.contains("{"));
		assertFalse(keywords.stream().anyMatch(k -> k.contains(".")));
	}
}
