package io.stratagem.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import com.google.inject.Inject;

import io.stratagem.model.files.AtomicFiles;
import io.stratagem.report.OutputFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code stratagem new}: writes a small, valid strategy project to start from. */
@Command(name = "new", mixinStandardHelpOptions = true, versionProvider = Version.class,
		description = "Create a folder with a small, valid strategy model to start from.")
public class NewCommand extends Subcommand {

	/** The template files, under templates/new/ in this bundle. */
	static final List<String> TEMPLATES = List.of("organisation.strategy", "strategy.strategy");

	@Parameters(paramLabel = "DIR", description = "the folder to create; it must not exist or be empty")
	Path folder;

	@Override
	public Integer call() throws IOException {
		if (!OutputFolder.isNewOrEmpty(folder)) {
			err().println("stratagem: " + display.show(folder) + " already exists and is not an empty folder: choose a new folder");
			return ExitCode.USAGE_OR_IO;
		}
		String namespace = namespaceFor(folder);
		for (String template : TEMPLATES) {
			String text = template(template).replace("${namespace}", namespace).replace("${folder}", display.show(folder));
			AtomicFiles.write(folder.resolve(template), text);
		}
		out().println("created " + display.show(folder) + " with " + String.join(", ", TEMPLATES) + " (namespace " + namespace + ")");
		out().println("next: stratagem validate " + display.show(folder));
		return ExitCode.CLEAN;
	}

	/** A namespace from the folder name: lower-case letters and digits, starting with a letter. */
	static String namespaceFor(Path folder) {
		String name = folder.toAbsolutePath().normalize().getFileName().toString().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
		return name.isEmpty() || !Character.isLetter(name.charAt(0)) ? "strategy" + name : name;
	}


	private static String template(String name) throws IOException {
		try (InputStream in = NewCommand.class.getClassLoader().getResourceAsStream("templates/new/" + name)) {
			if (in == null) {
				throw new IOException("the template " + name + " is missing from the io.stratagem.cli bundle");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
