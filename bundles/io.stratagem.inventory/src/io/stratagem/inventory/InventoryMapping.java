package io.stratagem.inventory;

import java.util.List;
import java.util.Map;

import io.stratagem.model.AITechnique;
import io.stratagem.model.Framework;
import io.stratagem.model.LifecycleStage;

/**
 * How the inventory's multiple-choice values map onto metamodel features, both ways. Only exact
 * valid values are mapped; anything else is kept verbatim as a property.
 */
final class InventoryMapping {

	static final Map<String, LifecycleStage> STAGES = Map.of(
			"Pre-deployment", LifecycleStage.PRE_DEPLOYMENT,
			"Pilot", LifecycleStage.PILOT,
			"Deployed", LifecycleStage.DEPLOYED,
			"Retired", LifecycleStage.RETIRED);

	static final Map<String, AITechnique> TECHNIQUES = Map.of(
			"Agentic AI", AITechnique.AGENTIC,
			"Classical ML", AITechnique.CLASSICAL_ML,
			"Computer Vision", AITechnique.COMPUTER_VISION,
			"Generative AI", AITechnique.GENERATIVE_AI,
			"NLP", AITechnique.NLP,
			"Reinforcement Learning", AITechnique.REINFORCEMENT_LEARNING);

	static final String HIGH_IMPACT = "High-impact";
	static final String NOT_HIGH_IMPACT = "Not High-impact";
	static final String YES = "Yes";
	static final String NO = "No";

	/**
	 * The frameworks every imported use case states: OMB M-25-21, the memorandum the inventory is
	 * reported under, so that the rules of the EU AI Act (which does not bind a US agency) do not
	 * run on it. The NIST AI RMF is voluntary guidance, not an obligation of M-25-21, and the
	 * inventory reports nothing its coverage rule could read: an agency that adopts it adds it.
	 */
	static final List<Framework> FRAMEWORKS = List.of(Framework.OMB_M2521);

	/** The property holding the use case's row in the inventory, so that export keeps the order. */
	static final String ROW_PROPERTY = "inventory-row";

	/** The property holding the agency abbreviation on the agency's business unit. */
	static final String AGENCY_PROPERTY = "agency";

	private InventoryMapping() {
	}

	static <T> String labelOf(Map<String, T> map, T value) {
		return map.entrySet().stream().filter(e -> e.getValue() == value).map(Map.Entry::getKey).findFirst().orElse("");
	}

	/** The status of a practice's control, from the inventory's answer. */
	static String controlStatus(String column, String value) {
		String answer = value.toLowerCase(java.util.Locale.ROOT);
		if (answer.contains("in-progress") || answer.contains("in progress")) {
			return "implementing";
		}
		if (column.equals("hi_potential_impacts")) {
			return "operating"; // free text: the impacts are documented
		}
		if (column.equals(InventoryColumns.HI_PUBLIC_CONSULTATION)) {
			return answer.contains("waived") ? "planned" : "operating";
		}
		boolean established = answer.equals("yes") || answer.startsWith("yes ") || answer.startsWith("yes -") || answer.startsWith("yes –")
				|| answer.endsWith("established") || answer.endsWith("review");
		return established ? "operating" : "planned";
	}
}
