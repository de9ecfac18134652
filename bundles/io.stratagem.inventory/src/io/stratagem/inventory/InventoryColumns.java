package io.stratagem.inventory;

import java.util.List;
import java.util.Set;

/** The 36 columns of the 2025 federal AI use case inventory, in file order. */
public final class InventoryColumns {

	public static final String AGENCY = "agency";
	public static final String AGENCY_NAME = "agency_name";
	public static final String ID = "id";
	public static final String USE_CASE_NAME = "use_case_name";
	public static final String AGENCY_BUREAU = "agency_bureau";
	public static final String CONTACT_EMAIL = "contact_email";
	public static final String DEVELOPMENT_STAGE = "development_stage";
	public static final String IS_HIGH_IMPACT = "is_high_impact";
	public static final String TOPIC_AREA = "topic_area";
	public static final String CLASSIFICATION = "classification";
	public static final String PROBLEM_SOLVED = "problem_solved";
	public static final String BENEFITS = "benefits";
	public static final String SYSTEM_OUTPUTS = "system_outputs";
	public static final String OPERATIONAL_DATE = "operational_date";
	public static final String VENDOR_NAME = "vendor_name";
	public static final String HAS_PII = "has_pii";
	public static final String DEMOGRAPHIC_FEATURES = "demographic_features";
	public static final String HI_PUBLIC_CONSULTATION = "hi_public_consultation";

	public static final List<String> ALL = List.of(AGENCY, AGENCY_NAME, ID, USE_CASE_NAME, AGENCY_BUREAU, CONTACT_EMAIL,
			"is_withheld", DEVELOPMENT_STAGE, IS_HIGH_IMPACT, "HI_justification", TOPIC_AREA, CLASSIFICATION, PROBLEM_SOLVED,
			BENEFITS, SYSTEM_OUTPUTS, OPERATIONAL_DATE, "contracting_usage", VENDOR_NAME, "have_ato", "system_name_ato",
			"data_description", "link_to_data", HAS_PII, "pia_url", DEMOGRAPHIC_FEATURES, "has_custom_code", "code_url",
			"hi_testing_conducted", "hi_assessment_completed", "hi_potential_impacts", "hi_independent_review",
			"hi_ongoing_monitoring", "hi_training_established", "hi_failsafe_presence", "hi_appeal_process", HI_PUBLIC_CONSULTATION);

	/** Columns holding a stringified list; an empty list is written {@code []}. */
	public static final Set<String> LISTS = Set.of(DEMOGRAPHIC_FEATURES, HI_PUBLIC_CONSULTATION);

	/** The empty list as the inventory writes it. */
	public static final String EMPTY_LIST = "[]";

	/** The minimum-practice columns, each reported as one control per use case. */
	public static boolean isPractice(String column) {
		return column.startsWith("hi_");
	}

	private InventoryColumns() {
	}
}
