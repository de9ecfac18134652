package io.stratagem.cli.dist;

import static io.stratagem.cli.dist.Distribution.javaOnPath;
import static io.stratagem.cli.dist.Distribution.stratagem;
import static io.stratagem.cli.dist.LanguageServerProcess.exit;
import static io.stratagem.cli.dist.LanguageServerProcess.initialize;
import static io.stratagem.cli.dist.LanguageServerProcess.shutdown;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each archive, unpacked into a folder outside the repository, runs the command line from there with the
 * machine's Java on PATH: validate, generate and the language server.
 */
class UnpackedDistributionIT {

	/** Each archive is unpacked once for the class; the tests only read the unpacked folder. */
	@TempDir
	static Path unpacked;
	private static final Map<String, Path> HOMES = new HashMap<>();

	private static synchronized Path home(String format) throws IOException, InterruptedException {
		Path home = HOMES.get(format);
		if (home == null) {
			home = Distribution.unpack(format, unpacked.resolve(format));
			HOMES.put(format, home);
		}
		return home;
	}

	@ParameterizedTest
	@ValueSource(strings = { "tar.gz", "zip" })
	void validatesTheExampleItShips(String format) throws Exception {
		Path home = home(format);

		Distribution.Run run = Distribution.run(stratagem(home, "validate", "examples/acme-insurance"), javaOnPath(), home);

		assertEquals(0, run.exitCode(), run.toString());
		assertTrue(run.out().endsWith("\n10 files, 0 errors, 26 warnings, 9 infos\n"), run.toString());
		assertTrue(run.out().startsWith("examples/acme-insurance/goals.strategy:10:10: info STRAT-ISO-001 "), run.toString());
	}

	@ParameterizedTest
	@ValueSource(strings = { "tar.gz", "zip" })
	void generatesTheSiteOfAnExampleCopiedOut(String format, @TempDir Path dir) throws Exception {
		Path home = home(format);
		Path model = copy(home.resolve("examples/acme-insurance"), dir.resolve("my model"));
		Path work = Files.createDirectories(dir.resolve("work"));

		Distribution.Run run = Distribution.run(stratagem(home, "generate", model.toString(), "-o", "site"), javaOnPath(), work);

		assertEquals(0, run.exitCode(), run.toString());
		assertEquals("wrote 42 files to site; open site/index.html\n", run.out(), run.toString());
		assertTrue(Files.readString(work.resolve("site/index.html")).contains("<title>Overview · Acme Insurance AI Strategy 2027-2029</title>"));
		assertTrue(Files.isRegularFile(work.resolve("site/exports/use-cases.csv")), run.toString());
	}

	@ParameterizedTest
	@ValueSource(strings = { "tar.gz", "zip" })
	void languageServerAnswersInitializeAndExitsCleanly(String format, @TempDir Path dir) throws Exception {
		Path home = home(format);
		ProcessBuilder builder = new ProcessBuilder(stratagem(home, "lsp")).directory(dir.toFile());
		builder.environment().remove("JAVA_HOME");
		builder.environment().put("PATH", javaOnPath().get("PATH"));
		Process server = builder.redirectError(ProcessBuilder.Redirect.DISCARD).start();
		try {
			String root = home.resolve("examples/acme-insurance").toUri().toString();
			String initialized = initialize(server, root);
			assertTrue(initialized.contains("\"id\":1"), initialized);
			assertTrue(initialized.contains("\"completionProvider\""), initialized);
			assertTrue(shutdown(server).contains("\"id\":2"));
			exit(server);

			assertTrue(server.waitFor(60, TimeUnit.SECONDS), "the server exits after exit");
			assertEquals(0, server.exitValue());
		} finally {
			server.destroyForcibly();
		}
	}

	private static Path copy(Path from, Path to) throws IOException {
		Files.createDirectories(to);
		try (Stream<Path> files = Files.list(from)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				Files.copy(file, to.resolve(file.getFileName().toString()));
			}
		}
		return to;
	}
}
