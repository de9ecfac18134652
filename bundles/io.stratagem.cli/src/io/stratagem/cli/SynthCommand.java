package io.stratagem.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import com.google.inject.Inject;

import io.stratagem.cli.synth.SyntheticModelGenerator;
import io.stratagem.model.files.AtomicFiles;
import io.stratagem.report.OutputFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code stratagem synth}: writes a synthetic model of a chosen size for benchmarks. */
@Command(name = "synth", mixinStandardHelpOptions = true, versionProvider = Version.class,
		description = "Write a synthetic, valid, multi-file strategy model whose size grows with the number of use cases (for benchmarks).")
public class SynthCommand extends Subcommand {

	@Option(names = "--use-cases", required = true, paramLabel = "N", description = "number of use cases; about 17 model elements each")
	int useCases;

	@Option(names = "--seed", defaultValue = "1", description = "random seed (default: ${DEFAULT-VALUE}); same seed, same files")
	long seed;

	@Option(names = "--area-use-cases", defaultValue = "" + SyntheticModelGenerator.USE_CASES_PER_AREA, paramLabel = "N",
			description = "use cases per area (default: ${DEFAULT-VALUE}); each area gets its own data, KPI and governance files, so no file grows past a few megabytes")
	int areaUseCases;

	@Option(names = { "-o", "--output" }, required = true, paramLabel = "DIR", description = "the folder to write to; it must not exist or be empty")
	Path output;

	@Inject
	private SyntheticModelGenerator generator;

	@Override
	public Integer call() throws IOException {
		if (useCases < 1) {
			err().println("stratagem: --use-cases must be at least 1");
			return ExitCode.USAGE_OR_IO;
		}
		if (areaUseCases < 1) {
			err().println("stratagem: --area-use-cases must be at least 1");
			return ExitCode.USAGE_OR_IO;
		}
		if (!OutputFolder.isNewOrEmpty(output)) {
			err().println("stratagem: " + display.show(output) + " already exists and is not an empty folder: choose a new folder");
			return ExitCode.USAGE_OR_IO;
		}
		Map<String, String> files = generator.generate(useCases, seed, areaUseCases);
		for (Map.Entry<String, String> file : files.entrySet()) {
			AtomicFiles.write(output.resolve(file.getKey()), file.getValue());
		}
		out().println("wrote " + files.size() + " files with " + useCases + " use cases to " + display.show(output));
		return ExitCode.CLEAN;
	}

}
