package io.stratagem.archimate.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.stratagem.archimate.ArchimateExport;

/** What ArchiMate has no place for travels in properties, written as in .strategy. */
class PropertiesTest {

	static final String MODEL = """
			namespace p

			import stratagem.nist.*

			kpi Claims "Claims cycle time" {
				description "Days from notice to payment"
				unit days
				direction decrease
				baseline 30 at 2026-12
				target 10 by 2028-Q4
				thresholds amber 15 red 20
				measurement 2027-06 = 24 "after the pilot"
				measurement 2027-12 = 18
				property "source" = "claims system"
				suppress STRAT-KPI-001 "Owner named by the board"
			}

			usecase Triage {
				stage pilot
				euAiAct tier high as deployer
				priority {
					value 8
					effort 3
				}
			}

			partner Cloud {
				critical
			}

			control Inventory {
				satisfies GOVERN_1_6
				applies to Triage
			}

			roadmap Plan {
				phase One 2027-Q1 to 2027-Q4 {
					initiative Build {
						start 2027-01
						duration 3 months
					}
					initiative Run {
						after Build starts lag 2 weeks
					}
					milestone Live "Live" at 2027-09
				}
			}
			""";

	@TempDir
	Path dir;

	@Test
	void aKpisValuesTargetsMeasurementsUserPropertiesAndSuppressionsAreProperties() throws Exception {
		ArchimateExport.Result result = Exchange.export(dir, MODEL);
		assertEquals(List.of(
				"Outcome Claims cycle time",
				"documentation=Days from notice to payment",
				"stratagem:concept keyword=kpi",
				"stratagem:qualified name=p.Claims",
				"stratagem:source file=model.strategy",
				"stratagem:unit=days",
				"stratagem:direction=decrease",
				"stratagem:baseline=30 at 2026-12",
				"stratagem:target=10 by 2028-Q4",
				"stratagem:thresholds=amber 15 red 20",
				"stratagem:measurement=2027-06 = 24 \"after the pilot\"",
				"stratagem:measurement=2027-12 = 18",
				"source=claims system",
				"stratagem:suppress=STRAT-KPI-001 \"Owner named by the board\""), Exchange.concept(result.xml(), "id-p.Claims"));
	}

	@Test
	void enumerationsTiersPrioritiesAndFlagsAreProperties() throws Exception {
		ArchimateExport.Result result = Exchange.export(dir, MODEL);
		assertEquals(concept("Capability Triage", "usecase", "p.Triage",
				"stratagem:stage=pilot",
				"stratagem:euAiAct=tier high as deployer",
				"stratagem:priority={ value 8 effort 3 }"), Exchange.concept(result.xml(), "id-p.Triage"));
		assertEquals(concept("BusinessActor Cloud", "partner", "p.Cloud",
				"stratagem:critical="), Exchange.concept(result.xml(), "id-p.Cloud"));
	}

	@Test
	void aReferenceToTheBuiltInLibraryStaysAnItemAndALocalOneIsARelationship() throws Exception {
		ArchimateExport.Result result = Exchange.export(dir, MODEL);
		assertEquals(concept("Constraint Inventory", "control", "p.Inventory",
				"stratagem:satisfies=GOVERN_1_6"), Exchange.concept(result.xml(), "id-p.Inventory"));
		assertEquals(List.of("Realization p.Triage -> p.Inventory (applies to)"),
				Exchange.types(result.xml()).stream().filter(t -> t.endsWith("(applies to)")).toList());
	}

	@Test
	void aPhasesDatesAndAMilestonesDateAreHeaderProperties() throws Exception {
		ArchimateExport.Result result = Exchange.export(dir, MODEL);
		assertEquals(concept("WorkPackage One", "phase", "p.One",
				"stratagem:in header=2027-Q1 to 2027-Q4"), Exchange.concept(result.xml(), "id-p.One"));
		assertEquals(concept("ImplementationEvent Live", "milestone", "p.Live",
				"stratagem:in header=at 2027-09"), Exchange.concept(result.xml(), "id-p.Live"));
	}

	@Test
	void aDependencyIsATriggeringRelationshipThatKeepsItsTypeAndLag() throws Exception {
		ArchimateExport.Result result = Exchange.export(dir, MODEL);
		assertEquals(List.of(
				"Triggering",
				"stratagem:reference=after",
				"stratagem:dependency=starts lag 2 weeks",
				"stratagem:referrer=target"), Exchange.concept(result.xml(), Exchange.relationship(result.xml(), "Triggering", "p.Build", "p.Run")));
	}

	/**
	 * What a concept of model.strategy lists: its type and name, the keyword that declared it, its
	 * qualified name and the file, then {@code properties}.
	 */
	private static List<String> concept(String typeAndName, String keyword, String qualifiedName, String... properties) {
		List<String> expected = new ArrayList<>(List.of(typeAndName, "stratagem:concept keyword=" + keyword, "stratagem:qualified name=" + qualifiedName,
				"stratagem:source file=model.strategy"));
		expected.addAll(List.of(properties));
		return expected;
	}
}
