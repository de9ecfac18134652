package io.stratagem.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Only the command line's own tests and its distribution depend on io.stratagem.cli: every other front end
 * (the workbench, the Maven plugin) and every other bundle use the headless io.stratagem.workspace.
 */
class CommandLineDependentsTest {

	/** The cli bundle or one of its packages; io.stratagem.cli.tests and io.stratagem.cli.dist are names of their own. */
	private static final Pattern CLI = Pattern.compile("io\\.stratagem\\.cli(\\.[A-Za-z_]\\w*)*");

	@Test
	void onlyTheCommandLineTestsAndTheDistributionNameTheCommandLine() throws IOException {
		List<Path> files = new ArrayList<>();
		files.addAll(children("bundles", "META-INF/MANIFEST.MF"));
		files.addAll(children("releng", "pom.xml"));
		TreeSet<String> naming = new TreeSet<>();
		for (Path file : files) {
			if (namesTheCommandLine(Files.readString(file, StandardCharsets.UTF_8))) {
				naming.add(Cli.root().relativize(file).toString().replace('\\', '/'));
			}
		}
		assertEquals(List.of(
				"bundles/io.stratagem.cli.tests/META-INF/MANIFEST.MF",
				"bundles/io.stratagem.cli/META-INF/MANIFEST.MF",
				"releng/io.stratagem.cli.dist/pom.xml"), List.copyOf(naming));
	}

	private static boolean namesTheCommandLine(String text) {
		Matcher name = CLI.matcher(text);
		while (name.find()) {
			String found = name.group();
			if (!found.startsWith("io.stratagem.cli.tests") && !found.startsWith("io.stratagem.cli.dist")) {
				return true;
			}
		}
		return false;
	}

	/** {@code folder/*}{@code /file} under the repository root, for each child folder that has it. */
	private static List<Path> children(String folder, String file) throws IOException {
		try (Stream<Path> children = Files.list(Cli.root().resolve(folder))) {
			return children.map(child -> child.resolve(file)).filter(Files::isRegularFile).sorted().toList();
		}
	}
}
