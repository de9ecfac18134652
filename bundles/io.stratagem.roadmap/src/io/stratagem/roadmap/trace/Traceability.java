package io.stratagem.roadmap.trace;

import java.util.List;

import io.stratagem.model.Control;
import io.stratagem.model.FrameworkRequirement;
import io.stratagem.model.KPI;
import io.stratagem.model.Objective;
import io.stratagem.model.Risk;
import io.stratagem.model.UseCase;

/** The traceability matrices of a model and its coverage of each framework present. */
public record Traceability(TraceMatrix<Objective, UseCase> objectiveUseCase, TraceMatrix<UseCase, KPI> useCaseKpi,
		TraceMatrix<Risk, Control> riskControl, TraceMatrix<Control, FrameworkRequirement> controlRequirement,
		List<FrameworkCoverage> coverage) {

	public Traceability {
		coverage = List.copyOf(coverage);
	}
}
