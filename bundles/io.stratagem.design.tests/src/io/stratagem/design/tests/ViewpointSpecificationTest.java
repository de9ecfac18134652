/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.design.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import io.stratagem.model.xml.SecureXml;

/**
 * The Sirius viewpoint of io.stratagem.design matches the metamodel, so it cannot drift from it
 * unnoticed: checked here without Sirius, which the default build cannot obtain.
 */
class ViewpointSpecificationTest {

	@Test
	void everyClassFeatureAndNavigationOfTheViewpointExistsInTheMetamodel() throws Exception {
		List<String> findings = Viewpoints.check(Viewpoints.specification());
		assertEquals(List.of(), findings, () -> String.join("\n", findings));
	}

	@Test
	void theViewpointHasTheRoadmapAndStrategyGraphDiagramsWithTheirPalettesRulesAndDecorators() throws Exception {
		Element root = SecureXml.parse(Viewpoints.specification(), Viewpoints.RELATIVE_PATH).getDocumentElement();
		assertEquals(List.of("Roadmap:model::Roadmap", "StrategyGraph:model::Strategy"), ViewpointChecker.descendants(root, "ownedRepresentations")
				.stream().map(r -> r.getAttribute("name") + ":" + r.getAttribute("domainClass")).toList());
		assertEquals(Set.of("model::Phase"), classes(root, "containerMappings"));
		assertEquals(Set.of("model::Initiative", "model::Milestone", "model::Objective", "model::UseCase", "model::KPI", "model::Risk",
				"model::Control", "model::DataAsset", "model::Capability", "model::Partner"), classes(root, "nodeMappings"));
		Set<String> tools = names(root, "ownedTools");
		assertTrue(tools.containsAll(Set.of("createUseCase", "createKpi", "createRisk", "createInitiative", "createDependency")), tools::toString);
		assertTrue(names(root, "edgeMappings").containsAll(Set.of("Dependency", "Serves", "UseCaseKpi", "UseCaseRisk", "RiskControl", "UseCaseData",
				"UseCaseCapability", "UseCasePartner")));
		assertTrue(ViewpointChecker.descendants(root, "ownedRules").size() >= 4, "validation rules");
		assertTrue(ViewpointChecker.descendants(root, "decorationDescriptions").size() >= 4, "validation decorators");
	}

	private static Set<String> classes(Element root, String tag) {
		return ViewpointChecker.descendants(root, tag).stream().map(e -> e.getAttribute("domainClass")).collect(Collectors.toSet());
	}

	private static Set<String> names(Element root, String tag) {
		return ViewpointChecker.descendants(root, tag).stream().map(e -> e.getAttribute("name")).collect(Collectors.toSet());
	}
}
