package io.stratagem.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.resource.Resource;

import com.google.inject.Inject;

import io.stratagem.archimate.ArchimateExport;
import io.stratagem.inventory.OmbInventoryExporter;
import io.stratagem.model.StrategyModel;
import io.stratagem.report.OutputFolder;
import io.stratagem.workspace.load.ModelSet;
import io.stratagem.workspace.load.ModelSetLoader;
import io.stratagem.workspace.report.Finding;
import io.stratagem.workspace.report.FindingCollector;
import io.stratagem.workspace.report.TextReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code stratagem export}: gives models back in the formats organisations keep. */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = Version.class,
		description = "Export .strategy models to an inventory or an ArchiMate exchange file.", subcommands = { ExportCommand.OmbInventory.class,
				ExportCommand.Archimate.class })
public class ExportCommand extends CommandGroup {

	/**
	 * What both exports do first: read the models and refuse, writing nothing, when they are not
	 * whole, for a model that is not fully read would be exported in part.
	 */
	abstract static class ModelExport extends Subcommand {

		@Parameters(arity = "1..*", paramLabel = "PATH", description = ".strategy files or folders to search for them")
		List<Path> paths;

		@Mixin
		ProgressOptions progressOptions;

		@Inject
		private ModelSetLoader loader;

		@Inject
		private FindingCollector collector;

		/** Writes the export of whole models and says what it wrote; returns the exit code. */
		abstract int export(ModelSet models) throws IOException;

		@Override
		public Integer call() throws IOException {
			PrintWriter err = err();
			ProgressLine progress = progressOptions.start(err);
			ModelSet models = loader.load(paths, progress);
			progress.done();
			List<Finding> errors = collector.collect(models).stream().filter(Finding::leavesModelIncomplete).toList();
			if (!errors.isEmpty()) {
				errors.forEach(f -> err.println(TextReportWriter.line(f)));
				err.println("stratagem: nothing exported: fix the errors above");
				return models.loadFindings().isEmpty() ? ExitCode.FINDINGS : ExitCode.USAGE_OR_IO;
			}
			return export(models);
		}
	}

	/** {@code stratagem export omb-inventory <folders> -o <csv>}. */
	@Command(name = "omb-inventory", mixinStandardHelpOptions = true, versionProvider = Version.class,
			description = "Export use cases in the 36-column schema of the US federal AI use case inventory (UTF-8 CSV with byte-order mark).")
	public static class OmbInventory extends ModelExport {

		@Option(names = { "-o", "--output" }, required = true, paramLabel = "CSV", description = "the CSV file to write")
		Path output;

		@Option(names = "--overwrite", description = "replace CSV even when Stratagem did not write it or it was changed since")
		boolean overwrite;

		@Inject
		private OmbInventoryExporter exporter;

		@Override
		int export(ModelSet models) throws IOException {
			List<Resource> resources = new ArrayList<>(models.resources().values());
			List<Map<String, String>> rows = exporter.rows(resources);
			StringWriter csv = new StringWriter();
			csv.write('\uFEFF');
			exporter.write(rows, csv);
			OutputFolder.writeFile(output, csv.toString(), overwrite);
			out().println("exported " + rows.size() + " use cases to " + display.show(output));
			return ExitCode.CLEAN;
		}
	}

	/** {@code stratagem export archimate <folders> -o <xml>}. */
	@Command(name = "archimate", mixinStandardHelpOptions = true, versionProvider = Version.class,
			description = "Export the models as an ArchiMate 3.1 Open Exchange Format file for Archi and other EA tools: elements, relationships, a strategy view and a view per roadmap; see docs/archimate.md.")
	public static class Archimate extends ModelExport {

		@Option(names = { "-o", "--output" }, required = true, paramLabel = "XML", description = "the exchange file to write")
		Path output;

		@Option(names = "--name", paramLabel = "NAME", description = "the name of the ArchiMate model (default: the title of the first strategy)")
		String name;

		@Option(names = "--overwrite", description = "replace XML even when Stratagem did not write it or it was changed since")
		boolean overwrite;

		@Override
		int export(ModelSet models) throws IOException {
			Map<String, StrategyModel> byFile = new java.util.TreeMap<>();
			models.resources().forEach((path, resource) -> {
				if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof StrategyModel model) {
					byFile.put(relative(path), model);
				}
			});
			ArchimateExport.Result result = new ArchimateExport().export(byFile, name != null ? name : defaultName(byFile));
			OutputFolder.writeFile(output, result.xml(), overwrite);
			out().println("exported " + result.elements() + " elements, " + result.relationships() + " relationships and "
					+ result.views().size() + " views to " + display.show(output));
			return ExitCode.CLEAN;
		}

		/** The file's path under the folder given that holds it, with forward slashes; its name when given as a file. */
		private String relative(Path file) {
			for (Path path : paths) {
				Path folder = path.toAbsolutePath().normalize();
				if (java.nio.file.Files.isDirectory(folder) && file.toAbsolutePath().normalize().startsWith(folder)) {
					return folder.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
				}
			}
			return file.getFileName().toString();
		}

		private static String defaultName(Map<String, StrategyModel> models) {
			return models.values().stream().flatMap(m -> m.getElements().stream()).filter(io.stratagem.model.Strategy.class::isInstance)
					.map(io.stratagem.roadmap.ModelElements::label).findFirst().orElse("Stratagem model");
		}
	}
}
