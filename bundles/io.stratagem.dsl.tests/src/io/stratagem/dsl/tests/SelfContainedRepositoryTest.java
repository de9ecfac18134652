package io.stratagem.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.MalformedInputException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.stratagem.testing.ProjectFiles;

/**
 * A user's clone has nothing beside it: the build, the tests, the benchmarks and the scripts name
 * no path outside the repository. (CI also builds in a fresh clone made where nothing is beside it.)
 */
class SelfContainedRepositoryTest {

	/** Folders that hold build output, downloads or git's own files, not sources. */
	private static final Set<String> NOT_SOURCES = Set.of(".git", "target", "node_modules", "web-dist", "glsp-client", "out", "test-data", "src-gen", "emf-gen", "xtend-gen");
	private static final Pattern SOURCE = Pattern.compile(".*\\.(java|xml|xtext|mwe2|properties|json|ts|js|mjs|sh|cmd|target|product|MF)|stratagem|mvnw|run");
	/** Where material was handed to the project beside its repository; a clone never has it. */
	private static final String BESIDE = "shared";
	private static final Pattern HANDED_OVER = Pattern.compile("\\.\\./(\\.\\./)*" + BESIDE + "/|" + BESIDE + "/(datasets|docs)/");
	private static final Pattern RELATIVE_PARENT = Pattern.compile("<relativePath>([^<]*)</relativePath>");

	@Test
	void noSourceNamesTheFolderBesideTheRepository() throws IOException {
		List<String> found = new ArrayList<>();
		for (Path file : sources()) {
			String text = read(file);
			Matcher matcher = HANDED_OVER.matcher(text);
			while (matcher.find()) {
				found.add(where(file, text, matcher.start()) + ": " + matcher.group());
			}
		}
		assertEquals(List.of(), found, "copy what the project needs into the repository (data/, docs/) and read it from there");
	}

	@Test
	void everyParentPomIsInsideTheRepository() throws IOException {
		Path root = ProjectFiles.root();
		List<String> outside = new ArrayList<>();
		int parents = 0;
		for (Path pom : sources().stream().filter(file -> file.getFileName().toString().equals("pom.xml")).toList()) {
			Matcher matcher = RELATIVE_PARENT.matcher(read(pom));
			while (matcher.find()) {
				parents++;
				if (!pom.getParent().resolve(matcher.group(1).strip()).normalize().startsWith(root)) {
					outside.add(root.relativize(pom) + ": " + matcher.group(1));
				}
			}
		}
		assertTrue(parents > 20, "the modules' poms were read: " + parents);
		assertEquals(List.of(), outside);
	}

	@Test
	void theDatasetsAreInTheRepository() {
		assertTrue(Files.isRegularFile(ProjectFiles.datasets().resolve("us-federal-ai-inventory-2025/2025_individually_reported_AI_use_cases.csv")));
		assertTrue(Files.isRegularFile(ProjectFiles.datasets().resolve("ai-governance-frameworks/eu-ai-act-2024-1689.csv")));
		assertTrue(ProjectFiles.datasets().startsWith(ProjectFiles.root()));
	}

	private static List<Path> sources() throws IOException {
		Path root = ProjectFiles.root();
		List<Path> sources = new ArrayList<>();
		Files.walkFileTree(root, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
				boolean skipped = NOT_SOURCES.contains(dir.getFileName().toString()) || dir.equals(root.resolve("data"));
				return skipped && !dir.equals(root) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
				String name = file.getFileName().toString();
				if (attributes.isRegularFile() && SOURCE.matcher(name).matches() && !name.equals("package-lock.json")) {
					sources.add(file);
				}
				return FileVisitResult.CONTINUE;
			}
		});
		sources.sort(null);
		return sources;
	}

	private static String read(Path file) throws IOException {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		} catch (MalformedInputException e) {
			return "";
		}
	}

	private static String where(Path file, String text, int offset) {
		int line = 1;
		for (int i = 0; i < offset; i++) {
			if (text.charAt(i) == '\n') {
				line++;
			}
		}
		return ProjectFiles.root().relativize(file) + ":" + line;
	}
}
