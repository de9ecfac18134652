package io.stratagem.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleFunction;

import com.google.inject.Inject;
import com.google.inject.Provider;

import io.stratagem.archimate.ArchimateImport;
import io.stratagem.dsl.validation.SourceCodes;
import io.stratagem.inventory.OmbInventoryImporter;
import io.stratagem.report.OutputFolder;
import io.stratagem.workspace.load.ModelFiles;
import io.stratagem.workspace.load.ModelSetLoader;
import io.stratagem.workspace.report.TerminalText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code stratagem import}: brings inventories kept elsewhere into .strategy models. */
@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = Version.class,
		description = "Import an inventory or an ArchiMate exchange file into .strategy files.", subcommands = { ImportCommand.OmbInventory.class,
				ImportCommand.Archimate.class })
public class ImportCommand extends CommandGroup {

	/**
	 * The whole text of a file to import: at most {@code limitMegabytes}, strict UTF-8, without a
	 * byte-order mark; null when it cannot be imported, after saying why on {@code err}.
	 *
	 * @param tooLarge what to say of a file over the limit, given its size in megabytes
	 */
	static String readInput(Path file, String source, long limitMegabytes, PrintWriter err, DoubleFunction<String> tooLarge) throws IOException {
		try {
			long size = Files.size(file);
			if (size > limitMegabytes * 1024 * 1024) {
				err.println("stratagem: " + source + ": " + tooLarge.apply(size / 1024.0 / 1024.0));
				return null;
			}
			return OmbInventory.decode(Files.readAllBytes(file));
		} catch (java.nio.file.NoSuchFileException e) {
			err.println("stratagem: " + source + ": no such file");
		} catch (CharacterCodingException e) {
			err.println("stratagem: " + source + ": the file is not UTF-8: save it as UTF-8");
		}
		return null;
	}

	/**
	 * What both imports do around their own reading: read the input within its limit, turn it into
	 * files in memory, stage them in the output folder (a failed run changes no file), then print
	 * the warnings and a summary.
	 */
	abstract static class FileImport extends Subcommand {

		/** What an import produced: the files to write, the warning lines and the summary line. */
		record Imported(Map<String, String> files, List<String> warnings, String summary) {
		}

		@Option(names = { "-o", "--output" }, required = true, paramLabel = "DIR", description = "the folder to write the .strategy files to: new or empty, or one an earlier import wrote (its files are replaced, files Stratagem did not write are kept)")
		Path output;

		@Mixin
		ProgressOptions progressOptions;

		/** The file to import. */
		abstract Path input();

		/** The input's text, read by {@link ImportCommand#readInput} with this import's limit; null after saying why. */
		abstract String read(Path input, String source, PrintWriter err) throws IOException;

		/** The files and findings of the text; null when it is refused, after saying why on {@code err}. */
		abstract Imported convert(String text, String source, PrintWriter err);

		@Override
		public Integer call() throws IOException {
			PrintWriter out = out();
			PrintWriter err = err();
			ProgressLine progress = progressOptions.start(err);
			Path input = input();
			String source = display.show(input);
			String text = read(input, source, err);
			if (text == null) {
				return ExitCode.USAGE_OR_IO;
			}
			Imported imported = convert(text, source, err);
			if (imported == null) {
				return ExitCode.USAGE_OR_IO;
			}
			// Every file is produced in memory, then staged in the folder: a failed run changes no file.
			try {
				OutputFolder.replace(output, imported.files(), List.of(input), progress);
			} catch (IOException e) {
				progress.done();
				err.println("stratagem: nothing imported: " + e.getMessage());
				return ExitCode.USAGE_OR_IO;
			}
			progress.done();
			imported.warnings().forEach(out::println);
			out.println(imported.summary());
			return ExitCode.CLEAN;
		}
	}

	/** {@code stratagem import omb-inventory <csv> -o <dir>}. */
	@Command(name = "omb-inventory", mixinStandardHelpOptions = true, versionProvider = Version.class,
			description = "Import the US federal AI use case inventory (CSV, 36 columns): one .strategy file per agency, nothing dropped.")
	public static class OmbInventory extends FileImport {

		/**
		 * System property with the largest inventory imported, in megabytes. The import holds the
		 * text, its rows and the files it writes in memory; by default the limit follows the heap.
		 */
		public static final String MAX_INVENTORY_PROPERTY = "stratagem.maxInventoryMegabytes";

		/**
		 * Heap taken per byte of inventory, with room to spare: measured at about 8
		 * (docs/reliability.md, "Bounded on any input").
		 */
		static final long HEAP_BYTES_PER_INVENTORY_BYTE = 16;

		/** The default limit: what the heap holds, at least 16 MB (five times the 2025 federal inventory). */
		public static long defaultMaxInventoryMegabytes() {
			return Math.max(16, ModelSetLoader.heapMegabytes() / HEAP_BYTES_PER_INVENTORY_BYTE);
		}

		@Parameters(paramLabel = "CSV", description = "the inventory, UTF-8 with or without a byte-order mark")
		Path csv;

		/**
		 * Made when an inventory is imported: it reads the built-in OMB library and the data
		 * dictionary, which every other command would pay for at start (picocli makes all commands).
		 */
		@Inject
		private Provider<OmbInventoryImporter> importer;

		@Override
		Path input() {
			return csv;
		}

		@Override
		String read(Path input, String source, PrintWriter err) throws IOException {
			long limit = ModelFiles.megabytes(MAX_INVENTORY_PROPERTY, defaultMaxInventoryMegabytes());
			return readInput(input, source, limit, err, size -> String.format(java.util.Locale.ROOT,
					"error %s the inventory is %.1f MB, more than the %d MB that can be imported with a heap of %d MB: split it by agency, or give Java more heap (-Xmx) and raise the limit with -D%s=<megabytes> (for ./stratagem in STRATAGEM_JAVA_OPTS)",
					SourceCodes.INVENTORY_TOO_LARGE, size, limit, ModelSetLoader.heapMegabytes(), MAX_INVENTORY_PROPERTY));
		}

		@Override
		Imported convert(String text, String source, PrintWriter err) {
			OmbInventoryImporter.Result result;
			try {
				result = importer.get().read(new StringReader(text));
			} catch (IOException e) {
				err.println("stratagem: " + source + ": " + e.getMessage());
				return null;
			}
			List<String> warnings = result.findings().stream().map(finding -> source + ":row " + finding.row()
					+ (finding.column().isEmpty() ? "" : ":" + finding.column()) + ": warning " + finding.code() + " " + TerminalText.visible(finding.message()))
					.toList();
			return new Imported(result.files(), warnings, "imported " + result.rows() + " use cases of " + result.rowsPerAgency().size() + " agencies into "
					+ display.show(output) + " (" + result.files().size() + " files), " + result.findings().size() + " data-quality findings");
		}

		static String decode(byte[] bytes) throws CharacterCodingException {
			String text = ModelFiles.decodeUtf8(ByteBuffer.wrap(bytes));
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
	}

	/** {@code stratagem import archimate <xml> -o <dir>}. */
	@Command(name = "archimate", mixinStandardHelpOptions = true, versionProvider = Version.class,
			description = "Import an ArchiMate Open Exchange Format file (one Stratagem exported, or one of Archi or another EA tool) into .strategy files; see docs/archimate.md.")
	public static class Archimate extends FileImport {

		/** System property with the largest exchange file imported, in megabytes. */
		public static final String MAX_EXCHANGE_PROPERTY = "stratagem.maxExchangeMegabytes";

		@Parameters(paramLabel = "XML", description = "the exchange file, UTF-8")
		Path xml;

		@Inject
		private ArchimateImport importer;

		@Override
		Path input() {
			return xml;
		}

		@Override
		String read(Path input, String source, PrintWriter err) throws IOException {
			// the document is held as text and as a DOM tree: bounded like an inventory by the heap
			long limit = ModelFiles.megabytes(MAX_EXCHANGE_PROPERTY, OmbInventory.defaultMaxInventoryMegabytes());
			return readInput(input, source, limit, err, size -> String.format(java.util.Locale.ROOT,
					"error %s the file is %.1f MB, more than the %d MB that can be imported; raise the limit with -D%s=<megabytes> and give Java more heap (-Xmx)",
					SourceCodes.TOO_LARGE, size, limit, MAX_EXCHANGE_PROPERTY));
		}

		@Override
		Imported convert(String text, String source, PrintWriter err) {
			ArchimateImport.Result result;
			try {
				result = importer.read(text, source);
			} catch (ArchimateImport.RefusedException e) {
				err.println("stratagem: " + source + ": error " + e.code() + " " + TerminalText.visible(e.getMessage()));
				return null;
			}
			List<String> warnings = result.findings().stream()
					.map(finding -> source + ": warning " + finding.code() + " " + TerminalText.visible(finding.message())).toList();
			return new Imported(result.files(), warnings, "imported " + result.elements() + " elements and " + result.relationships() + " relationships into "
					+ display.show(output) + " (" + result.files().size() + " files), " + result.findings().size() + " findings");
		}
	}
}
