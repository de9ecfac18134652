package io.stratagem.roadmap.readiness;

/**
 * One thing that keeps an aspect of a use case from being ready.
 *
 * @param level  how serious it is: never {@link Readiness#READY}
 * @param reason what is not in place, naming the elements, for instance "DecisionLogging (for
 *               UnderwritingBias) is planned; initiative LifeRiskPilot delivers it by 2028-06-30,
 *               before deployment 2028-09"
 * @param action what would close it, naming the elements, as an instruction ("Put control X into
 *               operation")
 */
public record ReadinessGap(Readiness level, String reason, String action) {

	public ReadinessGap {
		if (level == Readiness.READY) {
			throw new IllegalArgumentException("a gap is on track, at risk or blocked, not ready");
		}
	}
}
