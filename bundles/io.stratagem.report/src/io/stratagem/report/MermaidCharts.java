package io.stratagem.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.stratagem.roadmap.ModelElements;
import io.stratagem.model.Dependency;
import io.stratagem.model.Initiative;
import io.stratagem.model.KPI;
import io.stratagem.model.NamedElement;
import io.stratagem.model.Objective;
import io.stratagem.model.UseCase;
import io.stratagem.roadmap.schedule.Schedule;
import io.stratagem.roadmap.schedule.ScheduledInitiative;

/**
 * Mermaid sources a Git host renders: the roadmap as a {@code gantt}, and the strategy as a
 * {@code flowchart} (objectives, the use cases that serve them, their KPIs, and the initiatives
 * that deliver them with their dependencies). Node ids are generated; labels go through
 * {@link Markdown#mermaid(String)}, so no model text can break the syntax.
 */
final class MermaidCharts {

	private MermaidCharts() {
	}

	static String gantt(Schedule schedule) {
		StringBuilder mmd = new StringBuilder("gantt\n    title Roadmap\n    dateFormat YYYY-MM-DD\n");
		if (schedule != null) {
			Object phase = new Object();
			int task = 0;
			for (ScheduledInitiative s : schedule.initiatives()) {
				if (s.phase() != phase) {
					phase = s.phase();
					mmd.append("    section ").append(Markdown.mermaid(s.phase() == null ? "Not in a phase" : ModelElements.label(s.phase()))).append('\n');
				}
				mmd.append("    ").append(Markdown.mermaid(ModelElements.label(s.initiative()))).append(" :").append(s.critical() ? "crit, " : "")
						.append("t").append(++task).append(", ").append(s.earlyStart()).append(", ").append(s.earlyFinish().plusDays(1)).append('\n');
			}
		}
		return mmd.toString();
	}

	static String flowchart(ModelElements model, Schedule schedule) {
		Map<NamedElement, String> ids = new HashMap<>();
		StringBuilder mmd = new StringBuilder("flowchart LR\n");
		subgraph(mmd, "objectives", "Objectives", model.all(Objective.class), "o", ids, "([", "])");
		subgraph(mmd, "useCases", "Use cases", model.all(UseCase.class), "u", ids, "[", "]");
		subgraph(mmd, "kpis", "KPIs", model.all(KPI.class), "k", ids, "[/", "/]");
		subgraph(mmd, "initiatives", "Initiatives", model.all(Initiative.class), "i", ids, "[[", "]]");
		for (Objective objective : model.all(Objective.class)) {
			edge(mmd, ids, objective.getParent(), objective, " --> ");
		}
		for (UseCase useCase : model.all(UseCase.class)) {
			useCase.getObjectives().forEach(objective -> edge(mmd, ids, useCase, objective, " -->|serves| "));
			useCase.getKpis().forEach(kpi -> edge(mmd, ids, useCase, kpi, " -.->|measured by| "));
		}
		for (Initiative initiative : model.all(Initiative.class)) {
			initiative.getDeliverables().forEach(deliverable -> edge(mmd, ids, initiative, deliverable, " -->|delivers| "));
			for (Dependency dependency : initiative.getDependencies()) {
				edge(mmd, ids, dependency.getTarget(), initiative, " ==> ");
			}
		}
		if (schedule != null) {
			List<Initiative> critical = schedule.criticalPath();
			if (!critical.isEmpty()) {
				mmd.append("    classDef critical stroke:#c0392b,stroke-width:3px\n    class ");
				mmd.append(String.join(",", critical.stream().map(ids::get).filter(id -> id != null).toList())).append(" critical\n");
			}
		}
		return mmd.toString();
	}

	private static void subgraph(StringBuilder mmd, String id, String title, List<? extends NamedElement> elements, String prefix,
			Map<NamedElement, String> ids, String open, String close) {
		if (elements.isEmpty()) {
			return;
		}
		mmd.append("    subgraph ").append(id).append(" [").append(title).append("]\n");
		for (NamedElement element : elements) {
			String nodeId = prefix + (ids.size() + 1);
			ids.put(element, nodeId);
			mmd.append("        ").append(nodeId).append(open).append('"').append(Markdown.mermaid(ModelElements.label(element))).append('"').append(close)
					.append('\n');
		}
		mmd.append("    end\n");
	}

	private static void edge(StringBuilder mmd, Map<NamedElement, String> ids, Object from, Object to, String arrow) {
		String source = ids.get(from);
		String target = ids.get(to);
		if (source != null && target != null) {
			mmd.append("    ").append(source).append(arrow).append(target).append('\n');
		}
	}
}
