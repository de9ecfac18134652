/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.workbench.services;

import java.nio.file.Path;

import io.stratagem.cli.report.Severity;

/**
 * A finding on a model file, where the editor can mark it.
 *
 * @param line   1-based, 0 when the finding is about the whole file
 * @param offset characters from the start of the file, -1 when unknown
 */
public record FileProblem(Path file, Severity severity, String code, String message, int line, int offset, int length) {
}
