package io.stratagem.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.eclipse.emf.ecore.resource.Resource;

import com.google.inject.Inject;

import io.stratagem.inventory.OmbInventoryExporter;
import io.stratagem.report.OutputFolder;
import io.stratagem.workspace.load.ModelSet;
import io.stratagem.workspace.load.ModelSetLoader;
import io.stratagem.workspace.load.PathDisplay;
import io.stratagem.workspace.report.Finding;
import io.stratagem.workspace.report.FindingCollector;
import io.stratagem.workspace.report.Severity;
import io.stratagem.workspace.report.TextReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stratagem export}: gives models back in the formats organisations keep. */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = Version.class,
		description = "Export .strategy models to an inventory.", subcommands = ExportCommand.OmbInventory.class)
public class ExportCommand implements Runnable {

	@Spec
	CommandSpec spec;

	@Override
	public void run() {
		throw new picocli.CommandLine.ParameterException(spec.commandLine(), "say what to export: omb-inventory");
	}

	/** {@code stratagem export omb-inventory <folders> -o <csv>}. */
	@Command(name = "omb-inventory", mixinStandardHelpOptions = true, versionProvider = Version.class,
			description = "Export use cases in the 36-column schema of the US federal AI use case inventory (UTF-8 CSV with byte-order mark).")
	public static class OmbInventory implements Callable<Integer> {

		@Parameters(arity = "1..*", paramLabel = "PATH", description = ".strategy files or folders to search for them")
		List<Path> paths;

		@Option(names = { "-o", "--output" }, required = true, paramLabel = "CSV", description = "the CSV file to write")
		Path output;

		@Option(names = "--overwrite", description = "replace CSV even when Stratagem did not write it or it was changed since")
		boolean overwrite;

		@Spec
		CommandSpec spec;

		@Inject
		private ModelSetLoader loader;

		@Inject
		private FindingCollector collector;

		@Inject
		private OmbInventoryExporter exporter;

		@Inject
		private PathDisplay display;

		@Override
		public Integer call() throws IOException {
			PrintWriter err = spec.commandLine().getErr();
			ModelSet models = loader.load(paths);
			List<Finding> errors = collector.collect(models).stream().filter(f -> f.severity() == Severity.ERROR
					&& (f.code().startsWith("STRAT-IO") || f.code().startsWith("STRAT-PARSE") || f.code().startsWith("STRAT-LINK"))).toList();
			if (!errors.isEmpty()) {
				// A model that is not fully read would export incomplete rows: nothing is written.
				errors.forEach(f -> err.println(TextReportWriter.line(f)));
				err.println("stratagem: nothing exported: fix the errors above");
				return models.loadFindings().isEmpty() ? ExitCode.FINDINGS : ExitCode.USAGE_OR_IO;
			}
			List<Resource> resources = new ArrayList<>(models.resources().values());
			List<Map<String, String>> rows = exporter.rows(resources);
			StringWriter csv = new StringWriter();
			csv.write('\uFEFF');
			exporter.write(rows, csv);
			OutputFolder.writeFile(output, csv.toString(), overwrite);
			spec.commandLine().getOut().println("exported " + rows.size() + " use cases to " + display.show(output));
			return ExitCode.CLEAN;
		}
	}
}
