package io.stratagem.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.google.inject.Inject;

import io.stratagem.report.BoardPack;
import io.stratagem.report.OutputFolder;
import io.stratagem.report.RoadmapArtifacts;
import io.stratagem.workspace.load.ModelSet;
import io.stratagem.workspace.report.Finding;
import io.stratagem.workspace.report.FindingCollector;
import io.stratagem.workspace.report.Severity;
import io.stratagem.workspace.report.TextReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code stratagem generate}: validates, then writes the roadmap artifacts into one folder. */
@Command(name = "generate", mixinStandardHelpOptions = true, versionProvider = Version.class,
		description = "Validate the models, then write the roadmap site (with readiness, traceability, conformity and one page per use case), roadmap.md, Mermaid Gantt and flowchart sources and CSV/JSON exports into a folder.")
public class GenerateCommand extends Subcommand {

	@Mixin
	ModelSetOptions input;

	@Option(names = { "-o", "--output" }, required = true, paramLabel = "DIR", description = "the output folder: new or empty, or one Stratagem wrote (it lists its files in .stratagem-output); its files are replaced when generation succeeds, files Stratagem did not write are kept")
	Path output;

	@Option(names = "--force", description = "generate even when the models have errors (they are printed on standard error, and the exit code is 0)")
	boolean force;

	@Option(names = "--pdf", description = "also write the board pack, " + BoardPack.FILE + ": cover, executive summary, roadmap, KPI scorecard, risk heat maps and conformity checklists in one PDF")
	boolean pdf;

	@Mixin
	ProgressOptions progressOptions;

	/** Errors printed at most; validate lists them all. */
	private static final int MAX_ERRORS_PRINTED = 50;

	@Inject
	private FindingCollector collector;

	@Inject
	private RoadmapArtifacts artifacts;

	@Override
	public Integer call() throws IOException {
		ProgressLine progress = progressOptions.start(err());
		ModelSet models = input.load(err(), progress);
		progress.done();
		if (models == null) {
			return ExitCode.USAGE_OR_IO;
		}
		List<Finding> findings = collector.collect(models);
		List<Finding> errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
		if (!models.loadFindings().isEmpty() || (!errors.isEmpty() && !force)) {
			printErrors(errors);
			err().println("stratagem: nothing generated: " + errors.size() + " errors" + (models.loadFindings().isEmpty() ? " (use --force to generate anyway)" : ""));
			return models.loadFindings().isEmpty() ? ExitCode.FINDINGS : ExitCode.USAGE_OR_IO;
		}
		// forced: the errors are printed as a refusal prints them, and the run says it wrote despite them
		printErrors(errors);
		Map<String, byte[]> files = pdf ? artifacts.withBoardPack(models, findings) : OutputFolder.utf8(artifacts.of(models, findings));
		OutputFolder.replaceBytes(output, files, input.paths, progress);
		progress.done();
		if (!errors.isEmpty()) {
			err().println("stratagem: wrote " + display.show(output) + " despite " + errors.size() + (errors.size() == 1 ? " error" : " errors")
					+ " (--force): see " + display.show(output.resolve("findings.html")));
		}
		out().println("wrote " + files.size() + " files to " + display.show(output) + "; open " + display.show(output.resolve("index.html")));
		return ExitCode.CLEAN;
	}

	/** The errors on standard error, one per line as {@code validate} prints them: the first 50, and how many more. */
	private void printErrors(List<Finding> errors) {
		errors.stream().limit(MAX_ERRORS_PRINTED).forEach(f -> err().println(TextReportWriter.line(f)));
		if (errors.size() > MAX_ERRORS_PRINTED) {
			err().println("... and " + (errors.size() - MAX_ERRORS_PRINTED) + " more errors: stratagem validate lists them all");
		}
	}
}
