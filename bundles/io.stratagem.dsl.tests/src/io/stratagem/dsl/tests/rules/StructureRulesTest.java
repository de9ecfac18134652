package io.stratagem.dsl.tests.rules;

import static io.stratagem.dsl.validation.RuleCodes.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Rules of area STRUCT. */
class StructureRulesTest extends RuleTest {

	@Test
	void duplicateNameInOneNamespaceAcrossFiles() {
		workspace.empty().add("a.strategy", """
				namespace acme
				role Cio
				""").add("b.strategy", """
				namespace acme
				unit Cio
				""").link();
		assertEquals(List.of("a.strategy:2 ERROR STRAT-STRUCT-001 Role Cio: Cio is declared more than once in namespace acme",
				"b.strategy:2 ERROR STRAT-STRUCT-001 BusinessUnit Cio: Cio is declared more than once in namespace acme"),
				workspace.findings(STRUCT_DUPLICATE_NAME));
	}

	@Test
	void sameNameInOtherNamespacesIsFine() {
		workspace.empty().add("a.strategy", "namespace a\nrole Cio\n").add("b.strategy", "namespace b\nrole Cio\n").link();
		assertEquals(List.of(), workspace.findings(STRUCT_DUPLICATE_NAME));
	}

	@Test
	void objectiveRefinementCycle() {
		assertEquals(List.of("m.strategy:1 ERROR STRAT-STRUCT-002 Objective A: Objective A refines itself through A -> B -> A"),
				findings(STRUCT_OBJECTIVE_CYCLE, """
						objective A { refines B }
						objective B { refines A }
						objective C { refines A }
						"""));
	}

	@Test
	void objectiveTreeHasNoCycle() {
		assertEquals(List.of(), findings(STRUCT_OBJECTIVE_CYCLE, "objective A\nobjective B { refines A }\n"));
	}

	@Test
	void businessUnitCycle() {
		assertEquals(List.of("m.strategy:1 ERROR STRAT-STRUCT-011 BusinessUnit A: Business unit A is part of itself through A -> A"),
				findings(STRUCT_UNIT_CYCLE, "unit A { part of A }\nunit B { part of A }\n"));
	}

	@Test
	void businessUnitTree() {
		assertEquals(List.of(), findings(STRUCT_UNIT_CYCLE, "unit A\nunit B { part of A }\n"));
	}

	@Test
	void initiativeDependencyCycle() {
		assertEquals(List.of("m.strategy:3 ERROR STRAT-STRUCT-003 Initiative X: Initiative X depends on itself through X -> Y -> X"),
				findings(STRUCT_DEPENDENCY_CYCLE, """
						roadmap R {
							initiative S { start 2027-01 }
							initiative X { after Y }
							initiative Y { after X starts }
							initiative Z { after X }
						}
						"""));
	}

	@Test
	void acyclicDependencies() {
		assertEquals(List.of(), findings(STRUCT_DEPENDENCY_CYCLE, """
				roadmap R {
					initiative X { start 2027-01 }
					initiative Y { after X }
				}
				"""));
	}

	@Test
	void endBeforeStart() {
		assertEquals(List.of("m.strategy:2 ERROR STRAT-STRUCT-004 TrainingProgram T: T ends (2027-01) before it starts (2027-03)",
				"m.strategy:3 ERROR STRAT-STRUCT-004 Strategy S: S ends (2026-Q4) before it starts (2027-Q1)",
				"m.strategy:4 ERROR STRAT-STRUCT-004 Partner P: P ends (2026-12) before it starts (2027-01)",
				"m.strategy:5 ERROR STRAT-STRUCT-004 Capability C: C ends (2026-12) before it starts (2027-01)"), findings(STRUCT_END_BEFORE_START, """
						namespace x
						training T { start 2027-03 end 2027-01 }
						strategy S { horizon 2027-Q1 to 2026-Q4 }
						partner P { contract from 2027-01 until 2026-12 }
						capability C { available from 2027-01 available until 2026-12 }
						"""));
	}

	@Test
	void endOnOrAfterStart() {
		assertEquals(List.of(), findings(STRUCT_END_BEFORE_START, """
				training T { start 2027-03 end 2027-03 }
				strategy S { horizon 2027-Q1 to 2029-Q4 }
				"""));
	}

	private static final String HORIZON = "strategy S { horizon 2027-Q1 to 2029-Q4 }\n";

	@Test
	void datesOutsideTheHorizon() {
		assertEquals(List.of(
				"m.strategy:2 WARNING STRAT-STRUCT-005 UseCase U: U: deployment 2030-01 is outside the strategy horizon 2027-Q1 to 2029-Q4",
				"m.strategy:3 WARNING STRAT-STRUCT-005 Objective O: O: due 2026-12 is outside the strategy horizon 2027-Q1 to 2029-Q4",
				"m.strategy:5 WARNING STRAT-STRUCT-005 Initiative I: I: start 2026-06 is outside the strategy horizon 2027-Q1 to 2029-Q4",
				"m.strategy:6 WARNING STRAT-STRUCT-005 Milestone M: M: date 2030-Q1 is outside the strategy horizon 2027-Q1 to 2029-Q4"),
				findings(STRUCT_OUTSIDE_HORIZON, HORIZON + """
						usecase U { deployment 2030-01 }
						objective O { due 2026-12 }
						roadmap R {
							initiative I { start 2026-06 }
							milestone M at 2030-Q1
						}
						"""));
	}

	@Test
	void datesInsideTheHorizon() {
		assertEquals(List.of(), findings(STRUCT_OUTSIDE_HORIZON, HORIZON + """
				usecase U { deployment 2029-12-31 }
				objective O { due 2027-Q1 }
				roadmap R { initiative I { start 2027-01 end 2029-Q4 } }
				"""));
	}

	@Test
	void phasesOverlap() {
		assertEquals(List.of("m.strategy:3 WARNING STRAT-STRUCT-006 Phase B: Phase B starts (2027-Q4) before the previous phase A ends (2027-12)"),
				findings(STRUCT_PHASE_OVERLAP, """
						roadmap R {
							phase A 2027-01 to 2027-12 { }
							phase B 2027-Q4 to 2028-Q4 { }
						}
						"""));
	}

	@Test
	void consecutivePhasesNeitherOverlapNorGap() {
		String text = """
				roadmap R {
					phase A 2027-01 to 2027-12 { }
					phase B 2028-Q1 to 2028-Q4 { }
					phase C 2029-01-01 to 2029-12 { }
				}
				""";
		assertEquals(List.of(), findings(STRUCT_PHASE_OVERLAP, text));
		assertEquals(List.of(), findings(STRUCT_PHASE_GAP, text));
	}

	@Test
	void phasesWithAGap() {
		assertEquals(List.of("m.strategy:3 WARNING STRAT-STRUCT-007 Phase B: Phase B starts (2028-Q2) after a gap since the previous phase A ended (2027-12)"),
				findings(STRUCT_PHASE_GAP, """
						roadmap R {
							phase A 2027-01 to 2027-12 { }
							phase B 2028-Q2 to 2028-Q4 { }
						}
						"""));
	}

	@Test
	void suppressionWithoutJustification() {
		assertEquals(List.of("m.strategy:1 ERROR STRAT-STRUCT-008 Suppression U: U: the suppression of STRAT-UC-003 has no justification"),
				findings(STRUCT_SUPPRESSION_UNJUSTIFIED, "usecase U { suppress STRAT-UC-003 \" \" }\n"));
	}

	@Test
	void justifiedSuppression() {
		assertEquals(List.of(), findings(STRUCT_SUPPRESSION_UNJUSTIFIED, "usecase U { suppress STRAT-UC-003 \"owned by the board\" }\n"));
	}

	@Test
	void suppressionOfAnUnknownCode() {
		assertEquals(List.of("m.strategy:1 ERROR STRAT-STRUCT-009 Suppression U: U: STRAT-UC-999 is not a rule code"),
				findings(STRUCT_SUPPRESSION_UNKNOWN_CODE, "usecase U { suppress STRAT-UC-999 \"typo\" }\n"));
	}

	@Test
	void suppressionOfAKnownCode() {
		assertEquals(List.of(), findings(STRUCT_SUPPRESSION_UNKNOWN_CODE, "usecase U { suppress STRAT-UC-003 \"ok\" property \"suppress X\" = \"\" }\n"));
	}
}
