package io.stratagem.diagram.glsp.gmodel;

import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;

import io.stratagem.diagram.Marker;
import io.stratagem.diagram.MarkerSeverity;
import io.stratagem.diagram.Markers;
import io.stratagem.dsl.validation.IssueElements;

/**
 * Validation issues of the rule catalogue as diagram markers, each on the named element it is
 * about (or its nearest named container), by qualified name.
 */
public final class IssueMarkers {

	private IssueMarkers() {
	}

	/** Adds the issues of one file to {@code markers}; issues about no element are left out. */
	public static void add(Markers markers, XtextResource resource, List<Issue> issues, Function<EObject, String> qualifiedName) {
		for (Issue issue : issues) {
			EObject element = IssueElements.namedElementOf(issue, resource);
			String id = element == null ? null : qualifiedName.apply(element);
			if (id != null) {
				markers.add(id, new Marker(severity(issue.getSeverity()), issue.getCode() == null ? "" : issue.getCode(), issue.getMessage()));
			}
		}
	}

	private static MarkerSeverity severity(Severity severity) {
		return switch (severity) {
		case ERROR -> MarkerSeverity.ERROR;
		case WARNING -> MarkerSeverity.WARNING;
		default -> MarkerSeverity.INFO;
		};
	}
}
