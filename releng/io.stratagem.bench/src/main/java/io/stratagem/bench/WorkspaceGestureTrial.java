/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Injector;

import io.stratagem.dsl.StrategyStandaloneSetup;
import io.stratagem.model.Initiative;
import io.stratagem.model.UseCase;
import io.stratagem.workspace.edit.ElementEdits;
import io.stratagem.workspace.edit.ModelChange;
import io.stratagem.workspace.edit.ModelWorkspace;
import io.stratagem.workspace.edit.RoadmapEdits;
import io.stratagem.workspace.edit.WorkspaceModel;

/**
 * Gesture latency of the editing workspace ({@link ModelWorkspace#edit}), as a diagram's gesture
 * reaches it: the change computed on the current model, written and parsed again. On a folder with
 * a roadmap the gesture is the roadmap diagram's drag of an initiative by a month (forward, then
 * back, so the model stays alike), on the initiatives of the file that holds most of them; on one
 * without, the strategy graph's label edit of a use case's title in the largest file. Timed like
 * {@link WorkspaceSaveTrial}: until {@code edit} returns, and until every file's findings are known.
 * Prints {@code RESULT gesture-median|gesture-p95|gesture-max|gesture-findings-median|gesture-findings-p95
 * <ms> <peak heap>} and {@code COUNT} lines ({@code gestureDrags} 1 for drags, 0 for retitles).
 *
 * <pre>
 * java -cp ... io.stratagem.bench.Trial gesture DIR GESTURES [WARM-UP]
 * </pre>
 */
final class WorkspaceGestureTrial {

	private WorkspaceGestureTrial() {
	}

	static void run(Path folder, int gestures, int warmUp) throws Exception {
		Path copy = Files.createTempDirectory("stratagem-gesture-trial");
		try {
			WorkspaceSaveTrial.copyTree(folder, copy);
			Injector injector = StrategyStandaloneSetup.doSetup();
			RoadmapEdits roadmapEdits = injector.getInstance(RoadmapEdits.class);
			ElementEdits elementEdits = injector.getInstance(ElementEdits.class);
			try (ModelWorkspace workspace = ModelWorkspace.open(copy, injector)) {
				int findings = WorkspaceSaveTrial.allFindings(workspace);
				List<String> initiatives = workspace.read(model -> names(model, mostOf(model, Initiative.class), Initiative.class));
				boolean drag = !initiatives.isEmpty();
				List<String> targets = drag ? initiatives
						: workspace.read(model -> names(model, largest(model), UseCase.class));
				if (targets.isEmpty()) {
					throw new IllegalArgumentException(folder + " has neither an initiative nor a use case to edit");
				}
				WorkspaceSaveTrial.timeChanges(workspace, "gesture", "gesture-findings", gestures, warmUp, step -> {
					// a pair of gestures per target: forward, then back
					String target = targets.get(Math.floorMod((step / 2) * 7919, targets.size()));
					Function<WorkspaceModel, ModelChange> change = drag
							? model -> dragByAMonth(roadmapEdits, model.find(target, Initiative.class), step % 2 == 0 ? 1 : -1)
							: model -> elementEdits.retitle(model.find(target, UseCase.class), "Retitled by gesture " + step);
					workspace.edit(change);
				});
				Trial.count("gestureDrags", drag ? 1 : 0);
				Trial.count("gestures", gestures);
				Trial.count("gestureTargets", targets.size());
				Trial.count("findings", findings);
			}
		} finally {
			Bench.deleteTree(copy);
		}
	}

	/** Moves an initiative's start by {@code months}; its start is explicit or derived as the schedule's editor shows it. */
	private static ModelChange dragByAMonth(RoadmapEdits edits, Initiative initiative, int months) {
		return edits.moveInitiative(initiative, initiative.getStart().firstDay().plusMonths(months));
	}

	/** The file holding the most elements of {@code type}, or null when none holds any. */
	private static XtextResource mostOf(WorkspaceModel model, Class<? extends EObject> type) {
		return model.resources().stream().max(Comparator.comparingLong(r -> count(r, type))).filter(r -> count(r, type) > 0).orElse(null);
	}

	private static XtextResource largest(WorkspaceModel model) {
		return model.resources().stream().max(Comparator.comparingInt(r -> r.getParseResult().getRootNode().getTotalLength())).orElse(null);
	}

	private static long count(XtextResource resource, Class<? extends EObject> type) {
		List<EObject> all = new ArrayList<>();
		resource.getAllContents().forEachRemaining(all::add);
		return all.stream().filter(type::isInstance).count();
	}

	/**
	 * The qualified names of a file's elements of {@code type} (for initiatives, those with an
	 * explicit start, which a drag replaces in place).
	 */
	private static List<String> names(WorkspaceModel model, XtextResource resource, Class<? extends EObject> type) {
		List<String> names = new ArrayList<>();
		if (resource == null) {
			return names;
		}
		resource.getAllContents().forEachRemaining(element -> {
			if (type.isInstance(element) && !(element instanceof Initiative initiative && initiative.getStart() == null)) {
				names.add(model.qualifiedName(element));
			}
		});
		return names;
	}
}
