/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.workbench.services;

import java.nio.file.Path;

import org.eclipse.xtext.validation.Issue;

import io.stratagem.workspace.report.CoreCodes;
import io.stratagem.workspace.report.Severity;

/**
 * A finding on a model file, where the editor can mark it.
 *
 * @param line   1-based, 0 when the finding is about the whole file
 * @param offset characters from the start of the file, -1 when unknown
 */
public record FileProblem(Path file, Severity severity, String code, String message, int line, int offset, int length) {

	/** An Xtext validation issue of a file, with the code the command line shows for it. */
	public static FileProblem of(Path file, Issue issue) {
		Severity severity = Severity.of(issue.getSeverity());
		int line = issue.getLineNumber() == null ? 0 : issue.getLineNumber();
		int offset = issue.getOffset() == null ? -1 : issue.getOffset();
		int length = issue.getLength() == null ? 0 : issue.getLength();
		return new FileProblem(file, severity, CoreCodes.of(issue.getCode()), issue.getMessage(), line, offset, length);
	}
}
