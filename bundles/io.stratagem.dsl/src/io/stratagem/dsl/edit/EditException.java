/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.edit;

/** A model edit that cannot be made, with a message that tells the user why and what to do instead. */
public class EditException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public EditException(String message) {
		super(message);
	}
}
