package io.stratagem.archimate;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which ArchiMate concept each Stratagem concept becomes, the one table the export, the import and
 * docs/archimate.md follow. The choices the standard leaves open are explained in the document.
 */
public final class ArchimateMapping {

	/** The namespace of the Open Group's ArchiMate 3.x exchange format (3.0, 3.1 and 3.2 share it). */
	public static final String NAMESPACE = "http://www.opengroup.org/xsd/archimate/3.0/";
	/** Where the 3.1 schema with diagrams is published, for {@code xsi:schemaLocation}. */
	public static final String SCHEMA_LOCATION = "http://www.opengroup.org/xsd/archimate/3.1/archimate3_Diagram.xsd";
	public static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

	/**
	 * Prefix of every property Stratagem defines, so that a user's own property keys never collide.
	 * An item such as {@code target 90} becomes {@code stratagem:target}; the names below have a
	 * space, so that they never collide with a keyword of the language.
	 */
	public static final String PREFIX = "stratagem:";
	/** The element's Stratagem keyword, e.g. {@code usecase}: tells apart concepts that share an ArchiMate type. */
	public static final String KIND = PREFIX + "concept keyword";
	/** The element's qualified name, e.g. {@code acme.goals.Growth}. */
	public static final String NAME = PREFIX + "qualified name";
	/** The .strategy file the element was written in, relative to the exported folder. */
	public static final String FILE = PREFIX + "source file";
	/** On the model, once per file: its path, then its namespace and import lines. */
	public static final String FILE_HEADER = PREFIX + "file header";
	/** On an element: what its header holds after name and title (a phase's dates, a milestone's date). */
	public static final String HEADING = PREFIX + "in header";
	/** On a relationship: the words of the reference in .strategy, e.g. {@code measured by}. */
	public static final String REFERENCE = PREFIX + "reference";
	/**
	 * On a relationship whose ArchiMate direction is the reverse of the reference's, value
	 * {@code target}: the target is the element the reference is written in.
	 */
	public static final String REFERRER = PREFIX + "referrer";
	/** On a triggering relationship of a dependency: what follows the initiative, e.g. {@code starts lag 2 weeks}. */
	public static final String DEPENDENCY = PREFIX + "dependency";
	/** The {@link #REFERENCE} of the relationship from a roadmap or phase to an element it contains. */
	public static final String CONTAINS = "contains";

	/** A Stratagem concept: its keyword in .strategy and its ArchiMate element type. */
	public record Concept(String keyword, String archimateType) {
	}

	/** An ArchiMate relationship type, and whether it points from the referenced element to the referring one. */
	public record Relation(String type, boolean reversed) {
	}

	/** By metamodel class name, in the order of the language reference. */
	private static final Map<String, Concept> CONCEPTS = new LinkedHashMap<>();
	/** By {@code Class.reference}, or {@code *.reference} for a reference every class has in common. */
	private static final Map<String, Relation> RELATIONS = new LinkedHashMap<>();

	static {
		concept("Strategy", "strategy", "CourseOfAction");
		concept("Objective", "objective", "Goal");
		concept("KPI", "kpi", "Outcome");
		concept("UseCase", "usecase", "Capability");
		concept("Roadmap", "roadmap", "WorkPackage");
		concept("Phase", "phase", "WorkPackage");
		concept("Initiative", "initiative", "WorkPackage");
		concept("ChangeInitiative", "change", "WorkPackage");
		concept("TrainingProgram", "training", "WorkPackage");
		concept("LiteracyProgram", "literacy", "WorkPackage");
		concept("Milestone", "milestone", "ImplementationEvent");
		concept("EthicsPrinciple", "principle", "Principle");
		concept("Control", "control", "Constraint");
		concept("FrameworkRequirement", "requirement", "Requirement");
		concept("Risk", "risk", "Assessment");
		concept("EthicsReview", "review", "Assessment");
		concept("BusinessUnit", "unit", "BusinessActor");
		concept("Team", "team", "BusinessActor");
		concept("Partner", "partner", "BusinessActor");
		concept("Role", "role", "BusinessRole");
		concept("DataAsset", "data", "BusinessObject");
		concept("Capability", "capability", "Node");
		concept("Skill", "skill", "Resource");

		relation("*.owner", "Association", false);
		relation("Strategy.sponsor", "Association", false);
		relation("Strategy.objectives", "Realization", false);
		relation("Strategy.principles", "Realization", false);
		relation("Objective.parent", "Aggregation", true);
		relation("Objective.kpis", "Realization", true);
		relation("BusinessUnit.parent", "Aggregation", true);
		relation("BusinessUnit.head", "Association", false);
		relation("Role.unit", "Assignment", true);
		relation("UseCase.unit", "Association", false);
		relation("UseCase.objectives", "Realization", false);
		relation("UseCase.dataAssets", "Association", false);
		relation("UseCase.skills", "Association", false);
		relation("UseCase.capabilities", "Realization", true);
		relation("UseCase.partners", "Realization", true);
		relation("UseCase.kpis", "Realization", false);
		relation("UseCase.risks", "Association", false);
		relation("UseCase.affectedRoles", "Association", false);
		relation("DataAsset.steward", "Association", false);
		relation("DataAsset.derivedFrom", "Association", false);
		relation("Capability.provider", "Association", false);
		relation("Team.unit", "Aggregation", true);
		relation("Team.lead", "Association", false);
		relation("TrainingProgram.skills", "Realization", false);
		relation("TrainingProgram.teams", "Association", false);
		relation("TrainingProgram.provider", "Association", false);
		relation("LiteracyProgram.units", "Association", false);
		relation("EthicsPrinciple.requirements", "Influence", false);
		relation("EthicsReview.useCases", "Association", false);
		relation("EthicsReview.board", "Association", false);
		relation("EthicsReview.approver", "Association", false);
		relation("EthicsReview.principles", "Influence", false);
		relation("ChangeInitiative.units", "Association", false);
		relation("ChangeInitiative.affectedRoles", "Association", false);
		relation("ChangeInitiative.sponsor", "Association", false);
		relation("ChangeInitiative.useCases", "Realization", false);
		relation("ChangeInitiative.adoptionKpi", "Influence", false);
		relation("Risk.controls", "Influence", false);
		relation("Risk.useCases", "Association", false);
		relation("Risk.requirements", "Influence", false);
		relation("Control.requirements", "Influence", false);
		relation("Control.useCases", "Realization", true);
		relation("FrameworkRequirement.parent", "Aggregation", true);
		relation("Roadmap.strategy", "Realization", false);
		relation("Initiative.team", "Assignment", true);
		relation("Initiative.dependencies", "Triggering", true);
		relation("Milestone.after", "Triggering", true);
		relation("Milestone.gates", "Association", false);
		// "delivers": realization where ArchiMate allows a work package to realize the deliverable's type
		relation("Initiative.deliverables", "Realization", false);
	}

	private ArchimateMapping() {
	}

	private static void concept(String eClass, String keyword, String type) {
		CONCEPTS.put(eClass, new Concept(keyword, type));
	}

	private static void relation(String reference, String type, boolean reversed) {
		RELATIONS.put(reference, new Relation(type, reversed));
	}

	/** Every concept by metamodel class name, in the order of the language reference. */
	public static Map<String, Concept> concepts() {
		return java.util.Collections.unmodifiableMap(CONCEPTS);
	}

	/** Every relationship by {@code Class.reference}, in the order of the language reference. */
	public static Map<String, Relation> relations() {
		return java.util.Collections.unmodifiableMap(RELATIONS);
	}

	/** The concept of a metamodel class, empty when the class is not exported as an element. */
	public static Optional<Concept> concept(String eClass) {
		return Optional.ofNullable(CONCEPTS.get(eClass));
	}

	/** The concept with this keyword. */
	public static Optional<Concept> conceptOfKeyword(String keyword) {
		return CONCEPTS.values().stream().filter(c -> c.keyword().equals(keyword)).findFirst();
	}

	/**
	 * The relationship for a reference of an element of class {@code eClass} to an element of class
	 * {@code targetClass}: the table's, association for a reference the table does not list.
	 */
	public static Relation relation(String eClass, String reference, String targetClass) {
		Relation relation = RELATIONS.get(eClass + "." + reference);
		if (relation == null) {
			relation = RELATIONS.getOrDefault("*." + reference, new Relation("Association", false));
		}
		if (reference.equals("deliverables") && !targetClass.equals("UseCase") && !targetClass.equals("Capability")) {
			return new Relation("Association", false); // a work package realizes no business object and no work package
		}
		return relation;
	}

	/**
	 * The concept an element of another tool becomes when it carries no {@link #KIND}: the first
	 * concept of its type, for the types Stratagem has a top-level concept for.
	 */
	public static Optional<Concept> conceptOfForeignType(String archimateType) {
		return switch (archimateType) {
		case "WorkPackage" -> conceptOfKeyword("change");
		case "DataObject" -> conceptOfKeyword("data");
		case "SystemSoftware", "Device" -> conceptOfKeyword("capability");
		case "ImplementationEvent" -> Optional.empty(); // a milestone lives in a roadmap and needs a date
		default -> CONCEPTS.values().stream().filter(c -> c.archimateType().equals(archimateType)).findFirst();
		};
	}
}
