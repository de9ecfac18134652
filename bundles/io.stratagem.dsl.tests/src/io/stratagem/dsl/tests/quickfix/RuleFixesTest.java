package io.stratagem.dsl.tests.quickfix;

import static io.stratagem.dsl.validation.RuleCodes.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import io.stratagem.dsl.formatting2.DocumentFormatter;
import io.stratagem.dsl.ide.quickfix.RuleFix;
import io.stratagem.dsl.ide.quickfix.RuleFixes;
import io.stratagem.dsl.tests.StrategyInjectorProvider;
import io.stratagem.dsl.tests.Workspace;

/**
 * Each quick fix, applied to a formatted file, makes its finding disappear and leaves the file
 * formatted (the formatter changes nothing in the result).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(StrategyInjectorProvider.class)
class RuleFixesTest {

	@Inject
	private Workspace workspace;

	@Inject
	private RuleFixes ruleFixes;

	@Inject
	private DocumentFormatter formatter;

	private List<RuleFix> fixes(String code, String text) {
		workspace.empty().add("m.strategy", text).link();
		XtextResource resource = workspace.resource("m.strategy");
		Issue issue = workspace.issues("m.strategy").stream().filter(i -> code.equals(i.getCode())).findFirst()
				.orElseThrow(() -> new AssertionError("no " + code + " in " + workspace.findings()));
		return ruleFixes.fixes(resource, issue);
	}

	/** Applies fix {@code choice}, checks the result, and returns the labels of all fixes offered. */
	private String assertFix(String code, int choice, String before, String after) {
		assertEquals(before, format(before), "the fixture is formatted");
		List<RuleFix> fixes = fixes(code, before);
		assertTrue(fixes.size() > choice, "fixes: " + fixes);
		String fixed = fixes.get(choice).applyTo(before);
		assertEquals(after, fixed);
		workspace.empty().add("m.strategy", fixed).link();
		assertEquals(List.of(), workspace.allIssues());
		assertEquals(List.of(), workspace.findings(code));
		assertEquals(fixed, format(fixed), "the fixed file is formatted");
		return fixes.stream().map(RuleFix::label).collect(Collectors.joining("; "));
	}

	private String format(String text) {
		workspace.empty().add("f.strategy", text);
		return formatter.format(workspace.resource("f.strategy"));
	}

	@Test
	void endOnTheStartDate() {
		assertFix(STRUCT_END_BEFORE_START, 0, """
				training T {
					start 2027-03
					end 2027-01
				}
				""", """
				training T {
					start 2027-03
					end 2027-03
				}
				""");
	}

	@Test
	void moveADateIntoTheHorizon() {
		String labels = assertFix(STRUCT_OUTSIDE_HORIZON, 0, """
				strategy S {
					horizon 2027-Q1 to 2029-Q4
				}

				usecase U {
					deployment 2030-01
				}
				""", """
				strategy S {
					horizon 2027-Q1 to 2029-Q4
				}

				usecase U {
					deployment 2029-Q4
				}
				""");
		assertEquals("Move deployment into the horizon: 2029-Q4", labels);
	}

	@Test
	void moveAnEarlyDateToTheHorizonStart() {
		assertFix(STRUCT_OUTSIDE_HORIZON, 0, """
				strategy S {
					horizon 2027-Q1 to 2029-Q4
				}

				objective O {
					due 2026-06
				}
				""", """
				strategy S {
					horizon 2027-Q1 to 2029-Q4
				}

				objective O {
					due 2027-Q1
				}
				""");
	}

	@Test
	void serveAnObjective() {
		String labels = assertFix(STRAT_USE_CASE_WITHOUT_OBJECTIVE, 1, """
				objective B

				objective A

				usecase U {
					stage idea
				}
				""", """
				objective B

				objective A

				usecase U {
					stage idea
					serves B
				}
				""");
		assertEquals("Serve objective A; Serve objective B", labels);
	}

	@Test
	void setAnOwnerOfAStrategyObjectiveUseCaseDataAssetRisk() {
		String roles = "namespace acme.org\n\nrole Cro\n";
		workspace.empty();
		for (String[] c : new String[][] { { STRAT_WITHOUT_OWNER, "strategy S" }, { STRAT_WITHOUT_OWNER, "objective O" },
				{ UC_WITHOUT_OWNER, "usecase U" }, { DATA_WITHOUT_OWNER, "data D" }, { RISK_WITHOUT_OWNER, "risk R" } }) {
			assertFix(c[0], 0, roles + "\n" + c[1] + "\n", roles + "\n" + c[1] + " {\n\towner Cro\n}\n");
		}
	}

	@Test
	void ownerFromAnotherNamespaceIsQualifiedUnlessImported() {
		workspace.empty().add("org.strategy", "namespace acme.org\nrole Cro\n").add("m.strategy", "namespace acme.risks\n\nrisk R\n").link();
		Issue issue = workspace.issues("m.strategy").stream().filter(i -> RISK_WITHOUT_OWNER.equals(i.getCode())).findFirst().orElseThrow();
		String fixed = ruleFixes.fixes(workspace.resource("m.strategy"), issue).get(0).applyTo("namespace acme.risks\n\nrisk R\n");
		assertEquals("namespace acme.risks\n\nrisk R {\n\towner acme.org.Cro\n}\n", fixed);
	}

	@Test
	void setASteward() {
		assertFix(DATA_WITHOUT_STEWARD, 0, """
				role Steward

				data D {
					owner Steward
				}
				""", """
				role Steward

				data D {
					owner Steward
					steward Steward
				}
				""");
	}

	@Test
	void linkARoadmapToItsStrategy() {
		assertFix(ROADMAP_WITHOUT_STRATEGY, 0, """
				strategy S

				roadmap R {
					initiative I {
						start 2027-01
					}
				}
				""", """
				strategy S

				roadmap R {
					initiative I {
						start 2027-01
					}
					for S
				}
				""");
	}

	@Test
	void createAKpiForAPilot() {
		assertFix(UC_WITHOUT_KPI, 0, """
				usecase U {
					stage pilot
				}

				kpi UKpi
				""", """
				usecase U {
					stage pilot
					kpis UKpi2
				}

				kpi UKpi2 "KPI of U"

				kpi UKpi
				""");
	}

	@Test
	void createAControlForAHighRisk() {
		assertFix(RISK_HIGH_WITHOUT_CONTROL, 0, """
				risk R {
					inherent likelihood 4 impact 4
				}
				""", """
				risk R {
					inherent likelihood 4 impact 4
					controlled by RControl
				}

				control RControl "Treatment of R" {
					status planned
				}
				""");
	}

	@Test
	void createAChangeInitiative() {
		assertFix(CHANGE_NO_INITIATIVE, 0, """
				role Clerk

				usecase U {
					stage deployed
					affects roles Clerk
				}
				""", """
				role Clerk

				usecase U {
					stage deployed
					affects roles Clerk
				}

				change UChange "Change management for U" {
					supports U
				}
				""");
	}

	@Test
	void createALiteracyProgrammeForOperators() {
		assertFix(LIT_NO_OPERATOR_LITERACY, 0, """
				strategy S

				usecase U {
					stage deployed
				}
				""", """
				strategy S

				literacy AIOperatorLiteracy "AI literacy for staff operating AI" {
					audience aiOperators
				}

				usecase U {
					stage deployed
				}
				""");
	}

	@Test
	void createTheMissingEuAiActControlsOfAHighRiskProvider() {
		assertFix(EUAI_HIGH_RISK_PROVIDER, 0, """
				usecase U {
					euAiAct tier high as provider
				}

				control C {
					satisfies stratagem.euaiact.Art9, stratagem.euaiact.Art14
					applies to U
				}
				""", """
				usecase U {
					euAiAct tier high as provider
				}

				control UAiAct "EU AI Act controls of U" {
					status planned
					satisfies stratagem.euaiact.Art10, stratagem.euaiact.Art11, stratagem.euaiact.Art12, stratagem.euaiact.Art13, stratagem.euaiact.Art15
					applies to U
				}

				control C {
					satisfies stratagem.euaiact.Art9, stratagem.euaiact.Art14
					applies to U
				}
				""");
	}

	@Test
	void createDeployerFriaAndTransparencyControls() {
		String deployer = "usecase U {\n\teuAiAct tier high as deployer\n}\n";
		assertFix(EUAI_HIGH_RISK_DEPLOYER, 0, deployer + "\ncontrol F {\n\tsatisfies stratagem.euaiact.Art27\n\tapplies to U\n}\n",
				deployer + "\ncontrol UAiAct \"EU AI Act controls of U\" {\n\tstatus planned\n\tsatisfies stratagem.euaiact.Art26\n\tapplies to U\n}\n"
						+ "\ncontrol F {\n\tsatisfies stratagem.euaiact.Art27\n\tapplies to U\n}\n");
		assertFix(EUAI_FRIA, 0, deployer + "\ncontrol D {\n\tsatisfies stratagem.euaiact.Art26\n\tapplies to U\n}\n",
				deployer + "\ncontrol UAiAct \"EU AI Act controls of U\" {\n\tstatus planned\n\tsatisfies stratagem.euaiact.Art27\n\tapplies to U\n}\n"
						+ "\ncontrol D {\n\tsatisfies stratagem.euaiact.Art26\n\tapplies to U\n}\n");
		String limited = "usecase L {\n\teuAiAct tier limited\n}\n";
		assertFix(EUAI_LIMITED_TRANSPARENCY, 0, limited,
				limited + "\ncontrol LAiAct \"EU AI Act controls of L\" {\n\tstatus planned\n\tsatisfies stratagem.euaiact.Art50\n\tapplies to L\n}\n");
	}

	@Test
	void createTheMissingOmbPractices() {
		String useCase = "usecase U {\n\tstage pilot\n\thighImpact yes\n}\n";
		String existing = "\ncontrol C {\n\tsatisfies stratagem.omb.PreDeploymentTesting, stratagem.omb.ImpactAssessment, stratagem.omb.OngoingMonitoring,"
				+ " stratagem.omb.HumanTraining, stratagem.omb.HumanOversight\n\tapplies to U\n}\n";
		assertFix(OMB_MINIMUM_PRACTICES, 0, useCase + existing, useCase
				+ "\ncontrol UOmb \"OMB M-25-21 minimum practices of U\" {\n\tstatus planned\n\tsatisfies stratagem.omb.RemediesAndAppeals, stratagem.omb.PublicConsultation\n\tapplies to U\n}\n"
				+ existing);
	}

	@Test
	void classifyTheEuAiActTier() {
		String labels = assertFix(EUAI_UNCLASSIFIED_IN_USE, 1, "usecase U {\n\tstage deployed\n}\n", "usecase U {\n\tstage deployed\n\teuAiAct tier limited\n}\n");
		assertEquals("Classify as minimal risk; Classify as limited risk; Classify as high risk", labels);
	}

	@Test
	void singleLineBlocksGetTheItemInline() {
		List<RuleFix> fixes = fixes(UC_WITHOUT_OWNER, "role R\nusecase U { stage idea }\n");
		assertEquals("role R\nusecase U { stage idea owner R }\n", fixes.get(0).applyTo("role R\nusecase U { stage idea }\n"));
	}

	@Test
	void atLeastTwelveRulesHaveFixes() {
		assertTrue(RuleFixes.FIXABLE.size() >= 12);
	}
}
