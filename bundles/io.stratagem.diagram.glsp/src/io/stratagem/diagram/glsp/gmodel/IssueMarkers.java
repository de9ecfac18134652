package io.stratagem.diagram.glsp.gmodel;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;

import io.stratagem.diagram.Markers;
import io.stratagem.dsl.validation.IssueElements;
import io.stratagem.workspace.report.IssueFindings;

/**
 * The validation issues of an editing workspace as diagram markers: each issue becomes a finding
 * ({@link IssueFindings}, the mapping every front end uses) on the named element it is about (or
 * its nearest named container), by qualified name.
 */
public final class IssueMarkers {

	private IssueMarkers() {
	}

	/** Adds the issues of one file to {@code markers}; issues about no element are left out. */
	public static void add(Markers markers, Path file, XtextResource resource, List<Issue> issues, Function<EObject, String> qualifiedName) {
		for (Issue issue : issues) {
			EObject element = IssueElements.namedElementOf(issue, resource);
			String id = element == null ? null : qualifiedName.apply(element);
			if (id != null) {
				markers.add(id, IssueFindings.of(issue, file.toString(), id));
			}
		}
	}
}
