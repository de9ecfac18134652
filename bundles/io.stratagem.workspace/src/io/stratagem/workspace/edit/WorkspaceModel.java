/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.workspace.edit;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;

import io.stratagem.workspace.report.Finding;

/** The parsed and linked model of a {@link ModelWorkspace}, valid inside one read or edit. */
public interface WorkspaceModel {

	Path folder();

	/** The folder's files, sorted by path (not the built-in libraries). */
	List<XtextResource> resources();

	ResourceSet resourceSet();

	/** The file an element is written in. */
	Path file(EObject element);

	/** The element with this qualified name (the ids diagrams use), or null. */
	<T extends EObject> T find(String qualifiedName, Class<T> type);

	String qualifiedName(EObject element);

	/**
	 * The files of the folder that could not be read (too large, not UTF-8, a broken link) or were
	 * left out (a link out of the folder), as the command line reports them; such a file is not
	 * among the resources and is never written.
	 */
	List<Finding> fileFindings();

	/** The parser's, linker's and rule catalogue's findings on a file. */
	List<Issue> issues(Path file);
}
