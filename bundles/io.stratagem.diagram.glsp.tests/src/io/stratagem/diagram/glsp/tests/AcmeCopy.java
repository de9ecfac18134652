package io.stratagem.diagram.glsp.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.google.inject.Injector;

import io.stratagem.dsl.StrategyStandaloneSetup;
import io.stratagem.testing.ProjectFiles;
import io.stratagem.workspace.edit.ModelWorkspace;

/** A copy of {@code examples/acme-insurance} in a temporary folder, opened as a workspace. */
final class AcmeCopy {

	private static Injector injector;

	private AcmeCopy() {
	}

	/** One DSL injector per test run: EMF's validator registry keeps the first one's validator. */
	static synchronized Injector injector() {
		if (injector == null) {
			injector = new StrategyStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	static ModelWorkspace open(Path folder) throws IOException {
		ProjectFiles.copyExample("acme-insurance", folder);
		return ModelWorkspace.open(folder, injector());
	}

	/** The text of every file of a folder, by file name. */
	static Map<String, String> texts(Path folder) {
		Map<String, String> texts = new TreeMap<>();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".strategy")).toList()) {
				texts.put(file.getFileName().toString(), Files.readString(file));
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return texts;
	}

	static Path example() {
		return ProjectFiles.example("acme-insurance");
	}
}
