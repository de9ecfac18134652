package io.stratagem.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The overview names each kind of element in plural English, from its class name. */
class PluralTest {

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource({ "Capability, Capabilities", "Policy, Policies", "DataAsset, Data assets", "KPI, KPIs", "UseCase, Use cases", "EthicsReview, Ethics reviews",
			"Objective, Objectives", "Partner, Partners", "Journey, Journeys" })
	void pluralOfAClassName(String className, String plural) {
		assertEquals(plural, Text.plural(className));
	}
}
