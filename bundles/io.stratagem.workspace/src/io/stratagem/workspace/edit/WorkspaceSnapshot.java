/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.workspace.edit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.linking.impl.XtextLinkingDiagnostic;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;

import io.stratagem.dsl.edit.EditException;
import io.stratagem.dsl.edit.References;
import io.stratagem.workspace.load.ModelFiles;
import io.stratagem.workspace.load.PathDisplay;
import io.stratagem.workspace.report.Finding;

/**
 * The state of a workspace's folder at one revision: the texts of its files, their linked model
 * ({@link IncrementalModel}, brought up to date by each change) and the files it could not read.
 * Never changed: a change of the folder makes a new snapshot, and the objects of this one are
 * valid only until then.
 */
final class WorkspaceSnapshot implements WorkspaceModel {

	/** The errors of a snapshot that a gesture must not add to: files that parsed cleanly, unresolved references per file. */
	record Errors(Set<Path> parsedCleanly, Map<Path, List<String>> unresolved) {
	}

	private final Path folder;
	private final long revision;
	private final Map<Path, String> texts;
	private final Map<Path, ModelFiles.Problem> problems;
	private final List<Finding> fileFindings;
	private final IncrementalModel model;
	private final References references;

	private WorkspaceSnapshot(Path folder, long revision, Map<Path, String> texts, Map<Path, ModelFiles.Problem> problems, List<Finding> fileFindings,
			IncrementalModel model, References references) {
		this.folder = folder;
		this.revision = revision;
		this.texts = texts;
		this.problems = problems;
		this.fileFindings = fileFindings;
		this.model = model;
		this.references = references;
	}

	/**
	 * The snapshot of a folder whose files' texts, by absolute path, {@code model} holds linked; the
	 * files that could not be read are kept with their problems, shown as {@code display} shows paths.
	 */
	static WorkspaceSnapshot of(Path folder, long revision, Map<Path, String> files, Map<Path, ModelFiles.Problem> problems, PathDisplay display,
			IncrementalModel model, References references) {
		List<Finding> findings = problems.values().stream().map(problem -> problem.finding(display)).sorted(Finding.ORDER).toList();
		return new WorkspaceSnapshot(folder, revision, Collections.unmodifiableMap(new TreeMap<>(files)), Collections.unmodifiableMap(new TreeMap<>(problems)),
				findings, model, references);
	}

	/** How many changes the workspace had taken when this snapshot was parsed. */
	long revision() {
		return revision;
	}

	/** The texts of the files, by absolute path, sorted. */
	Map<Path, String> texts() {
		return texts;
	}

	/** The files of the folder that could not be read or were left out, with why, by absolute path, sorted. */
	Map<Path, ModelFiles.Problem> problems() {
		return problems;
	}

	/** The errors of this snapshot, to compare a gesture's result with ({@link #refuseNewErrors}). */
	Errors errors() {
		Set<Path> clean = new HashSet<>();
		Map<Path, List<String>> unresolved = new HashMap<>();
		model.resources().forEach((file, resource) -> {
			if (resource.getErrors().isEmpty()) {
				clean.add(file);
			}
			unresolved.put(file, resource.getErrors().stream().filter(XtextLinkingDiagnostic.class::isInstance).map(Resource.Diagnostic::getMessage).toList());
		});
		return new Errors(clean, unresolved);
	}

	/**
	 * Refuses a gesture whose snapshot ({@code this}) breaks the syntax of a changed file that
	 * parsed {@code before}, or leaves a reference that no longer resolves (e.g. a simple name
	 * made ambiguous).
	 *
	 * @throws EditException saying which file and why
	 */
	void refuseNewErrors(Errors before, Set<Path> changed) {
		for (Path file : changed) {
			XtextResource resource = model.resources().get(file);
			if (resource != null && !resource.getErrors().isEmpty() && before.parsedCleanly().contains(file)) {
				throw new EditException("the edit would break the syntax of " + folder.relativize(file) + " (" + resource.getErrors().get(0).getMessage()
						+ "); nothing was changed");
			}
		}
		for (Map.Entry<Path, List<String>> file : errors().unresolved().entrySet()) {
			List<String> added = new ArrayList<>(file.getValue());
			before.unresolved().getOrDefault(file.getKey(), List.of()).forEach(added::remove);
			if (!added.isEmpty()) {
				throw new EditException("the edit would leave a reference that does not resolve in " + folder.relativize(file.getKey()) + " (" + added.get(0)
						+ "); nothing was changed");
			}
		}
	}

	@Override
	public Path folder() {
		return folder;
	}

	@Override
	public List<XtextResource> resources() {
		return List.copyOf(model.resources().values());
	}

	@Override
	public ResourceSet resourceSet() {
		return model.resourceSet();
	}

	@Override
	public Path file(EObject element) {
		return EditSupport.file(element);
	}

	/**
	 * The first object of the name in path order, then content order. Each file's names are
	 * collected once and kept by the model until the file changes, so a find after an edit walks
	 * only the changed files.
	 */
	@Override
	public <T extends EObject> T find(String qualifiedName, Class<T> type) {
		for (Path file : model.resources().keySet()) {
			EObject found = model.objectsByName(file, references::qualifiedName).get(qualifiedName);
			if (found != null) {
				return type.isInstance(found) ? type.cast(found) : null;
			}
		}
		return null;
	}

	@Override
	public String qualifiedName(EObject element) {
		return references.qualifiedName(element);
	}

	@Override
	public List<Finding> fileFindings() {
		return fileFindings;
	}

	@Override
	public List<Issue> issues(Path file) {
		return model.issues(file.toAbsolutePath().normalize());
	}
}
