/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.workbench.jobs;

import java.nio.file.Paths;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;

import io.stratagem.workspace.report.Finding;


/** The findings of a project as problem markers, shown in the Problems view and on the editor's ruler. */
public final class ProblemMarkers {

	/** Marker type: a problem marker and a text marker, persistent. */
	public static final String TYPE = "io.stratagem.workbench.problem";

	/** Attribute with the rule or check code of the finding (STRAT-...). */
	public static final String CODE = "code";

	private ProblemMarkers() {
	}

	/** Replaces all Stratagem markers of the project with these findings. */
	public static void replace(IProject project, List<Finding> problems) throws CoreException {
		project.deleteMarkers(TYPE, true, IResource.DEPTH_INFINITE);
		for (Finding problem : problems) {
			IResource target = resourceOf(project, problem);
			IMarker marker = target.createMarker(TYPE);
			marker.setAttribute(IMarker.SEVERITY, switch (problem.severity()) {
			case ERROR -> IMarker.SEVERITY_ERROR;
			case WARNING -> IMarker.SEVERITY_WARNING;
			default -> IMarker.SEVERITY_INFO;
			});
			marker.setAttribute(CODE, problem.code());
			// the Problems view shows the message only: the code goes in front, as on the command line
			marker.setAttribute(IMarker.MESSAGE, problem.code() + " " + problem.message());
			if (problem.line() > 0) {
				marker.setAttribute(IMarker.LINE_NUMBER, problem.line());
			}
			if (problem.offset() >= 0) {
				marker.setAttribute(IMarker.CHAR_START, problem.offset());
				marker.setAttribute(IMarker.CHAR_END, problem.offset() + Math.max(1, problem.length()));
			}
		}
	}

	/** The file of the finding, or the project when the file is not in the workspace. */
	private static IResource resourceOf(IProject project, Finding problem) {
		IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(Paths.get(problem.file()).toAbsolutePath().toUri());
		for (IFile file : files) {
			if (file.getProject().equals(project) && file.exists()) {
				return file;
			}
		}
		return project;
	}
}
