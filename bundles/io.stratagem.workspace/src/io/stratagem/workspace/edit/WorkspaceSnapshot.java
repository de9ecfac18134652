/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.workspace.edit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.linking.impl.XtextLinkingDiagnostic;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import io.stratagem.dsl.edit.EditException;
import io.stratagem.dsl.edit.References;
import io.stratagem.dsl.scoping.ExportedNamesIndex;
import io.stratagem.workspace.load.ModelFiles;
import io.stratagem.workspace.load.PathDisplay;
import io.stratagem.workspace.report.Finding;

/**
 * One parse of a workspace's folder: the texts of its files, their linked model and the revision
 * of the workspace they belong to. Never changed: a change of the folder makes a new snapshot, and
 * the objects of this one are valid only until then.
 */
final class WorkspaceSnapshot implements WorkspaceModel {

	private final Path folder;
	private final long revision;
	private final Map<Path, String> texts;
	private final Map<Path, ModelFiles.Problem> problems;
	private final List<Finding> fileFindings;
	private final XtextResourceSet resourceSet;
	private final Map<Path, XtextResource> resources;
	private final References references;
	private final IResourceValidator validator;
	private final Map<Path, List<Issue>> issues = new HashMap<>();
	private Map<String, EObject> byName;
	private Map<Path, List<String>> unresolved;

	private WorkspaceSnapshot(Path folder, long revision, Map<Path, String> texts, Map<Path, ModelFiles.Problem> problems, List<Finding> fileFindings,
			XtextResourceSet resourceSet, Map<Path, XtextResource> resources, References references, IResourceValidator validator) {
		this.folder = folder;
		this.revision = revision;
		this.texts = texts;
		this.problems = problems;
		this.fileFindings = fileFindings;
		this.resourceSet = resourceSet;
		this.resources = resources;
		this.references = references;
		this.validator = validator;
	}

	/**
	 * Parses and links the texts of a folder's files, by absolute path, in a new resource set; the
	 * files that could not be read are kept with their problems, shown as {@code display} shows paths.
	 */
	static WorkspaceSnapshot parse(Path folder, long revision, Map<Path, String> files, Map<Path, ModelFiles.Problem> problems, PathDisplay display,
			XtextResourceSet resourceSet, References references, IResourceValidator validator) {
		Map<Path, XtextResource> resources = new LinkedHashMap<>();
		for (Map.Entry<Path, String> file : files.entrySet()) {
			XtextResource resource = (XtextResource) resourceSet.createResource(URI.createFileURI(file.getKey().toString()));
			try {
				resource.load(new ByteArrayInputStream(file.getValue().getBytes(StandardCharsets.UTF_8)), resourceSet.getLoadOptions());
			} catch (IOException e) {
				throw new IllegalStateException("cannot parse text held in memory: " + file.getKey(), e);
			}
			resources.put(file.getKey(), resource);
		}
		ExportedNamesIndex.install(resourceSet, resources.values());
		List<Finding> findings = problems.values().stream().map(problem -> problem.finding(display)).sorted(Finding.ORDER).toList();
		return new WorkspaceSnapshot(folder, revision, Collections.unmodifiableMap(new TreeMap<>(files)), Collections.unmodifiableMap(new TreeMap<>(problems)),
				findings, resourceSet, resources, references, validator);
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

	/**
	 * Refuses a gesture whose snapshot ({@code this}) breaks the syntax of a changed file that
	 * parsed {@code before}, or leaves a reference that no longer resolves (e.g. a simple name
	 * made ambiguous).
	 *
	 * @throws EditException saying which file and why
	 */
	void refuseNewErrors(WorkspaceSnapshot before, Set<Path> changed) {
		for (Path file : changed) {
			XtextResource resource = resource(file);
			if (resource != null && !resource.getErrors().isEmpty() && before.resource(file) != null && before.resource(file).getErrors().isEmpty()) {
				throw new EditException("the edit would break the syntax of " + folder.relativize(file) + " (" + resource.getErrors().get(0).getMessage()
						+ "); nothing was changed");
			}
		}
		Map<Path, List<String>> unresolvedBefore = before.unresolved();
		for (Map.Entry<Path, List<String>> file : unresolved().entrySet()) {
			List<String> added = new ArrayList<>(file.getValue());
			unresolvedBefore.getOrDefault(file.getKey(), List.of()).forEach(added::remove);
			if (!added.isEmpty()) {
				throw new EditException("the edit would leave a reference that does not resolve in " + folder.relativize(file.getKey()) + " (" + added.get(0)
						+ "); nothing was changed");
			}
		}
	}

	private XtextResource resource(Path file) {
		return resources.get(file);
	}

	/** The messages of the references that do not resolve, per file; resolves every reference once. */
	private Map<Path, List<String>> unresolved() {
		if (unresolved == null) {
			EcoreUtil.resolveAll(resourceSet);
			unresolved = new HashMap<>();
			resources.forEach((file, resource) -> unresolved.put(file, resource.getErrors().stream()
					.filter(XtextLinkingDiagnostic.class::isInstance).map(Resource.Diagnostic::getMessage).toList()));
		}
		return unresolved;
	}

	@Override
	public Path folder() {
		return folder;
	}

	@Override
	public List<XtextResource> resources() {
		return List.copyOf(resources.values());
	}

	@Override
	public ResourceSet resourceSet() {
		return resourceSet;
	}

	@Override
	public Path file(EObject element) {
		return EditSupport.file(element);
	}

	@Override
	public <T extends EObject> T find(String qualifiedName, Class<T> type) {
		if (byName == null) {
			byName = new HashMap<>();
			for (XtextResource resource : resources.values()) {
				for (TreeIterator<EObject> all = resource.getAllContents(); all.hasNext();) {
					EObject element = all.next();
					String name = references.qualifiedName(element);
					if (name != null) {
						byName.putIfAbsent(name, element);
					}
				}
			}
		}
		EObject found = byName.get(qualifiedName);
		return type.isInstance(found) ? type.cast(found) : null;
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
		XtextResource resource = resources.get(file.toAbsolutePath().normalize());
		if (resource == null) {
			return List.of();
		}
		return issues.computeIfAbsent(file.toAbsolutePath().normalize(),
				f -> List.copyOf(validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)));
	}
}
