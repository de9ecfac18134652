package io.stratagem.dsl.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;
import com.google.inject.Provider;

import io.stratagem.dsl.validation.SourceCodes;
import io.stratagem.model.StrategyModel;

/**
 * A set of .strategy files loaded together, as the command line and the language server load a
 * folder: every file is in one resource set before anything is linked.
 */
public class Workspace {

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private IResourceValidator validator;

	private XtextResourceSet resourceSet;

	private final Map<String, XtextResource> resources = new LinkedHashMap<>();

	/** Starts an empty workspace. */
	public Workspace empty() {
		resourceSet = resourceSets.get();
		resources.clear();
		return this;
	}

	/** Adds a file given by its text, named e.g. {@code "org.strategy"}. */
	public Workspace add(String name, String text) {
		ensureStarted();
		XtextResource resource = (XtextResource) resourceSet.createResource(URI.createURI("memory:/" + name));
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		resources.put(name, resource);
		return this;
	}

	/** Adds a file from disk. */
	public Workspace add(Path file) {
		ensureStarted();
		XtextResource resource = (XtextResource) resourceSet.getResource(URI.createFileURI(file.toAbsolutePath().toString()), true);
		resources.put(file.getFileName().toString(), resource);
		return this;
	}

	public Workspace addAll(List<Path> files) {
		files.forEach(this::add);
		return this;
	}

	/** Resolves every cross-reference of every file. */
	public Workspace link() {
		for (XtextResource resource : resources.values()) {
			EcoreUtil.resolveAll(resource);
		}
		return this;
	}

	public XtextResource resource(String name) {
		XtextResource resource = resources.get(name);
		if (resource == null) {
			throw new IllegalArgumentException("No file " + name + " in " + resources.keySet());
		}
		return resource;
	}

	public StrategyModel model(String name) {
		return (StrategyModel) resource(name).getContents().get(0);
	}

	public List<XtextResource> resources() {
		return new ArrayList<>(resources.values());
	}

	public XtextResourceSet resourceSet() {
		return resourceSet;
	}

	/** Every issue (syntax, linking, validation) of one file. */
	public List<Issue> issues(String name) {
		return validator.validate(resource(name), CheckMode.ALL, CancelIndicator.NullImpl);
	}

	/**
	 * Every issue of every file that is not a finding of the rule catalogue (syntax, linking,
	 * value conversion), each rendered as {@code file:line:column: SEVERITY message}. Rule findings
	 * are in {@link #findings()}.
	 */
	public List<String> allIssues() {
		List<String> result = new ArrayList<>();
		for (Map.Entry<String, XtextResource> entry : resources.entrySet()) {
			for (Issue issue : issues(entry.getKey())) {
				if (!isFinding(issue)) {
					result.add(render(entry.getKey(), issue));
				}
			}
		}
		return result;
	}

	/** Errors of every kind, rule findings of severity error included. */
	public List<String> errors() {
		List<String> result = new ArrayList<>();
		for (Map.Entry<String, XtextResource> entry : resources.entrySet()) {
			for (Issue issue : issues(entry.getKey())) {
				if (issue.getSeverity() == Severity.ERROR) {
					result.add(render(entry.getKey(), issue) + (isFinding(issue) ? " [" + issue.getCode() + "]" : ""));
				}
			}
		}
		return result;
	}

	/**
	 * The findings of the rule catalogue in every file, each rendered as
	 * {@code file:line SEVERITY CODE EClass element: message}, where element is the first issue
	 * data value (the name of the element the rule is about).
	 */
	public List<String> findings() {
		List<String> result = new ArrayList<>();
		for (Map.Entry<String, XtextResource> entry : resources.entrySet()) {
			for (Issue issue : issues(entry.getKey())) {
				if (isFinding(issue)) {
					EObject problem = issue.getUriToProblem() == null ? null : resourceSet.getEObject(issue.getUriToProblem(), true);
					String eClass = problem == null ? "?" : problem.eClass().getName();
					String element = issue.getData() == null || issue.getData().length == 0 ? "?" : issue.getData()[0];
					result.add(entry.getKey() + ":" + issue.getLineNumber() + " " + issue.getSeverity() + " " + issue.getCode() + " " + eClass + " "
							+ element + ": " + issue.getMessage());
				}
			}
		}
		return result;
	}

	/** The findings of one rule. */
	public List<String> findings(String code) {
		return findings().stream().filter(f -> f.split(" ", 4)[2].equals(code)).toList();
	}

	private static boolean isFinding(Issue issue) {
		return issue.getCode() != null && issue.getCode().startsWith("STRAT-") && !SourceCodes.isAboutSource(issue.getCode());
	}

	private static String render(String file, Issue issue) {
		return file + ":" + issue.getLineNumber() + ":" + issue.getColumn() + ": " + issue.getSeverity() + " " + issue.getMessage();
	}

	public Resource.Diagnostic firstSyntaxError(String name) {
		List<Resource.Diagnostic> errors = resource(name).getErrors();
		return errors.isEmpty() ? null : errors.get(0);
	}

	private void ensureStarted() {
		if (resourceSet == null) {
			empty();
		}
	}
}
