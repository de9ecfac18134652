package io.stratagem.archimate.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.stratagem.archimate.ArchimateExport;
import io.stratagem.testing.ProjectFiles;

/**
 * Each row of the mapping in docs/archimate.md, on a hand-made model with every concept and every
 * reference (resources/every-concept.strategy): the exact ArchiMate element and relationship types.
 */
class MappingTest {

	@TempDir
	Path dir;

	private List<String> concepts() throws Exception {
		Path model = ProjectFiles.root().resolve("bundles/io.stratagem.archimate.tests/resources/every-concept.strategy");
		ArchimateExport.Result result = Exchange.export(dir, Files.readString(model));
		assertEquals(List.of(), Exchange.schemaErrors(result.xml()));
		return Exchange.types(result.xml());
	}

	@Test
	void eachConceptBecomesItsArchimateElementAndEachReferenceItsRelationship() throws Exception {
		assertEquals(List.of(
				"CourseOfAction t.S",
				"Goal t.Grow",
				"Goal t.GrowSub",
				"Outcome t.Revenue",
				"BusinessActor t.Group",
				"BusinessActor t.Sales",
				"BusinessRole t.Sponsor",
				"Capability t.Assist",
				"BusinessObject t.Customers",
				"BusinessObject t.Raw",
				"Node t.Gpu",
				"Resource t.Prompting",
				"BusinessActor t.Squad",
				"WorkPackage t.Course",
				"WorkPackage t.Basics",
				"Principle t.Fair",
				"Assessment t.Board",
				"BusinessActor t.Vendor",
				"WorkPackage t.Adoption",
				"Assessment t.Bias",
				"Constraint t.Review",
				"Requirement t.Transparency",
				"Requirement t.Law",
				"WorkPackage t.Plan",
				"WorkPackage t.One",
				"WorkPackage t.Build",
				"WorkPackage t.Run",
				"ImplementationEvent t.Live",
				"Association t.S -> t.Sponsor (sponsor)",
				"Realization t.S -> t.Grow (objectives)",
				"Realization t.S -> t.Fair (principles)",
				"Realization t.Revenue -> t.Grow (measured by)",
				"Aggregation t.Grow -> t.GrowSub (refines)",
				"Aggregation t.Group -> t.Sales (part of)",
				"Association t.Sales -> t.Sponsor (head)",
				"Assignment t.Group -> t.Sponsor (in)",
				"Association t.Assist -> t.Sales (unit)",
				"Realization t.Assist -> t.Grow (serves)",
				"Association t.Assist -> t.Customers (uses data)",
				"Association t.Assist -> t.Prompting (requires skills)",
				"Realization t.Gpu -> t.Assist (requires capabilities)",
				"Realization t.Vendor -> t.Assist (partners)",
				"Realization t.Assist -> t.Revenue (kpis)",
				"Association t.Assist -> t.Bias (risks)",
				"Association t.Assist -> t.Sponsor (affects roles)",
				"Association t.Assist -> t.Sponsor (owner)",
				"Association t.Customers -> t.Sponsor (steward)",
				"Association t.Customers -> t.Raw (derived from)",
				"Association t.Gpu -> t.Vendor (provider)",
				"Aggregation t.Sales -> t.Squad (in)",
				"Association t.Squad -> t.Sponsor (lead)",
				"Realization t.Course -> t.Prompting (teaches)",
				"Association t.Course -> t.Squad (for)",
				"Association t.Course -> t.Vendor (provider)",
				"Association t.Basics -> t.Sales (units)",
				"Influence t.Fair -> t.Transparency (answers)",
				"Association t.Board -> t.Assist (of)",
				"Association t.Board -> t.Squad (board)",
				"Association t.Board -> t.Sponsor (approver)",
				"Influence t.Board -> t.Fair (principles)",
				"Association t.Adoption -> t.Sales (for)",
				"Association t.Adoption -> t.Sponsor (affects roles)",
				"Association t.Adoption -> t.Sponsor (sponsor)",
				"Realization t.Adoption -> t.Assist (supports)",
				"Influence t.Adoption -> t.Revenue (adoption)",
				"Influence t.Bias -> t.Review (controlled by)",
				"Association t.Bias -> t.Assist (affects)",
				"Influence t.Bias -> t.Transparency (addresses)",
				"Influence t.Review -> t.Transparency (satisfies)",
				"Realization t.Assist -> t.Review (applies to)",
				"Aggregation t.Law -> t.Transparency (part of)",
				"Realization t.Plan -> t.S (for)",
				"Composition t.Plan -> t.One (contains)",
				"Composition t.One -> t.Build (contains)",
				"Assignment t.Squad -> t.Build (team)",
				"Realization t.Build -> t.Assist (delivers)",
				"Association t.Build -> t.Customers (delivers)",
				"Composition t.One -> t.Run (contains)",
				"Triggering t.Build -> t.Run (after)",
				"Association t.One -> t.Live (contains)",
				"Triggering t.Run -> t.Live (after)",
				"Association t.Live -> t.Revenue (gate)"), concepts());
	}
}
