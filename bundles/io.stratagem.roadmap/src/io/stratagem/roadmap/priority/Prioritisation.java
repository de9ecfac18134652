package io.stratagem.roadmap.priority;

/** The portfolio ranked by WSJF and by RICE, and its value/effort matrix. */
public record Prioritisation(Ranking wsjf, Ranking rice, ValueEffortMatrix matrix) {
}
