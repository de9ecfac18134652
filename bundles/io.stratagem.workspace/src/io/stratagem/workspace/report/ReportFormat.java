package io.stratagem.workspace.report;

/** The formats a validation report can be written in. */
public enum ReportFormat {
	/** {@code path:line:column: severity CODE message}, one line per finding, as compilers print. */
	text,
	/** The stable JSON document described in docs/cli.md. */
	json,
	/** SARIF 2.1.0, for code-scanning services. */
	sarif,
	/** JUnit XML with one test case per file, for CI test reports. */
	junit
}
