package io.stratagem.roadmap.kpi;

import io.stratagem.model.KPI;
import io.stratagem.model.Measurement;

/**
 * Where a KPI stands.
 *
 * @param latest        the measurement with the latest date, or {@code null} when there is none
 * @param trendPerMonth slope of the least-squares line through the measurements, in KPI units per
 *                      month; {@code null} with fewer than two measurement dates
 * @param forecast      the value of that line on the last day of the target date; {@code null}
 *                      without a trend or a target date
 * @param onTrack       whether the forecast reaches the target (is at or beyond it in the KPI's
 *                      direction, or inside the range); {@code null} without a forecast or target
 */
public record KpiStatus(KPI kpi, Rag status, Measurement latest, Double trendPerMonth, Double forecast, Boolean onTrack) {
}
