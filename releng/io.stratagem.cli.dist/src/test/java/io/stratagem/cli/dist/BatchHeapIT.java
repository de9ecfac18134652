package io.stratagem.cli.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/stratagem sizes the heap of batch commands from the machine's memory, with collector settings
 * under which resident memory follows the live data, and never over a heap the user chose. A stand-in java prints the arguments it is given, one per line.
 */
class BatchHeapIT {

	@TempDir
	static Path unpacked;
	private static Path sharedHome;

	private static synchronized Path home() throws Exception {
		if (sharedHome == null) {
			sharedHome = Distribution.unpack("tar.gz", unpacked);
		}
		return sharedHome;
	}

	@Test
	void aBatchCommandGetsHalfTheMachinesMemoryAsItsLargestHeapAndAHeapThatGrowsOnlyWhenCollectionsCostTime(@TempDir Path dir) throws Exception {
		List<String> arguments = javaArguments(dir, Map.of(), "validate", "model");
		assertEquals(List.of("-XX:MaxRAMPercentage=50", "-XX:+UseG1GC", "-XX:GCTimeRatio=2", "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30",
				"-XX:TieredStopAtLevel=1", "-cp", home().resolve("lib") + "/*", "io.stratagem.cli.Main", "validate", "model"), arguments);
	}

	@Test
	void theUsersOwnCollectorSettingsComeAfterTheLaunchersAndWin(@TempDir Path dir) throws Exception {
		List<String> arguments = javaArguments(dir, Map.of("STRATAGEM_JAVA_OPTS", "-XX:GCTimeRatio=12"), "generate", "model");
		assertEquals(List.of("-XX:MaxRAMPercentage=50", "-XX:+UseG1GC", "-XX:GCTimeRatio=2", "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30",
				"-XX:GCTimeRatio=12", "-XX:TieredStopAtLevel=1"), arguments.subList(0, 7));
	}

	@Test
	void theUsersOwnHeapIsKeptAndNothingIsAdded(@TempDir Path dir) throws Exception {
		assertEquals(List.of("-Xmx3g", "-Dx=1", "-XX:TieredStopAtLevel=1"),
				javaArguments(dir, Map.of("STRATAGEM_JAVA_OPTS", "-Xmx3g -Dx=1"), "validate", "model").subList(0, 3));
		assertEquals(List.of("-Dx=1", "-XX:MaxHeapSize=2g", "-XX:TieredStopAtLevel=1"),
				javaArguments(dir, Map.of("STRATAGEM_JAVA_OPTS", "-Dx=1 -XX:MaxHeapSize=2g"), "generate", "model").subList(0, 3));
		assertEquals(List.of("-XX:TieredStopAtLevel=1", "-cp"),
				javaArguments(dir, Map.of("JAVA_TOOL_OPTIONS", "-XX:MaxRAMPercentage=30"), "validate", "model").subList(0, 2));
		assertEquals(List.of("-XX:TieredStopAtLevel=1", "-cp"),
				javaArguments(dir, Map.of("JDK_JAVA_OPTIONS", "-Xmx512m"), "validate", "model").subList(0, 2));
	}

	@Test
	void theLongRunningCommandsAreNotSizedHere(@TempDir Path dir) throws Exception {
		for (String command : List.of("lsp", "serve")) {
			List<String> arguments = javaArguments(dir, Map.of(), command);
			assertFalse(arguments.contains("-XX:MaxRAMPercentage=50"), command);
			assertFalse(arguments.stream().anyMatch(argument -> argument.startsWith("-XX:GCTimeRatio")), command);
		}
	}

	/** What bin/stratagem passes to java for the arguments, with the environment given added. */
	private static List<String> javaArguments(Path dir, Map<String, String> environment, String... arguments) throws Exception {
		Path bin = Files.createDirectories(dir.resolve("echo-java/bin"));
		Path java = Files.writeString(bin.resolve("java"), """
				#!/bin/sh
				if [ "$1" = -version ]; then echo 'openjdk version "17.0.15" 2025-04-15' >&2; exit 0; fi
				for argument in "$@"; do printf '%s\\n' "$argument"; done
				""");
		Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
		Map<String, String> all = new HashMap<>(Map.of("JAVA_HOME", "", "PATH", bin + ":/usr/bin:/bin", "STRATAGEM_JAVA_OPTS", "",
				"JAVA_TOOL_OPTIONS", "", "JDK_JAVA_OPTIONS", ""));
		all.putAll(environment);
		Distribution.Run run = Distribution.run(Distribution.stratagem(home(), arguments), all, dir);
		assertEquals(0, run.exitCode(), run.toString());
		return run.out().lines().toList();
	}
}
