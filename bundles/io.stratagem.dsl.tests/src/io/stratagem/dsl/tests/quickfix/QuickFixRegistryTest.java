package io.stratagem.dsl.tests.quickfix;

import static io.stratagem.dsl.validation.RuleCodes.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import io.stratagem.dsl.ide.quickfix.RuleFixes;
import io.stratagem.dsl.tests.StrategyInjectorProvider;
import io.stratagem.dsl.tests.Workspace;
import io.stratagem.dsl.validation.RuleCatalogue;

/**
 * The quick fixes are registered once per rule code: every registered code is a rule of the
 * catalogue, its rule's finding carries the issue data its fix reads, and the fix offers something
 * on it. The rules whose fixes read more than the element attach exactly that data.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(StrategyInjectorProvider.class)
class QuickFixRegistryTest {

	private static final String DEPLOYER = "usecase U {\n\teuAiAct tier high as deployer\n}\n";

	/** A file with a finding of each fixable code. */
	private static final Map<String, String> FIXTURES = new LinkedHashMap<>();

	static {
		FIXTURES.put(STRUCT_END_BEFORE_START, "training T {\n\tstart 2027-03\n\tend 2027-01\n}\n");
		FIXTURES.put(STRUCT_OUTSIDE_HORIZON, "strategy S {\n\thorizon 2027-Q1 to 2029-Q4\n}\n\nusecase U {\n\tdeployment 2030-01\n}\n");
		FIXTURES.put(STRAT_USE_CASE_WITHOUT_OBJECTIVE, "objective A\n\nusecase U {\n\tstage idea\n}\n");
		FIXTURES.put(STRAT_WITHOUT_OWNER, "role Cro\n\nstrategy S\n");
		FIXTURES.put(UC_WITHOUT_OWNER, "role Cro\n\nusecase U\n");
		FIXTURES.put(DATA_WITHOUT_OWNER, "role Cro\n\ndata D\n");
		FIXTURES.put(RISK_WITHOUT_OWNER, "role Cro\n\nrisk R\n");
		FIXTURES.put(DATA_WITHOUT_STEWARD, "role Steward\n\ndata D {\n\towner Steward\n}\n");
		FIXTURES.put(ROADMAP_WITHOUT_STRATEGY, "strategy S\n\nroadmap R {\n\tinitiative I {\n\t\tstart 2027-01\n\t}\n}\n");
		FIXTURES.put(UC_WITHOUT_KPI, "usecase U {\n\tstage pilot\n}\n");
		FIXTURES.put(RISK_HIGH_WITHOUT_CONTROL, "risk R {\n\tinherent likelihood 4 impact 4\n}\n");
		FIXTURES.put(CHANGE_NO_INITIATIVE, "role Clerk\n\nusecase U {\n\tstage deployed\n\taffects roles Clerk\n}\n");
		FIXTURES.put(LIT_NO_OPERATOR_LITERACY, "strategy S\n\nusecase U {\n\tstage deployed\n}\n");
		FIXTURES.put(EUAI_HIGH_RISK_PROVIDER, "usecase U {\n\teuAiAct tier high as provider\n}\n");
		FIXTURES.put(EUAI_HIGH_RISK_DEPLOYER, DEPLOYER);
		FIXTURES.put(EUAI_FRIA, DEPLOYER);
		FIXTURES.put(EUAI_LIMITED_TRANSPARENCY, "usecase L {\n\teuAiAct tier limited\n}\n");
		FIXTURES.put(EUAI_UNCLASSIFIED_IN_USE, "usecase U {\n\tstage deployed\n}\n");
		FIXTURES.put(OMB_MINIMUM_PRACTICES, "usecase U {\n\tstage deployed\n\thighImpact yes\n}\n");
	}

	@Inject
	private Workspace workspace;

	@Inject
	private RuleFixes ruleFixes;

	private Issue finding(String code) {
		workspace.empty().add("m.strategy", FIXTURES.get(code)).link();
		return workspace.issues("m.strategy").stream().filter(i -> code.equals(i.getCode())).findFirst()
				.orElseThrow(() -> new AssertionError("no " + code + " in " + workspace.findings()));
	}

	private List<String> dataOf(String code) {
		return List.of(finding(code).getData());
	}

	@Test
	void fixableCodesAreTheRegisteredOnesEachARuleWithOneFix() {
		assertEquals(FIXTURES.keySet(), Set.copyOf(RuleFixes.FIXABLE), "a fixture for each registered code, no other");
		assertEquals(RuleFixes.FIXABLE.size(), Set.copyOf(RuleFixes.FIXABLE).size(), "each code once");
		for (String code : RuleFixes.FIXABLE) {
			assertTrue(RuleCatalogue.isKnown(code), code);
			assertNotNull(RuleFixes.fixOf(code), code);
		}
		assertNull(RuleFixes.fixOf(STRUCT_PHASE_OVERLAP));
		assertNull(RuleFixes.fixOf(null));
	}

	@Test
	void everyFixableFindingGetsAtLeastOneFixFromItsIssueData() {
		for (String code : RuleFixes.FIXABLE) {
			Issue issue = finding(code);
			assertFalse(ruleFixes.fixes(workspace.resource("m.strategy"), issue).isEmpty(), code + " with data " + List.of(issue.getData()));
		}
	}

	@Test
	void aPeriodEndingBeforeItsStartCarriesTheStartDate() {
		assertEquals(List.of("T", "2027-01", "2027-03"), dataOf(STRUCT_END_BEFORE_START));
	}

	@Test
	void aDateOutsideTheHorizonCarriesTheHorizonStartAndEndAfterTheMessageArguments() {
		assertEquals(List.of("U", "deployment", "2030-01", "2027-Q1 to 2029-Q4", "2027-Q1", "2029-Q4"), dataOf(STRUCT_OUTSIDE_HORIZON));
	}

	@Test
	void euAiActFindingsCarryTheCodesOfTheMissingRequirementsAfterTheMessageArguments() {
		assertEquals(List.of("U", "Art. 9, Art. 10, Art. 11, Art. 12, Art. 13, Art. 14, Art. 15", "AIA-9", "AIA-10", "AIA-11", "AIA-12", "AIA-13",
				"AIA-14", "AIA-15"), dataOf(EUAI_HIGH_RISK_PROVIDER));
		assertEquals(List.of("U", "Art. 26", "AIA-26"), dataOf(EUAI_HIGH_RISK_DEPLOYER));
		assertEquals(List.of("U", "Art. 27", "AIA-27"), dataOf(EUAI_FRIA));
		assertEquals(List.of("L", "Art. 50", "AIA-50"), dataOf(EUAI_LIMITED_TRANSPARENCY));
	}

	@Test
	void ombFindingsCarryTheCodesOfTheMissingPracticesAfterTheMessageArguments() {
		List<String> data = dataOf(OMB_MINIMUM_PRACTICES);
		assertEquals("U", data.get(0));
		assertEquals(List.of("OMB-M-25-21-4b-i", "OMB-M-25-21-4b-ii", "OMB-M-25-21-4b-iii", "OMB-M-25-21-4b-iv", "OMB-M-25-21-4b-v",
				"OMB-M-25-21-4b-vi", "OMB-M-25-21-4b-vii"), data.subList(2, data.size()));
	}
}
