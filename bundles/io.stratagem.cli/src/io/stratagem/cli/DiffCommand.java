package io.stratagem.cli;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.google.inject.Inject;

import io.stratagem.dsl.validation.RuleProfiles;
import io.stratagem.workspace.diff.BaselineState;
import io.stratagem.workspace.diff.GitRevisions;
import io.stratagem.workspace.diff.JsonDiffWriter;
import io.stratagem.workspace.diff.MarkdownDiffWriter;
import io.stratagem.workspace.diff.RefusedInput;
import io.stratagem.workspace.diff.StrategyDiff;
import io.stratagem.workspace.diff.StrategyDiffService;
import io.stratagem.workspace.report.Finding;
import io.stratagem.workspace.report.SarifReportWriter;
import io.stratagem.workspace.report.TerminalText;
import io.stratagem.workspace.report.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code stratagem diff OLD NEW}: what changed in meaning between two versions of a model, two
 * folders or two Git revisions of one folder (read into temporary folders, deleted afterwards).
 */
@Command(name = "diff", mixinStandardHelpOptions = true, versionProvider = Version.class,
		description = "Compare two versions of a model (two folders, or two Git revisions of one folder with --git) and report what changed in meaning: use cases, risks, KPIs, the roadmap, controls, framework coverage and findings.")
public class DiffCommand extends Subcommand {

	/** The formats of a diff report. */
	enum Format {
		markdown, json, sarif
	}

	@Parameters(index = "0", paramLabel = "OLD", description = "the old version: a folder, or a Git revision with --git")
	String before;

	@Parameters(index = "1", paramLabel = "NEW", description = "the new version: a folder, or a Git revision with --git")
	String after;

	@Option(names = "--git", paramLabel = "FOLDER", description = "OLD and NEW are Git revisions; compare the models under FOLDER at each")
	Path git;

	@Option(names = "--format", defaultValue = "markdown", description = "markdown, json or sarif (default: ${DEFAULT-VALUE})")
	Format format;

	@Mixin
	ReportDestination destination;

	@Option(names = "--fail-on", defaultValue = "error", description = "error, warning or never: the least severity of an introduced finding that makes the exit code 1 (default: ${DEFAULT-VALUE})")
	ValidateCommand.FailOn failOn;

	@Inject
	private StrategyDiffService service;

	@Inject
	private GitRevisions revisions;

	@Inject
	private RuleProfiles profiles;

	@Override
	public Integer call() throws IOException {
		profiles.useProfile(null); // each file's nearest stratagem.properties, as at either version
		List<Path> temporary = new ArrayList<>();
		StrategyDiff diff;
		try {
			diff = service.compare(version(before, temporary), version(after, temporary));
		} catch (RefusedInput e) {
			err().println("stratagem: error " + e.code() + " " + TerminalText.visible(e.getMessage()));
			return ExitCode.USAGE_OR_IO;
		} finally {
			for (Path folder : temporary) {
				delete(folder);
			}
		}
		StringWriter text = new StringWriter();
		String version = io.stratagem.workspace.Version.current();
		switch (format) {
		case markdown -> new MarkdownDiffWriter().write(diff, text);
		case json -> new JsonDiffWriter().write(diff, version, text);
		case sarif -> {
			Map<Finding, BaselineState> states = diff.findings().states();
			List<Finding> findings = diff.findings().all();
			List<String> files = findings.stream().map(Finding::file).distinct().sorted().toList();
			new SarifReportWriter(f -> states.get(f).label()).write(new ValidationReport(version, files, Map.of(), findings, failOn.severity), text);
		}
		}
		destination.write(text.toString(), out());
		boolean failed = failOn.severity != null && diff.findings().introduced().stream().anyMatch(f -> f.severity().atLeast(failOn.severity));
		return failed ? ExitCode.FINDINGS : ExitCode.CLEAN;
	}

	/** One side: the folder as given, or the revision read into a new temporary folder. */
	private StrategyDiffService.Version version(String side, List<Path> temporary) throws RefusedInput, IOException {
		if (git == null) {
			return new StrategyDiffService.Version(side, Path.of(side));
		}
		Path folder = Files.createTempDirectory("stratagem-diff-");
		temporary.add(folder);
		revisions.export(git, side, folder);
		return new StrategyDiffService.Version(side, folder);
	}

	private static void delete(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(file);
			}
		}
	}
}
