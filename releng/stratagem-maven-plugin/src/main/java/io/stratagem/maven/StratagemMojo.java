package io.stratagem.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

import com.google.inject.Injector;

import io.stratagem.dsl.StrategyStandaloneSetup;

/** What the goals share: the project, its model folders, the skip switch and the language's injector. */
abstract class StratagemMojo extends AbstractMojo {

	@Parameter(defaultValue = "${project}", readonly = true, required = true)
	private MavenProject project;

	/**
	 * Folders searched for .strategy files. Default: {@code src/main/strategy}, and {@code model/}
	 * for {@code eclipse-plugin} projects; folders that do not exist are skipped.
	 */
	@Parameter
	private List<File> sourceDirectories;

	@Parameter(property = "stratagem.skip", defaultValue = "false")
	private boolean skip;

	/** What the goal does, as its log names it: "validation", "generation". */
	private final String work;

	private static Injector injector;

	protected StratagemMojo(String work) {
		this.work = work;
	}

	/**
	 * One injector per plugin class loader, which Maven keeps for the whole build: EMF's validator
	 * registry keeps the validator of the first injector, so the profile must be set on that one.
	 */
	static synchronized Injector injector() {
		if (injector == null) {
			injector = new StrategyStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	@Override
	public void execute() throws MojoExecutionException, MojoFailureException {
		if (skip) {
			getLog().info("Stratagem " + work + " skipped");
			return;
		}
		executeGoal();
	}

	/** The goal's work, when it is not skipped. */
	protected abstract void executeGoal() throws MojoExecutionException, MojoFailureException;

	/** The model folders that exist: the configured ones, or the defaults for the project's packaging. */
	protected List<Path> folders() {
		return ModelFolders.of(project, sourceDirectories);
	}

	/** The default model folders of the project's packaging. */
	protected List<String> defaultFolders() {
		return ModelFolders.defaults(project);
	}
}
