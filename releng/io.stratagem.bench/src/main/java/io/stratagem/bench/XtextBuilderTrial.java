/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.xtext.builder.standalone.IIssueHandler;
import org.eclipse.xtext.builder.standalone.ILanguageConfiguration;
import org.eclipse.xtext.builder.standalone.LanguageAccess;
import org.eclipse.xtext.builder.standalone.LanguageAccessFactory;
import org.eclipse.xtext.builder.standalone.StandaloneBuilder;
import org.eclipse.xtext.builder.standalone.StandaloneBuilderModule;
import org.eclipse.xtext.generator.OutputConfiguration;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.util.Modules;

import io.stratagem.dsl.StrategyStandaloneSetup;

/**
 * The peer of {@code stratagem validate}: Xtext's generic standalone builder (the engine of
 * {@code org.eclipse.xtext:xtext-maven-plugin}) indexing, linking and validating the same files
 * with the same language setup.
 */
final class XtextBuilderTrial {

	private XtextBuilderTrial() {
	}

	/** Counts the issues instead of logging each, as the command line collects them. */
	static final class CountingIssueHandler implements IIssueHandler {
		static final AtomicLong ISSUES = new AtomicLong();

		@Override
		public boolean handleIssue(Iterable<Issue> issues) {
			issues.forEach(issue -> ISSUES.incrementAndGet());
			return true;
		}
	}

	static void run(Path dir) throws Exception {
		Path temp = Files.createTempDirectory("stratagem-xtext-builder");
		OutputConfiguration output = new OutputConfiguration("DEFAULT_OUTPUT");
		output.setOutputDirectory(temp.resolve("out").toString());
		ILanguageConfiguration language = new ILanguageConfiguration() {
			@Override
			public String getSetup() {
				return StrategyStandaloneSetup.class.getName();
			}

			@Override
			public Set<OutputConfiguration> getOutputConfigurations() {
				return Set.of(output);
			}

			@Override
			public boolean isJavaSupport() {
				return false;
			}
		};
		Map<String, LanguageAccess> languages = new LanguageAccessFactory().createLanguageAccess(List.of(language), Trial.class.getClassLoader());
		Injector injector = Guice.createInjector(
				Modules.override(new StandaloneBuilderModule()).with(binder -> binder.bind(IIssueHandler.class).to(CountingIssueHandler.class)));
		StandaloneBuilder builder = injector.getInstance(StandaloneBuilder.class);
		// The builder makes a temporary folder of its own when constructed and keeps it after the
		// build: it is given ours instead, and both are deleted after the trial.
		Path madeByBuilder = builder.getTempDir().toPath();
		try {
			build(builder, languages, dir, temp);
		} finally {
			Bench.deleteTree(madeByBuilder);
			Bench.deleteTree(temp);
		}
	}

	private static void build(StandaloneBuilder builder, Map<String, LanguageAccess> languages, Path dir, Path temp) {
		builder.setLanguages(languages);
		builder.setBaseDir(dir.toString());
		builder.setSourceDirs(List.of(dir.toString()));
		builder.setJavaSourceDirs(List.of());
		builder.setClassPathEntries(List.of());
		builder.setTempDir(temp.resolve("tmp").toString());
		builder.setFailOnValidationError(false);

		Trial.startClock();
		boolean ok = builder.launch();
		Trial.stopClock("xtext-builder");
		Trial.count("issues", CountingIssueHandler.ISSUES.get());
		Trial.count("builderSucceeded", ok ? 1 : 0);
	}
}
