package io.stratagem.diagram.roadmap;

import java.time.LocalDate;

/** One quarter of the timeline, e.g. {@code 2027 Q1}, and the horizontal span it takes. */
public record QuarterColumn(String label, LocalDate firstDay, double x, double width) {
}
