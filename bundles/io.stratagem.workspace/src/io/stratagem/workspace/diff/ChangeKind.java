package io.stratagem.workspace.diff;

/**
 * The kinds of change in meaning a strategy diff reports, in report order: grouped by the section
 * of the report they belong to ({@link Section}).
 */
public enum ChangeKind {
	USE_CASE_ADDED("useCaseAdded", Section.USE_CASES),
	USE_CASE_REMOVED("useCaseRemoved", Section.USE_CASES),
	/** The use case moved from one lifecycle stage to another. */
	USE_CASE_MOVED("useCaseMoved", Section.USE_CASES),
	RISK_ADDED("riskAdded", Section.RISKS),
	RISK_REMOVED("riskRemoved", Section.RISKS),
	/** The exposure (residual score, else inherent) went up. */
	RISK_SCORE_UP("riskScoreUp", Section.RISKS),
	RISK_SCORE_DOWN("riskScoreDown", Section.RISKS),
	KPI_TARGET_CHANGED("kpiTargetChanged", Section.KPIS),
	KPI_TARGET_DATE_CHANGED("kpiTargetDateChanged", Section.KPIS),
	/** The critical path of a roadmap ends on another day. */
	CRITICAL_PATH_END_MOVED("criticalPathEndMoved", Section.ROADMAP),
	INITIATIVE_ADDED("initiativeAdded", Section.ROADMAP),
	INITIATIVE_REMOVED("initiativeRemoved", Section.ROADMAP),
	/** The initiative finishes later (its early finish). */
	INITIATIVE_SLIPPED("initiativeSlipped", Section.ROADMAP),
	INITIATIVE_ADVANCED("initiativeAdvanced", Section.ROADMAP),
	CONTROL_ADDED("controlAdded", Section.CONTROLS),
	CONTROL_REMOVED("controlRemoved", Section.CONTROLS),
	CONTROL_STATUS_CHANGED("controlStatusChanged", Section.CONTROLS),
	/** A framework requirement is better evidenced by the model's controls (missing, planned, evidenced). */
	COVERAGE_GAINED("coverageGained", Section.CONTROLS),
	COVERAGE_LOST("coverageLost", Section.CONTROLS);

	/** The sections of a diff report, in order. */
	public enum Section {
		USE_CASES("Use cases"), RISKS("Risks"), KPIS("KPIs"), ROADMAP("Roadmap"), CONTROLS("Controls and framework coverage");

		private final String title;

		Section(String title) {
			this.title = title;
		}

		public String title() {
			return title;
		}
	}

	private final String label;
	private final Section section;

	ChangeKind(String label, Section section) {
		this.label = label;
		this.section = section;
	}

	/** The name of the kind in the JSON report. */
	public String label() {
		return label;
	}

	public Section section() {
		return section;
	}
}
