/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.ide.insight;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;

import com.google.inject.Inject;

import io.stratagem.model.KPI;
import io.stratagem.model.Risk;
import io.stratagem.model.RiskRating;
import io.stratagem.model.UseCase;
import io.stratagem.roadmap.kpi.KpiStatus;
import io.stratagem.roadmap.kpi.KpiStatusService;
import io.stratagem.roadmap.kpi.Rag;
import io.stratagem.roadmap.priority.Method;
import io.stratagem.roadmap.priority.PriorityService;
import io.stratagem.roadmap.priority.RankedUseCase;
import io.stratagem.roadmap.priority.Ranking;
import io.stratagem.roadmap.priority.Unrankable;
import io.stratagem.roadmap.readiness.DimensionReadiness;
import io.stratagem.roadmap.readiness.Readiness;
import io.stratagem.roadmap.readiness.ReadinessService;
import io.stratagem.roadmap.readiness.UseCaseReadiness;
import io.stratagem.roadmap.risk.RiskProfile;
import io.stratagem.roadmap.risk.RiskScore;
import io.stratagem.roadmap.risk.RiskService;

/**
 * One-line and markdown summaries of what the roadmap engine computes for an element (a KPI's
 * status and forecast, a risk's scores, a use case's rank and readiness), shared by code lenses
 * and hovers so both say the same thing. The engine services are injected, so a language module
 * may bind other implementations.
 */
public class ElementInsights {

	@Inject
	private KpiStatusService kpiStatuses;

	@Inject
	private RiskService risks;

	@Inject
	private PriorityService priorities;

	@Inject
	private ReadinessService readiness;

	/** {@code green · 72% (2026-03) · forecast 85% by 2027-Q4, on track}. */
	public String kpiStatus(KPI kpi) {
		KpiStatus status = kpiStatuses.status(kpi);
		if (status.status() == Rag.NO_DATA) {
			return "no measurement yet";
		}
		List<String> parts = new ArrayList<>();
		parts.add(status.status() == Rag.UNRATED ? "unrated (no thresholds to rate against)" : status.status().name().toLowerCase(Locale.ROOT));
		parts.add(value(kpi, status.latest().getValue()) + " (" + status.latest().getDate() + ")");
		if (status.forecast() != null) {
			String track = status.onTrack() == null ? "" : status.onTrack() ? ", on track" : ", off track";
			parts.add("forecast " + value(kpi, BigDecimal.valueOf(status.forecast()).setScale(1, RoundingMode.HALF_UP)) + " by " + kpi.getTargetDate()
					+ track);
		}
		return String.join(" · ", parts);
	}

	/** {@code inherent 12 (4 × 3) · residual 6 (2 × 3)}, or what is wrong with a rating. */
	public String riskScores(Risk risk) {
		RiskProfile profile = risks.profile(List.of(risk));
		RiskScore score = profile.scores().get(0);
		return rating("inherent", risk.getInherent(), score.inherent()) + " · " + rating("residual", risk.getResidual(), score.residual());
	}

	private static String rating(String kind, RiskRating rating, Integer score) {
		if (rating == null) {
			return kind + " not rated";
		}
		if (score == null) {
			return kind + " invalid (" + rating.getLikelihood() + " × " + rating.getImpact() + ")";
		}
		return kind + " " + score + " (" + rating.getLikelihood() + " × " + rating.getImpact() + ")";
	}

	/**
	 * {@code WSJF 3.2 · rank 2 of 7}: the use case's place among the peers (the use cases it is
	 * ranked with), or why it cannot be ranked.
	 */
	public String rank(Method method, UseCase useCase, List<UseCase> peers) {
		Ranking ranking = priorities.rank(method, peers);
		for (RankedUseCase ranked : ranking.ranked()) {
			if (ranked.useCase() == useCase) {
				return method + " " + number(ranked.score()) + " · rank " + ranked.rank() + " of " + ranking.ranked().size();
			}
		}
		for (Unrankable unrankable : ranking.unrankable()) {
			if (unrankable.useCase() == useCase) {
				return method + " not ranked: " + unrankable.reason();
			}
		}
		throw new IllegalArgumentException("The use case " + useCase.getName() + " is not among the peers it is ranked with");
	}

	/** The readiness of the use case, assessed over the given roots (which must hold what it depends on). */
	public UseCaseReadiness readiness(UseCase useCase, Iterable<? extends EObject> roots) {
		for (UseCaseReadiness assessed : readiness.assess(roots)) {
			if (assessed.useCase() == useCase) {
				return assessed;
			}
		}
		throw new IllegalArgumentException("The use case " + useCase.getName() + " is not under the roots its readiness is assessed over");
	}

	/** Markdown: the overall readiness, then one line per dimension with its reasons. */
	public String readinessMarkdown(UseCaseReadiness assessed) {
		StringBuilder text = new StringBuilder("Readiness: **" + word(assessed.overall()) + "**");
		for (DimensionReadiness dimension : assessed.dimensions()) {
			text.append("\n- ").append(dimension.dimension().name().toLowerCase(Locale.ROOT).replace('_', ' ')).append(": ")
					.append(word(dimension.readiness())).append(" — ").append(String.join("; ", dimension.reasons()));
		}
		return text.toString();
	}

	private static String word(Readiness readiness) {
		return readiness.name().toLowerCase(Locale.ROOT).replace('_', ' ');
	}

	private static String value(KPI kpi, BigDecimal value) {
		String unit = kpi.getUnit();
		if (unit == null || unit.isEmpty()) {
			return number(value);
		}
		return "%".equals(unit) ? number(value) + "%" : number(value) + " " + unit;
	}

	private static String number(BigDecimal value) {
		BigDecimal rounded = value.scale() > 2 ? value.setScale(2, RoundingMode.HALF_UP) : value;
		return rounded.stripTrailingZeros().toPlainString();
	}
}
