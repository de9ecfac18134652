package io.stratagem.workspace.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

import io.stratagem.workspace.report.Finding;

/**
 * The .strategy files of a run, loaded into one resource set so that they link as one model.
 *
 * @param resources    the loaded files, by path, in path order
 * @param loadFindings files that could not be read, named with their problem
 * @param fullyLinked  every cross-reference resolved: readers of the model change nothing, so
 *                     its files can be read by several threads at once
 */
public record ModelSet(XtextResourceSet resourceSet, Map<Path, XtextResource> resources, List<Finding> loadFindings, boolean fullyLinked) {

	/** The number of model files given, read or not. */
	public int fileCount() {
		return resources.size() + (int) loadFindings.stream().map(Finding::file).distinct().count();
	}

	/** The root elements of every file, in path order: what engines, diagrams and exports read. */
	public List<EObject> roots() {
		List<EObject> roots = new ArrayList<>();
		resources.values().forEach(resource -> roots.addAll(resource.getContents()));
		return roots;
	}
}
