package io.stratagem.cli.dist;

import static io.stratagem.cli.dist.Distribution.javaOnPath;
import static io.stratagem.cli.dist.Distribution.stratagem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
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
		assertTrue(run.out().endsWith("\n10 files, 0 errors, 6 warnings, 8 infos\n"), run.toString());
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
		assertEquals("wrote 41 files to site; open site/index.html\n", run.out(), run.toString());
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
			send(server.getOutputStream(),
					"{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"processId\":null,\"rootUri\":\"" + root + "\",\"capabilities\":{}}}");
			String initialized = receive(server.getInputStream());
			assertTrue(initialized.contains("\"id\":1"), initialized);
			assertTrue(initialized.contains("\"completionProvider\""), initialized);
			send(server.getOutputStream(), "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"shutdown\"}");
			assertTrue(receive(server.getInputStream()).contains("\"id\":2"));
			send(server.getOutputStream(), "{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}");

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

	private static void send(OutputStream out, String json) throws IOException {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		out.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
		out.write(body);
		out.flush();
	}

	/** Reads one LSP response, skipping the notifications the server may send first. */
	private static String receive(InputStream in) throws IOException {
		while (true) {
			StringBuilder header = new StringBuilder();
			while (!header.toString().endsWith("\r\n\r\n")) {
				int b = in.read();
				if (b < 0) {
					throw new IOException("the server closed its output");
				}
				header.append((char) b);
			}
			int length = -1;
			for (String line : header.toString().split("\r\n")) {
				if (line.startsWith("Content-Length:")) {
					length = Integer.parseInt(line.substring("Content-Length:".length()).trim());
				}
			}
			String body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
			if (body.contains("\"id\"")) {
				return body;
			}
		}
	}
}
