/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.workbench.diagram;

import io.stratagem.workbench.services.ProjectModels.DiagramSvgs;

/** The HTML page of a project's diagrams: the roadmap timeline, then the strategy graph, as drawn SVG. */
final class DiagramPage {

	private DiagramPage() {
	}

	static String html(String project, DiagramSvgs svgs) {
		StringBuilder page = new StringBuilder();
		page.append("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>").append(escape(project)).append(" diagrams</title>")
				.append("<style>body{font-family:sans-serif;margin:8px;background:#fff} h2{font-size:14px;margin:12px 0 4px} svg{max-width:none}</style>")
				.append("</head><body>\n");
		page.append("<h2>Roadmap").append(svgs.roadmapName() == null ? "" : " " + escape(svgs.roadmapName())).append("</h2>\n");
		page.append(svgs.roadmap() == null ? "<p>The models of " + escape(project) + " have no roadmap.</p>" : svgs.roadmap()).append('\n');
		page.append("<h2>Strategy graph</h2>\n").append(svgs.strategy()).append("\n</body></html>\n");
		return page.toString();
	}

	static String message(String text) {
		return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:sans-serif\"><p>" + escape(text) + "</p></body></html>\n";
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
