package io.stratagem.report;

/** A validation finding shown on the findings page; severity is error, warning or info. */
public record ReportDiagnostic(String severity, String code, String message, String file, int line, int column) {
}
