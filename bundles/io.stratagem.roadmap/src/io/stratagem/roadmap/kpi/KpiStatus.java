package io.stratagem.roadmap.kpi;

import io.stratagem.model.KPI;
import io.stratagem.model.Measurement;

/**
 * Where a KPI stands.
 *
 * @param latest        the measurement with the latest date, or {@code null} when there is none
 * @param trendPerMonth slope of the least-squares line through the measurements, in KPI units per
 *                      month; {@code null} with fewer than two measurement dates
 * @param projection    the forecast for the last day of the target date, inside the values the
 *                      KPI's unit allows, with how it was computed; {@code null} without a trend or
 *                      a target date
 * @param onTrack       whether the forecast reaches the target (is at or beyond it in the KPI's
 *                      direction, or inside the range); {@code null} without a forecast or target.
 *                      It says where the KPI is heading, while {@code status} says where it stands:
 *                      a KPI can be green today and not on track for its target
 */
public record KpiStatus(KPI kpi, Rag status, Measurement latest, Double trendPerMonth, Forecast projection, Boolean onTrack) {

	/** The forecast value, {@code null} without a forecast. */
	public Double forecast() {
		return projection == null ? null : projection.value();
	}
}
