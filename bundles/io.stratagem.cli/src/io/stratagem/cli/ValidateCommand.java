package io.stratagem.cli;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.google.inject.Inject;

import io.stratagem.dsl.validation.SourceCodes;
import io.stratagem.workspace.diff.BaselineReader;
import io.stratagem.workspace.diff.BaselineState;
import io.stratagem.workspace.diff.FindingComparison;
import io.stratagem.workspace.diff.RefusedInput;
import io.stratagem.workspace.load.ElementCounter;
import io.stratagem.workspace.load.ModelSet;
import io.stratagem.workspace.report.Finding;
import io.stratagem.workspace.report.FindingCollector;
import io.stratagem.workspace.report.ReportFormat;
import io.stratagem.workspace.report.ReportWriter;
import io.stratagem.workspace.report.SarifReportWriter;
import io.stratagem.workspace.report.Severity;
import io.stratagem.workspace.report.TerminalText;
import io.stratagem.workspace.report.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code stratagem validate}: loads files and folders as one model set and reports its findings. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = Version.class,
		description = "Load all .strategy files under the given files and folders as one model, validate it and print the findings.")
public class ValidateCommand extends Subcommand {

	/** The least severity that fails the run. */
	enum FailOn {
		error(Severity.ERROR), warning(Severity.WARNING), never(null);

		final Severity severity;

		FailOn(Severity severity) {
			this.severity = severity;
		}
	}

	@Mixin
	ModelSetOptions input;

	@Option(names = "--format", defaultValue = "text", description = "text, json, sarif or junit (default: ${DEFAULT-VALUE})")
	ReportFormat format;

	@Mixin
	ReportDestination destination;

	@Option(names = "--fail-on", defaultValue = "error", description = "error, warning or never: the least severity that makes the exit code 1 (default: ${DEFAULT-VALUE})")
	FailOn failOn;

	@Option(names = "--no-color", description = "never color the text report")
	boolean noColor;

	@Mixin
	ProgressOptions progressOptions;

	@Option(names = "--baseline", paramLabel = "FILE",
			description = "a previous SARIF or JSON report: its findings are unchanged and never fail the run, only new ones do (matched by code, element and file)")
	Path baseline;

	@Inject
	private FindingCollector collector;

	@Inject
	private ElementCounter counter;

	@Inject
	private BaselineReader baselines;

	@Override
	public Integer call() throws IOException {
		List<Finding> baselineFindings = null;
		if (baseline != null) {
			try {
				baselineFindings = baselines.read(baseline);
			} catch (RefusedInput e) {
				err().println("stratagem: error " + e.code() + " " + TerminalText.visible(e.getMessage()));
				return ExitCode.USAGE_OR_IO;
			}
		}
		ProgressLine progress = progressOptions.start(err());
		ModelSet models = input.load(err(), progress);
		progress.done();
		if (models == null) {
			return ExitCode.USAGE_OR_IO;
		}
		List<Finding> findings = collector.collect(models);
		List<String> files = new ArrayList<>();
		models.resources().keySet().forEach(p -> files.add(display.show(p)));
		models.loadFindings().stream().filter(f -> !SourceCodes.NO_MODELS.equals(f.code())).map(Finding::file).distinct().forEach(files::add);
		files.sort(null);
		ValidationReport report = new ValidationReport(io.stratagem.workspace.Version.current(), files, counter.count(models), findings, failOn.severity);

		boolean color = destination.isStandardOutput() && format == ReportFormat.text && Terminal.colorAllowed(noColor);
		FindingComparison comparison = baselineFindings == null ? null : FindingComparison.of(baselineFindings, findings);
		StringWriter text = new StringWriter();
		if (comparison != null && format == ReportFormat.sarif) {
			// the findings of the baseline that have gone are listed too, as absent
			Map<Finding, BaselineState> states = comparison.states();
			new SarifReportWriter(f -> states.get(f).label())
					.write(new ValidationReport(report.version(), files, report.elements(), comparison.all(), failOn.severity), text);
		} else {
			ReportWriter.of(format, color).write(report, text);
		}
		destination.write(text.toString(), out());

		if (!models.loadFindings().isEmpty()) {
			return ExitCode.USAGE_OR_IO;
		}
		boolean failed = comparison == null ? report.failed()
				: failOn.severity != null && comparison.introduced().stream().anyMatch(f -> f.severity().atLeast(failOn.severity));
		return failed ? ExitCode.FINDINGS : ExitCode.CLEAN;
	}
}
