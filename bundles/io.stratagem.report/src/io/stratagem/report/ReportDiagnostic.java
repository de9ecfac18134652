package io.stratagem.report;

/**
 * A validation finding shown on the findings page and on the page of the element it is about;
 * severity is error, warning or info.
 *
 * @param element the qualified name of the element the finding is about, or null
 */
public record ReportDiagnostic(String severity, String code, String message, String file, int line, int column, String element) {
}
