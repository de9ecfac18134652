package io.stratagem.maven;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import com.google.inject.Injector;

import io.stratagem.model.files.AtomicFiles;
import io.stratagem.workspace.Version;
import io.stratagem.workspace.load.ElementCounter;
import io.stratagem.workspace.load.ModelSet;
import io.stratagem.workspace.load.ModelSetLoader;
import io.stratagem.workspace.load.PathDisplay;
import io.stratagem.workspace.report.Finding;
import io.stratagem.workspace.report.FindingCollector;
import io.stratagem.workspace.report.ReportFormat;
import io.stratagem.workspace.report.ReportWriter;
import io.stratagem.workspace.report.Severity;
import io.stratagem.workspace.report.ValidationReport;

/**
 * Validates the project's .strategy models during the build, with the services of the command
 * line: findings are logged as {@code path:[line,column] CODE message}, reports are written under
 * {@code target/stratagem/}, and the build fails on findings at or above {@code failOn}.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class ValidateMojo extends StratagemMojo {

	/** The least severity that fails the build: error, warning or never. */
	@Parameter(property = "stratagem.failOn", defaultValue = "error")
	private String failOn;

	/** Report formats written to {@code outputDirectory}: any of text, json, sarif, junit. */
	@Parameter(property = "stratagem.formats", defaultValue = "sarif")
	private List<String> formats;

	@Parameter(property = "stratagem.outputDirectory", defaultValue = "${project.build.directory}/stratagem")
	private File outputDirectory;

	/** A rule profile for every model; by default each file's nearest {@code stratagem.properties}. */
	@Parameter(property = "stratagem.profile")
	private File profile;

	public ValidateMojo() {
		super("validation");
	}

	@Override
	protected void executeGoal() throws MojoExecutionException, MojoFailureException {
		Severity threshold = threshold();
		List<ReportFormat> reportFormats = reportFormats();
		List<Path> folders = folders();
		if (folders.isEmpty()) {
			getLog().info("No model folder (" + String.join(", ", defaultFolders()) + "): nothing to validate");
			return;
		}
		if (profile != null && !profile.isFile()) {
			throw new MojoExecutionException("The Stratagem rule profile " + profile + " does not exist");
		}
		Injector injector = injector();
		injector.getInstance(io.stratagem.dsl.validation.RuleProfiles.class).useProfile(profile == null ? null : profile.toPath());
		PathDisplay display = injector.getInstance(PathDisplay.class);
		display.setBase(null); // absolute paths, as Maven's compiler prints them
		ModelSet models = injector.getInstance(ModelSetLoader.class).load(folders);
		List<Finding> findings = injector.getInstance(FindingCollector.class).collect(models);
		List<String> files = new ArrayList<>();
		models.resources().keySet().forEach(path -> files.add(display.show(path)));
		ValidationReport report = new ValidationReport(Version.current(), files,
				injector.getInstance(ElementCounter.class).count(models), findings, threshold);

		for (Finding finding : findings) {
			log(finding);
		}
		writeReports(report, reportFormats);
		getLog().info("Stratagem: " + files.size() + " model files, " + report.count(Severity.ERROR) + " errors, "
				+ report.count(Severity.WARNING) + " warnings, " + report.count(Severity.INFO) + " infos");
		if (!models.loadFindings().isEmpty()) {
			throw new MojoExecutionException("Some model files could not be read: see the errors above");
		}
		if (report.failed()) {
			throw new MojoFailureException("Stratagem found " + findings.stream().filter(f -> f.severity().atLeast(threshold)).count()
					+ " problems at or above " + failOn + " in the models: see the errors above");
		}
	}

	/** Logged the way compilers log, so that IDEs and CI annotate the lines. */
	private void log(Finding finding) {
		String position = finding.line() > 0 ? ":[" + finding.line() + "," + finding.column() + "]" : "";
		String line = finding.file() + position + " " + finding.code() + " " + finding.message();
		switch (finding.severity()) {
		case ERROR -> getLog().error(line);
		case WARNING -> getLog().warn(line);
		default -> getLog().info(line);
		}
	}

	private void writeReports(ValidationReport report, List<ReportFormat> reportFormats) throws MojoExecutionException {
		for (ReportFormat format : reportFormats) {
			Path target = outputDirectory.toPath().resolve("stratagem." + (format == ReportFormat.text ? "txt" : format == ReportFormat.junit ? "junit.xml" : format.name()));
			try {
				StringWriter text = new StringWriter();
				ReportWriter.of(format, false).write(report, text);
				AtomicFiles.write(target, text.toString());
			} catch (IOException e) {
				throw new MojoExecutionException("Cannot write the Stratagem report " + target + ": " + e.getMessage(), e);
			}
		}
	}

	private Severity threshold() throws MojoExecutionException {
		return switch (failOn.toLowerCase(Locale.ROOT)) {
		case "error" -> Severity.ERROR;
		case "warning" -> Severity.WARNING;
		case "never" -> null;
		default -> throw new MojoExecutionException("failOn must be error, warning or never, not '" + failOn + "'");
		};
	}

	private List<ReportFormat> reportFormats() throws MojoExecutionException {
		List<ReportFormat> result = new ArrayList<>();
		for (String format : formats) {
			try {
				result.add(ReportFormat.valueOf(format.trim().toLowerCase(Locale.ROOT)));
			} catch (IllegalArgumentException e) {
				throw new MojoExecutionException("Unknown report format '" + format + "': use text, json, sarif or junit", e);
			}
		}
		return result;
	}

}
