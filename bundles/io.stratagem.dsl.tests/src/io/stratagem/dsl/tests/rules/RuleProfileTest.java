package io.stratagem.dsl.tests.rules;

import static io.stratagem.dsl.validation.RuleCodes.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;

import io.stratagem.dsl.tests.StrategyInjectorProvider;
import io.stratagem.dsl.tests.Workspace;
import io.stratagem.dsl.validation.RuleProfile;
import io.stratagem.dsl.validation.RulesDocument;

/** Rule profiles: stratagem.properties next to the models switches rules off, changes severities and thresholds. */
@ExtendWith(InjectionExtension.class)
@InjectWith(StrategyInjectorProvider.class)
class RuleProfileTest {

	@Inject
	private Workspace workspace;

	@TempDir
	Path folder;

	@Test
	void exactCodeWinsOverAreaWhichWinsOverAll() {
		RuleProfile profile = RuleProfile.parse("p", """
				# comment
				* .severity = info
				*.severity = info
				STRAT-KPI-*.severity = error
				STRAT-KPI-003.severity = ignore
				STRAT-DATA-003.enabled = false
				STRAT-RISK-001.threshold = 15
				""");
		assertEquals(List.of("line 2: unknown rule code '* '"), profile.problems());
		assertEquals(Severity.INFO, profile.severity(UC_WITHOUT_OWNER));
		assertEquals(Severity.ERROR, profile.severity(KPI_WITHOUT_BASELINE));
		assertEquals(Severity.IGNORE, profile.severity(KPI_WITHOUT_UNIT));
		assertFalse(profile.isEnabled(DATA_PERSONAL_WITHOUT_LEGAL_BASIS));
		assertEquals(Severity.IGNORE, profile.severity(DATA_PERSONAL_WITHOUT_LEGAL_BASIS));
		assertEquals(new BigDecimal("15"), profile.threshold(RISK_HIGH_WITHOUT_CONTROL));
		assertEquals(new BigDecimal("80"), profile.threshold(DATA_QUALITY_BELOW_THRESHOLD));
	}

	@Test
	void defaultProfileKeepsTheCatalogue() {
		assertEquals(Severity.ERROR, RuleProfile.DEFAULT.severity(DATA_PERSONAL_WITHOUT_LEGAL_BASIS));
		assertTrue(RuleProfile.DEFAULT.isEnabled(KPI_STALE));
		assertEquals(new BigDecimal("12"), RuleProfile.DEFAULT.threshold(RISK_HIGH_WITHOUT_CONTROL));
	}

	@Test
	void unknownCodesAreasSettingsAndValuesAreProblems() {
		RuleProfile profile = RuleProfile.parse("p", """
				STRAT-UC-999.enabled = false
				STRAT-FOO-*.severity = info
				STRAT-UC-001.colour = red
				STRAT-UC-001.severity = loud
				STRAT-UC-001.enabled = maybe
				STRAT-RISK-001.threshold = high
				asOf = soon
				nonsense
				""");
		assertEquals(8, profile.problems().size(), profile.problems().toString());
		assertEquals("line 1: unknown rule code 'STRAT-UC-999'", profile.problems().get(0));
		assertTrue(profile.problems().get(1).startsWith("line 2: unknown rule area 'STRAT-FOO-*'"));
	}

	private void write(String name, String text) throws IOException {
		Files.writeString(folder.resolve(name), text);
	}

	@Test
	void profileInTheModelFolderAppliesToValidation() throws IOException {
		write("stratagem.properties", """
				STRAT-UC-*.severity = error
				STRAT-UC-003.enabled = false
				STRAT-RISK-001.threshold = 20
				""");
		Files.createDirectories(folder.resolve("sub"));
		Path model = folder.resolve("sub/m.strategy");
		Files.writeString(model, """
				usecase U { stage pilot }
				risk R { inherent likelihood 4 impact 4 }
				""");
		workspace.empty().add(model).link();
		assertEquals(List.of("m.strategy:1 ERROR STRAT-UC-001 UseCase U: Use case U is pilot but has no KPI"), workspace.findings(UC_WITHOUT_KPI));
		assertEquals(List.of(), workspace.findings(UC_WITHOUT_OWNER));
		assertEquals(List.of(), workspace.findings(RISK_HIGH_WITHOUT_CONTROL));
		assertEquals(List.of(), workspace.findings(STRUCT_PROFILE_PROBLEM));
	}

	@Test
	void unknownCodeInTheProfileIsReportedOnceForAllTheModelFiles() throws IOException {
		write("stratagem.properties", "STRAT-UC-042.enabled = false\n");
		Path first = Files.writeString(folder.resolve("a.strategy"), "namespace acme\nrole Cio\n");
		Path second = Files.writeString(folder.resolve("b.strategy"), "namespace other\nrole Cio\n");
		workspace.empty().add(first).add(second).link();
		String location = folder.resolve("stratagem.properties").toAbsolutePath().toString();
		assertEquals(List.of("a.strategy:1 ERROR STRAT-STRUCT-010 StrategyModel " + location + ": Rule profile " + location
				+ ": line 1: unknown rule code 'STRAT-UC-042'"), workspace.findings(STRUCT_PROFILE_PROBLEM));
	}

	@Test
	void theProfileOfDocsRulesMdWithItsTrailingCommentsIsValid() {
		String document = RulesDocument.render();
		int start = document.indexOf("```properties\n") + "```properties\n".length();
		RuleProfile profile = RuleProfile.parse("p", document.substring(start, document.indexOf("```", start)));
		assertEquals(List.of(), profile.problems());
		assertFalse(profile.isEnabled(DATA_PERSONAL_WITHOUT_LEGAL_BASIS));
		assertEquals(Severity.WARNING, profile.severity(KPI_TARGET_WRONG_SIDE));
		assertEquals(new BigDecimal("15"), profile.threshold(RISK_HIGH_WITHOUT_CONTROL));
		assertEquals("2027-12-31", profile.asOf().toString());
	}

	@Test
	void asOfDateOfTheProfileDrivesFreshness() throws IOException {
		write("stratagem.properties", "asOf = 2028-06\n");
		Path model = folder.resolve("m.strategy");
		Files.writeString(model, "kpi K { measured quarterly measurement 2027-Q4 = 1 }\n");
		workspace.empty().add(model).link();
		assertEquals(List.of("m.strategy:1 WARNING STRAT-KPI-006 KPI K: KPI K is measured quarterly but its latest measurement (2027-Q4) is older than that on 2028-06"),
				workspace.findings(KPI_STALE));
	}
}
