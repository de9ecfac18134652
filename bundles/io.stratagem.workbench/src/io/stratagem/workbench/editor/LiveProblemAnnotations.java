/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.workbench.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.jface.text.source.ISourceViewer;

import io.stratagem.workspace.report.Finding;


/**
 * The problems of the text being typed, as error, warning and info annotations (squiggles, ruler
 * and overview marks, hover). Markers come from validation on save; until then these show what
 * the unsaved text would give. Runs in the UI thread.
 */
final class LiveProblemAnnotations {

	static final String ERROR = "org.eclipse.ui.workbench.texteditor.error";
	static final String WARNING = "org.eclipse.ui.workbench.texteditor.warning";
	static final String INFO = "org.eclipse.ui.workbench.texteditor.info";

	private final ISourceViewer viewer;
	private List<Annotation> shown = List.of();

	LiveProblemAnnotations(ISourceViewer viewer) {
		this.viewer = viewer;
	}

	/** Replaces the annotations shown with these problems (problems without a place are left to the markers). */
	void show(List<Finding> problems, int textLength) {
		IAnnotationModel model = viewer.getAnnotationModel();
		if (model == null) {
			return;
		}
		Map<Annotation, Position> added = new LinkedHashMap<>();
		for (Finding problem : problems) {
			if (problem.offset() < 0 || problem.offset() > textLength) {
				continue;
			}
			int length = Math.min(Math.max(1, problem.length()), textLength - problem.offset());
			added.put(new Annotation(type(problem), false, problem.code() + " " + problem.message()), new Position(problem.offset(), Math.max(0, length)));
		}
		if (model instanceof IAnnotationModelExtension extension) {
			extension.replaceAnnotations(shown.toArray(new Annotation[0]), added);
		} else {
			shown.forEach(model::removeAnnotation);
			added.forEach(model::addAnnotation);
		}
		shown = List.copyOf(added.keySet());
	}

	void clear(int textLength) {
		show(List.of(), textLength);
	}

	/** The annotations shown now (tests). */
	List<Annotation> shown() {
		return new ArrayList<>(shown);
	}

	private static String type(Finding problem) {
		return switch (problem.severity()) {
		case ERROR -> ERROR;
		case WARNING -> WARNING;
		default -> INFO;
		};
	}
}
