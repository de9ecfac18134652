/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.workbench.diagram;

/** A message page of the Diagram view (nothing selected yet, the server could not start). */
final class DiagramPage {

	private DiagramPage() {
	}

	static String message(String text) {
		return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:sans-serif\"><p>" + escape(text) + "</p></body></html>\n";
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
