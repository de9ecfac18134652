package io.stratagem.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import com.google.inject.Injector;

import io.stratagem.report.OutputFolder;
import io.stratagem.report.RoadmapArtifacts;
import io.stratagem.workspace.load.ModelSet;
import io.stratagem.workspace.load.ModelSetLoader;
import io.stratagem.workspace.load.PathDisplay;
import io.stratagem.workspace.report.Finding;
import io.stratagem.workspace.report.FindingCollector;
import io.stratagem.workspace.report.Severity;

/**
 * Writes the roadmap artifacts of the project's models (site, roadmap.md, Mermaid, CSV, JSON)
 * into {@code target/stratagem/site}, as {@code stratagem generate} does; refuses when the models
 * have errors unless {@code force}, and when the site directory is not Stratagem's (a non-empty
 * folder without the manifest .stratagem-output, or one that holds the models).
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class GenerateMojo extends StratagemMojo {

	@Parameter(property = "stratagem.siteDirectory", defaultValue = "${project.build.directory}/stratagem/site")
	private File siteDirectory;

	/** Generate even when the models have errors. */
	@Parameter(property = "stratagem.force", defaultValue = "false")
	private boolean force;

	public GenerateMojo() {
		super("generation");
	}

	@Override
	protected void executeGoal() throws MojoExecutionException, MojoFailureException {
		List<Path> folders = folders();
		if (folders.isEmpty()) {
			getLog().info("No model folder: nothing to generate");
			return;
		}
		Injector injector = injector();
		injector.getInstance(PathDisplay.class).setBase(null);
		ModelSet models = injector.getInstance(ModelSetLoader.class).load(folders);
		List<Finding> findings = injector.getInstance(FindingCollector.class).collect(models);
		long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
		if (!models.loadFindings().isEmpty() || (errors > 0 && !force)) {
			throw new MojoFailureException("Stratagem generated nothing: the models have " + errors + " errors (run the validate goal to see them, or set force)");
		}
		Map<String, String> files = injector.getInstance(RoadmapArtifacts.class).of(models, findings);
		try {
			OutputFolder.replace(siteDirectory.toPath(), files, folders);
		} catch (OutputFolder.RefusedException e) {
			throw new MojoFailureException("Stratagem generated nothing: " + e.getMessage(), e);
		} catch (IOException e) {
			throw new MojoExecutionException("Cannot write the Stratagem site to " + siteDirectory + ": " + e.getMessage(), e);
		}
		getLog().info("Stratagem: wrote " + files.size() + " files to " + siteDirectory);
	}
}
