/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.workspace.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.eclipse.xtext.diagnostics.Severity;

import com.google.inject.Injector;

import io.stratagem.testing.ProjectFiles;

/**
 * A copy of examples/acme-insurance in a temporary folder, opened as a workspace, with the
 * original texts kept to prove that an edit changed exactly the expected characters.
 */
final class ExampleCopy {

	final Path folder;
	final ModelWorkspace workspace;
	private final Map<String, String> originals = new TreeMap<>();

	ExampleCopy(Path temporaryFolder, Injector injector) {
		try {
			folder = temporaryFolder.resolve("acme");
			Files.createDirectories(folder);
			for (Path file : ProjectFiles.strategyFiles(ProjectFiles.example("acme-insurance"))) {
				String text = Files.readString(file);
				Files.writeString(folder.resolve(file.getFileName().toString()), text);
				originals.put(file.getFileName().toString(), text);
			}
			workspace = ModelWorkspace.open(folder, injector);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	Path file(String name) {
		return folder.resolve(name).toAbsolutePath().normalize();
	}

	String original(String name) {
		return originals.get(name);
	}

	/** The file's text on disk. */
	String onDisk(String name) {
		try {
			return Files.readString(file(name));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Applies a gesture built from the current model. */
	ModelWorkspace.AppliedChange edit(Function<WorkspaceModel, ModelChange> gesture) {
		return workspace.edit(gesture);
	}

	/** The original text with one occurrence of {@code before} (which must be unique) replaced. */
	String originalWith(String name, String before, String after) {
		String text = original(name);
		int at = text.indexOf(before);
		assertTrue(at >= 0, before + " not in " + name);
		assertEquals(at, text.lastIndexOf(before), before + " is not unique in " + name);
		return text.substring(0, at) + after + text.substring(at + before.length());
	}

	/** Every file but the given ones is byte-identical to the original, on disk and in the workspace. */
	void assertOthersUnchanged(String... changed) {
		List<String> names = List.of(changed);
		originals.forEach((name, text) -> {
			if (!names.contains(name)) {
				assertEquals(text, onDisk(name), name + " changed on disk");
				assertEquals(text, workspace.text(file(name)), name + " changed in the workspace");
			}
		});
	}

	/** The number of errors (syntax, links, rules) in the whole workspace. */
	long errors() {
		return workspace.read(model -> model.resources().stream()
				.flatMap(r -> model.issues(model.file(r.getContents().get(0))).stream())
				.filter(issue -> issue.getSeverity() == Severity.ERROR).count());
	}
}
