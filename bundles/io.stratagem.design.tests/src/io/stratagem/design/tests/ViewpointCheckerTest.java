/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.design.tests;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The viewpoint check fails on copies of the specification with one mistake each, naming the
 * element and the attribute: the consistency test above cannot pass by accident.
 */
class ViewpointCheckerTest {

	@Test
	void aWrongFeatureInAnAqlNavigationIsReported() throws Exception {
		assertFinding(Viewpoints.mutated("semanticCandidatesExpression=\"aql:self.phases\"", "semanticCandidatesExpression=\"aql:self.fases\""),
				"containerMappings[Phase] @semanticCandidatesExpression: Roadmap has no feature 'fases'");
	}

	@Test
	void aFeatureOfTheWrongTypeDeepInAChainIsReported() throws Exception {
		assertFinding(Viewpoints.mutated("-&gt;filter(model::UseCase).risks.controls-&gt;asSet()", "-&gt;filter(model::UseCase).controls-&gt;asSet()"),
				"nodeMappings[Control] @semanticCandidatesExpression: UseCase has no feature 'controls'");
	}

	@Test
	void anUnknownDomainClassIsReported() throws Exception {
		assertFinding(Viewpoints.mutated("domainClass=\"model::Milestone\"", "domainClass=\"model::Milestones\""),
				"nodeMappings[Milestone] @domainClass: the metamodel has no type Milestones");
	}

	@Test
	void aCreationToolIntoAReferenceThatDoesNotExistIsReported() throws Exception {
		assertFinding(Viewpoints.mutated("typeName=\"model::Initiative\" referenceName=\"initiatives\"", "typeName=\"model::Initiative\" referenceName=\"tasks\""),
				"ownedTools[createInitiative]/initialOperation/firstModelOperations @referenceName: Roadmap has no feature 'tasks'");
	}

	@Test
	void aSetValueOfTheWrongTypeIsReported() throws Exception {
		assertFinding(Viewpoints.mutated("featureName=\"target\" valueExpression=\"aql:target\"", "featureName=\"target\" valueExpression=\"aql:'x'\""),
				"@valueExpression: Dependency.target needs a Initiative, the expression gives a EString");
	}

	@Test
	void anEdgeWhoseFinderReachesAnotherTypeThanItsTargetIsReported() throws Exception {
		assertFinding(Viewpoints.mutated("targetFinderExpression=\"aql:self.controls\"", "targetFinderExpression=\"aql:self.useCases\""),
				"edgeMappings[RiskControl] @targetFinderExpression: gives UseCase elements, which can never be Control");
	}

	@Test
	void anUnknownEnumerationLiteralIsReported() throws Exception {
		assertFinding(Viewpoints.mutated("model::InitiativeStatus::done", "model::InitiativeStatus::finished"),
				"enumeration InitiativeStatus has no literal 'finished'");
	}

	@Test
	void anExpressionInAnotherLanguageThanAqlIsReported() throws Exception {
		assertFinding(Viewpoints.mutated("titleExpression=\"aql:'Roadmap ' + self.name\"", "titleExpression=\"service:roadmapTitle\""),
				"@titleExpression: 'service:roadmapTitle' is not an AQL expression");
	}

	@Test
	void aMappingReferenceThatDoesNotResolveIsReported() throws Exception {
		assertFinding(Viewpoints.mutated("@nodeMappings[name='Milestone']\"", "@nodeMappings[name='Milestones']\""),
				"does not resolve");
	}

	@Test
	void aDocumentTypeDeclarationIsRefused() throws Exception {
		String withEntity = Viewpoints.mutated("<description:Group", "<!DOCTYPE g [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<description:Group");
		IOException error = assertThrows(IOException.class, () -> Viewpoints.check(withEntity));
		assertTrue(error.getMessage().contains(Viewpoints.RELATIVE_PATH) && error.getMessage().contains("DOCTYPE"), error.getMessage());
	}

	private static void assertFinding(String odesign, String expected) throws IOException {
		List<String> findings = Viewpoints.check(odesign);
		assertTrue(findings.stream().anyMatch(f -> f.contains(expected)), () -> "expected a finding containing: " + expected + "\nfound:\n" + String.join("\n", findings));
	}
}
