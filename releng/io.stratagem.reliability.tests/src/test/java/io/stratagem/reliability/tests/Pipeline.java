package io.stratagem.reliability.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Assertions;

import com.google.inject.Injector;

import io.stratagem.cli.Main;
import io.stratagem.dsl.library.BuiltInLibrary;
import io.stratagem.report.SiteGenerator;
import io.stratagem.testing.ProjectFiles;
import io.stratagem.workspace.report.Finding;
import io.stratagem.workspace.report.IssueFindings;

/**
 * The command line's steps on text held in memory: parse, link, validate, generate, as
 * {@code stratagem generate --force} runs them. One injector per JVM, like the command line.
 */
final class Pipeline {

	/** No input may take longer than this; a slower one counts as a hang. */
	static final Duration BOUND = Duration.ofSeconds(Long.getLong("stratagem.fuzz.bound.seconds", 20));

	static final Injector INJECTOR = commandLineInjector();

	/** What one run gave: the resources of the set and the issues of the file under test. */
	record Outcome(XtextResource resource, List<Resource> resources, List<Issue> issues, Map<String, String> generated) {
		boolean hasSyntaxErrors() {
			return resource.getParseResult().hasSyntaxErrors();
		}
	}

	private Pipeline() {
	}

	/**
	 * The command line's own injector. EMF's registries hold one language setup per JVM: with a
	 * second injector, resources would be parsed with one grammar instance and formatted with
	 * another, whose keywords are different objects.
	 */
	private static Injector commandLineInjector() {
		Main.run(new String[] { "--version" }, new PrintWriter(Writer.nullWriter()), new PrintWriter(Writer.nullWriter()));
		return IResourceServiceProvider.Registry.INSTANCE.getResourceServiceProvider(URI.createURI("any.strategy")).get(Injector.class);
	}

	/** The repository root, passed by the build as stratagem.root. */
	static Path root() {
		return ProjectFiles.root();
	}

	/** The example's files by name, in name order. */
	static Map<String, String> exampleFiles() {
		Map<String, String> files = new LinkedHashMap<>();
		try (Stream<Path> list = Files.list(root().resolve("examples/acme-insurance"))) {
			for (Path file : list.filter(f -> f.toString().endsWith(".strategy")).sorted().toList()) {
				files.put(file.getFileName().toString(), Files.readString(file));
			}
		} catch (IOException e) {
			throw new IllegalStateException("cannot read the example: " + e.getMessage(), e);
		}
		return files;
	}

	/** Parses {@code files} into one resource set, in the order given. */
	static Map<String, XtextResource> parse(Map<String, String> files) {
		XtextResourceSet resourceSet = INJECTOR.getInstance(XtextResourceSet.class);
		Map<String, XtextResource> resources = new LinkedHashMap<>();
		for (Map.Entry<String, String> file : files.entrySet()) {
			XtextResource resource = (XtextResource) resourceSet.createResource(URI.createFileURI("/fuzz/" + file.getKey()));
			try {
				resource.load(new ByteArrayInputStream(file.getValue().getBytes(StandardCharsets.UTF_8)), resourceSet.getLoadOptions());
			} catch (IOException e) {
				throw new IllegalStateException("in-memory input cannot fail to read", e);
			}
			resources.put(file.getKey(), resource);
		}
		return resources;
	}

	/**
	 * Runs every step on {@code files} and validates {@code name}, within {@link #BOUND}. Any
	 * exception fails the calling property: every problem must be a diagnostic instead.
	 */
	static Outcome run(String name, Map<String, String> files) {
		return Assertions.assertTimeoutPreemptively(BOUND, () -> {
			Map<String, XtextResource> resources = parse(files);
			XtextResource resource = resources.get(name);
			EcoreUtil.resolveAll(resource);
			List<Issue> issues = INJECTOR.getInstance(IResourceValidator.class).validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
			List<Finding> diagnostics = new ArrayList<>();
			for (Issue issue : issues) {
				diagnostics.add(IssueFindings.of(issue, name, (String) null));
			}
			Map<String, String> generated = INJECTOR.getInstance(SiteGenerator.class).generate(new ArrayList<>(resources.values()),
					INJECTOR.getInstance(BuiltInLibrary.class).requirements(resource.getResourceSet()), diagnostics);
			return new Outcome(resource, new ArrayList<>(resources.values()), issues, generated);
		}, () -> "no result within " + BOUND.toSeconds() + " s (a hang) for " + name + ":\n" + files.get(name));
	}
}
