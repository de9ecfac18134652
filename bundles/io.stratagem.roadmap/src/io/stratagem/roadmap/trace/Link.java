package io.stratagem.roadmap.trace;

/** One filled cell of a traceability matrix. */
public record Link<R, C>(R row, C column) {
}
