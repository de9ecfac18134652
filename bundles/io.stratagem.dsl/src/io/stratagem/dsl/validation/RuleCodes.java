/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.validation;

/**
 * The stable codes of the validation rules, defined once and used by the validators, the rule
 * catalogue ({@link RuleCatalogue}), rule profiles, suppressions, the tests and docs/rules.md.
 * A code never changes meaning; a retired rule's code is not reused.
 */
public final class RuleCodes {

	private RuleCodes() {
	}

	/** Every rule code starts with this prefix. */
	public static final String PREFIX = "STRAT-";

	// structure
	public static final String STRUCT_DUPLICATE_NAME = "STRAT-STRUCT-001";
	public static final String STRUCT_OBJECTIVE_CYCLE = "STRAT-STRUCT-002";
	public static final String STRUCT_DEPENDENCY_CYCLE = "STRAT-STRUCT-003";
	public static final String STRUCT_END_BEFORE_START = "STRAT-STRUCT-004";
	public static final String STRUCT_OUTSIDE_HORIZON = "STRAT-STRUCT-005";
	public static final String STRUCT_PHASE_OVERLAP = "STRAT-STRUCT-006";
	public static final String STRUCT_PHASE_GAP = "STRAT-STRUCT-007";
	public static final String STRUCT_SUPPRESSION_UNJUSTIFIED = "STRAT-STRUCT-008";
	public static final String STRUCT_SUPPRESSION_UNKNOWN_CODE = "STRAT-STRUCT-009";
	public static final String STRUCT_PROFILE_PROBLEM = "STRAT-STRUCT-010";
	public static final String STRUCT_UNIT_CYCLE = "STRAT-STRUCT-011";

	// strategy and objectives
	public static final String STRAT_OBJECTIVE_UNSERVED = "STRAT-STRAT-001";
	public static final String STRAT_USE_CASE_WITHOUT_OBJECTIVE = "STRAT-STRAT-002";
	public static final String STRAT_WITHOUT_OWNER = "STRAT-STRAT-003";
	public static final String STRAT_WITHOUT_HORIZON = "STRAT-STRAT-004";
	public static final String STRAT_OBJECTIVE_WITHOUT_KPI = "STRAT-STRAT-005";
	public static final String STRAT_OBJECTIVE_DUE_AFTER_PARENT = "STRAT-STRAT-006";
	public static final String STRAT_KPI_TARGET_AFTER_OBJECTIVE = "STRAT-STRAT-007";

	// use cases
	public static final String UC_WITHOUT_KPI = "STRAT-UC-001";
	public static final String UC_PRIORITY_INPUTS_MISSING = "STRAT-UC-002";
	public static final String UC_WITHOUT_OWNER = "STRAT-UC-003";
	public static final String UC_WITHOUT_DEPLOYMENT_DATE = "STRAT-UC-004";
	public static final String UC_EFFORT_NOT_POSITIVE = "STRAT-UC-005";
	public static final String UC_DEPLOYED_BEFORE_DELIVERED = "STRAT-UC-006";

	// data
	public static final String DATA_WITHOUT_OWNER = "STRAT-DATA-001";
	public static final String DATA_WITHOUT_STEWARD = "STRAT-DATA-002";
	public static final String DATA_PERSONAL_WITHOUT_LEGAL_BASIS = "STRAT-DATA-003";
	public static final String DATA_PERSONAL_WITHOUT_ASSESSMENT = "STRAT-DATA-004";
	public static final String DATA_QUALITY_BELOW_THRESHOLD = "STRAT-DATA-005";
	public static final String DATA_WITHOUT_RETENTION = "STRAT-DATA-006";
	public static final String DATA_LINEAGE_CYCLE = "STRAT-DATA-007";
	public static final String DATA_PERSONAL_DATA_DENIED = "STRAT-DATA-008";

	// infrastructure
	public static final String INFRA_CAPABILITY_NOT_YET_AVAILABLE = "STRAT-INFRA-001";
	public static final String INFRA_CAPABILITY_ENDS_IN_HORIZON = "STRAT-INFRA-002";
	public static final String INFRA_CAPABILITY_WITHOUT_DATE = "STRAT-INFRA-003";
	public static final String INFRA_PROVIDER_CONTRACT_ENDS_FIRST = "STRAT-INFRA-004";

	// partners and vendors
	public static final String VENDOR_CONTRACT_ENDS_IN_HORIZON = "STRAT-VENDOR-001";
	public static final String VENDOR_CRITICAL_WITHOUT_EXIT_PLAN = "STRAT-VENDOR-002";
	public static final String VENDOR_CRITICAL_WITHOUT_DUE_DILIGENCE = "STRAT-VENDOR-003";
	public static final String VENDOR_CONTRACT_ENDS_BEFORE_DEPLOYMENT = "STRAT-VENDOR-004";

	// talent
	public static final String TALENT_SKILL_NOT_COVERED = "STRAT-TALENT-001";
	public static final String TALENT_GAP_WITHOUT_TRAINING = "STRAT-TALENT-002";
	public static final String TALENT_STAFFED_BEFORE_TRAINED = "STRAT-TALENT-003";
	public static final String TALENT_CAPACITY_ABOVE_SIZE = "STRAT-TALENT-004";

	// AI literacy
	public static final String LIT_NO_OPERATOR_LITERACY = "STRAT-LIT-001";
	public static final String LIT_WITHOUT_AUDIENCE = "STRAT-LIT-002";
	public static final String LIT_WITHOUT_REACH = "STRAT-LIT-003";

	// ethics
	public static final String ETHICS_NO_APPROVED_REVIEW = "STRAT-ETHICS-001";
	public static final String ETHICS_OPEN_CONDITION = "STRAT-ETHICS-002";
	public static final String ETHICS_REJECTED_IN_USE = "STRAT-ETHICS-003";

	// change
	public static final String CHANGE_NO_INITIATIVE = "STRAT-CHANGE-001";
	public static final String CHANGE_WITHOUT_ADOPTION_KPI = "STRAT-CHANGE-002";
	public static final String CHANGE_WITHOUT_SPONSOR = "STRAT-CHANGE-003";

	// KPIs
	public static final String KPI_WITHOUT_BASELINE = "STRAT-KPI-001";
	public static final String KPI_WITHOUT_TARGET = "STRAT-KPI-002";
	public static final String KPI_WITHOUT_UNIT = "STRAT-KPI-003";
	public static final String KPI_TARGET_WRONG_SIDE = "STRAT-KPI-004";
	public static final String KPI_MEASUREMENT_OUTSIDE_HORIZON = "STRAT-KPI-005";
	public static final String KPI_STALE = "STRAT-KPI-006";
	public static final String KPI_THRESHOLDS_INCONSISTENT = "STRAT-KPI-007";
	public static final String KPI_RANGE_INVALID = "STRAT-KPI-008";
	public static final String KPI_FORECAST_MISSES_TARGET = "STRAT-KPI-009";

	// risks
	public static final String RISK_HIGH_WITHOUT_CONTROL = "STRAT-RISK-001";
	public static final String RISK_RESIDUAL_ABOVE_INHERENT = "STRAT-RISK-002";
	public static final String RISK_WITHOUT_OWNER = "STRAT-RISK-003";
	public static final String RISK_RATING_OUT_OF_SCALE = "STRAT-RISK-004";
	public static final String RISK_WITHOUT_RATING = "STRAT-RISK-005";
	public static final String RISK_RESIDUAL_WITHOUT_CONTROL = "STRAT-RISK-006";

	// roadmap
	public static final String ROADMAP_WITHOUT_STRATEGY = "STRAT-ROADMAP-001";
	public static final String ROADMAP_INITIATIVE_UNSCHEDULED = "STRAT-ROADMAP-002";
	public static final String ROADMAP_DELIVERY_AFTER_NEED = "STRAT-ROADMAP-003";
	public static final String ROADMAP_INITIATIVE_OUTSIDE_PHASE = "STRAT-ROADMAP-004";
	public static final String ROADMAP_GATE_UNMEASURED = "STRAT-ROADMAP-005";
	public static final String ROADMAP_TEAM_OVER_ALLOCATED = "STRAT-ROADMAP-006";
	public static final String ROADMAP_SCHEDULE_CONFLICT = "STRAT-ROADMAP-007";
	public static final String ROADMAP_CAPACITY_UNCHECKED = "STRAT-ROADMAP-008";

	// EU AI Act
	public static final String EUAI_UNACCEPTABLE = "STRAT-EUAI-001";
	public static final String EUAI_HIGH_RISK_PROVIDER = "STRAT-EUAI-002";
	public static final String EUAI_HIGH_RISK_DEPLOYER = "STRAT-EUAI-003";
	public static final String EUAI_FRIA = "STRAT-EUAI-004";
	public static final String EUAI_LIMITED_TRANSPARENCY = "STRAT-EUAI-005";
	public static final String EUAI_UNCLASSIFIED_IN_USE = "STRAT-EUAI-006";

	// OMB M-25-21
	public static final String OMB_MINIMUM_PRACTICES = "STRAT-OMB-001";

	// time bounds: dates and durations the schedules, charts and diagrams stay finite on (issue #17)
	public static final String TIME_DATE_OUT_OF_BOUNDS = "STRAT-TIME-001";
	public static final String TIME_DURATION_TOO_LONG = "STRAT-TIME-002";

	// NIST AI RMF and ISO/IEC 42001
	public static final String NIST_FUNCTION_UNCOVERED = "STRAT-NIST-001";
	public static final String ISO_OBJECTIVE_UNCOVERED = "STRAT-ISO-001";

	// internal: a check that failed (issue 17, clean outputs)
	public static final String INT_CHECK_FAILED = "STRAT-INT-001";
}
