package io.stratagem.cli.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.stratagem.testing.ProjectFiles;

/**
 * The generated site as a person sees it: the example's overview and roadmap pages rendered by
 * headless Chromium, the Gantt chart present in the rendered page and the screenshots non-empty.
 * Runs when Chromium is installed, and must run in CI (environment CI=true; .ci/run installs
 * Debian's chromium). Screenshots are kept in target/screenshots.
 */
class SiteInBrowserTest {

	private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
	private static final Path ROOT = ProjectFiles.root();

	@TempDir
	static Path dir;

	private static Path site;

	@BeforeAll
	static void generateTheSite() throws Exception {
		boolean required = "true".equals(System.getenv("CI"));
		if (required) {
			assertTrue(Files.isExecutable(CHROMIUM), "browser tests are required but " + CHROMIUM + " is missing: apt-get install chromium");
		}
		Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed: browser tests skipped");
		site = dir.resolve("site");
		Process generate = new ProcessBuilder(java("generate", ROOT.resolve("examples/acme-insurance").toString(), "-o", site.toString()))
				.redirectErrorStream(true).start();
		String output = new String(generate.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(generate.waitFor(120, TimeUnit.SECONDS));
		assertEquals(0, generate.exitValue(), output);
	}

	@Test
	void roadmapPageDrawsTheGantt() throws Exception {
		String dom = chromium("--dump-dom", site.resolve("roadmap.html").toUri().toString());
		assertEquals(35, Pattern.compile("<g class=\"initiative").matcher(dom).results().count(), "one bar per initiative in the rendered page");
		assertTrue(dom.contains("class=\"initiative critical"));
		assertTrue(screenshot("roadmap.html") > 20_000, "the roadmap screenshot has content");
	}

	@Test
	void overviewPageRenders() throws Exception {
		String dom = chromium("--dump-dom", site.resolve("index.html").toUri().toString());
		assertTrue(dom.contains("Overview"));
		assertTrue(screenshot("index.html") > 10_000, "the overview screenshot has content");
	}

	private static long screenshot(String page) throws Exception {
		Path shots = Files.createDirectories(Paths.get("target/screenshots"));
		Path png = shots.resolve(page.replace(".html", ".png")).toAbsolutePath();
		Files.deleteIfExists(png);
		chromium("--screenshot=" + png, "--window-size=1400,1000", site.resolve(page).toUri().toString());
		assertTrue(Files.isRegularFile(png), "no screenshot written");
		return Files.size(png);
	}

	private static String chromium(String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
				"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--user-data-dir=" + Files.createTempDirectory(dir, "chromium"), "--virtual-time-budget=3000"));
		command.addAll(List.of(args));
		Process process = new ProcessBuilder(command).start();
		process.getOutputStream().close();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		process.getErrorStream().readAllBytes();
		if (!process.waitFor(120, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError("Chromium did not finish");
		}
		return out;
	}

	private static List<String> java(String... args) {
		List<String> command = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				Paths.get(System.getProperty("stratagem.lib")).resolve("*").toString(), "io.stratagem.cli.Main"));
		command.addAll(List.of(args));
		return command;
	}
}
