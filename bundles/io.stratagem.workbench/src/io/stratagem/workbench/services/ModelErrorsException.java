/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.workbench.services;

import java.util.List;
import java.util.stream.Collectors;

import io.stratagem.workspace.report.Finding;

/** The models have errors, so an artifact was not written; the message names the first errors and where they are. */
public class ModelErrorsException extends Exception {

	private static final long serialVersionUID = 1L;

	private static final int SHOWN = 10;

	public ModelErrorsException(String what, List<Finding> errors) {
		super(what + ": the models have " + errors.size() + " errors; fix them (see the Problems view):\n"
				+ errors.stream().limit(SHOWN).map(f -> f.file() + (f.line() > 0 ? ":" + f.line() + ":" + f.column() : "") + ": " + f.code() + " " + f.message())
						.collect(Collectors.joining("\n"))
				+ (errors.size() > SHOWN ? "\n..." : ""));
	}
}
