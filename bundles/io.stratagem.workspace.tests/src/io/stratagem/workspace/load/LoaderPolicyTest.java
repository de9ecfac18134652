/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.workspace.load;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;
import com.google.inject.Injector;

import io.stratagem.dsl.edit.EditException;
import io.stratagem.workspace.edit.ModelWorkspace;
import io.stratagem.workspace.edit.StrategyInjectorProvider;
import io.stratagem.workspace.report.Finding;
import io.stratagem.workspace.report.Severity;

/**
 * The command line's loader and the editing session read a folder by one policy ({@link ModelFiles}):
 * the same files, the same findings on the files they could not read or left out; and the session
 * never writes what it could not read, nor through a link out of its folder.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(StrategyInjectorProvider.class)
class LoaderPolicyTest {

	@Inject
	private Injector injector;

	@Inject
	private ModelSetLoader loader;

	@Inject
	private PathDisplay display;

	@TempDir
	Path temporary;

	private Path folder;

	/** What a front end makes of a folder: the files it read and its findings on files. */
	private record Seen(List<Path> files, List<Finding> findings) {
	}

	@BeforeEach
	void folderWithOneModel() throws IOException {
		folder = Files.createDirectories(temporary.resolve("models"));
		Files.writeString(folder.resolve("a.strategy"), "namespace a\n");
	}

	private Seen byLoader(List<Path> paths) {
		ModelSet models = loader.load(paths);
		return new Seen(List.copyOf(models.resources().keySet()), models.loadFindings());
	}

	private Seen bySession() throws IOException {
		try (ModelWorkspace workspace = ModelWorkspace.open(folder, injector)) {
			return new Seen(workspace.files(), workspace.fileFindings());
		}
	}

	private void assertBothSee(List<String> files, List<Finding> findings) throws IOException {
		Seen expected = new Seen(files.stream().map(name -> folder.resolve(name)).toList(), findings);
		assertEquals(expected, byLoader(List.of(folder)), "the command line's loader");
		assertEquals(expected, bySession(), "the editing session");
	}

	private Finding finding(Severity severity, String code, String message, Path file) {
		return new Finding(severity, code, message, display.show(file), 0, 0, null);
	}

	@Test
	void aFileOverTheSizeLimitIsAFindingForBoth() throws IOException {
		String head = "namespace big\n//";
		Path big = Files.writeString(folder.resolve("big.strategy"), head + "x".repeat(1536 * 1024 - head.length() - 1) + "\n");
		System.setProperty(ModelFiles.MAX_FILE_PROPERTY, "1");
		try {
			assertBothSee(List.of("a.strategy"), List.of(finding(Severity.ERROR, "STRAT-IO-004",
					"the file is 1.5 MB, more than the 1 MB allowed for one model file: split it into several .strategy files, or raise the limit with -Dstratagem.maxFileMegabytes=<megabytes> (for ./stratagem in STRATAGEM_JAVA_OPTS)",
					big)));
		} finally {
			System.clearProperty(ModelFiles.MAX_FILE_PROPERTY);
		}
	}

	@Test
	void aFileThatIsNotUtf8IsAFindingForBoth() throws IOException {
		Path latin1 = Files.write(folder.resolve("latin1.strategy"), "namespace acme\nrole Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));

		assertBothSee(List.of("a.strategy"),
				List.of(finding(Severity.ERROR, "STRAT-IO-002", "the file is not UTF-8 (invalid byte at offset 23, line 2): save it as UTF-8", latin1)));
	}

	@Test
	void aLinkOutOfTheFolderIsLeftOutWithOneWarningByBoth() throws IOException {
		Path outside = Files.writeString(temporary.resolve("secret.strategy"), "namespace secret\n");
		Path link = Files.createSymbolicLink(folder.resolve("link.strategy"), outside);

		assertBothSee(List.of("a.strategy"), List.of(finding(Severity.WARNING, "STRAT-IO-008", "a symbolic link that leads outside the folder (to "
				+ outside.toRealPath() + "): left out, as every link out of a folder is; copy the file into the folder, or name it on the command line to read it",
				link)));
	}

	@Test
	void aLinkInsideTheFolderIsReadByBoth() throws IOException {
		Path target = Files.writeString(Files.createDirectories(folder.resolve("sub")).resolve("b.strategy"), "namespace b\n");
		Files.createSymbolicLink(folder.resolve("link.strategy"), target);

		assertBothSee(List.of("a.strategy", "link.strategy", "sub/b.strategy"), List.of());
	}

	@Test
	void aLinkOutOfTheFolderNamedOnTheCommandLineIsRead() throws IOException {
		Path outside = Files.writeString(temporary.resolve("secret.strategy"), "namespace secret\n");
		Path link = Files.createSymbolicLink(folder.resolve("link.strategy"), outside);

		assertEquals(new Seen(List.of(folder.resolve("a.strategy"), link), List.of()), byLoader(List.of(folder, link)));
	}

	@Test
	void theSessionRefusesToReplaceAFileItCouldNotRead() throws IOException {
		byte[] bytes = "namespace acme\nrole Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
		Path latin1 = Files.write(folder.resolve("latin1.strategy"), bytes);
		try (ModelWorkspace workspace = ModelWorkspace.open(folder, injector)) {
			EditException refused = assertThrows(EditException.class, () -> workspace.setText(latin1, "namespace acme\n"));

			assertEquals("latin1.strategy was not read (STRAT-IO-002 the file is not UTF-8 (invalid byte at offset 23, line 2): save it as UTF-8), so it is not changed",
					refused.getMessage());
		}
		assertArrayEquals(bytes, Files.readAllBytes(latin1));
	}

	@Test
	void theSessionNeverWritesThroughALinkOutOfItsFolder() throws IOException {
		Path outside = Files.writeString(temporary.resolve("secret.strategy"), "namespace secret\n");
		Path link = Files.createSymbolicLink(folder.resolve("link.strategy"), outside);
		try (ModelWorkspace workspace = ModelWorkspace.open(folder, injector)) {
			IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> workspace.setText(link, "namespace changed\n"));

			assertEquals(link + " leads outside " + folder + " through a symbolic link; it is not written", refused.getMessage());
		}
		assertEquals("namespace secret\n", Files.readString(outside));
	}
}
