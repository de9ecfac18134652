/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.workspace.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.stratagem.dsl.edit.EditException;
import io.stratagem.dsl.edit.TextEdit;
import io.stratagem.model.Initiative;

/** The open folder: undo and redo, refused edits, editor saves, listeners and concurrent use. */
@ExtendWith(InjectionExtension.class)
@InjectWith(StrategyInjectorProvider.class)
class ModelWorkspaceTest extends EditTestBase {

	private static final String ROADMAP = "roadmap.strategy";
	private static final String CLOUD = "acme.delivery.CloudTenancy";

	private void moveCloudTenancy(int month) {
		acme.edit(m -> editor.moveInitiative(m.find(CLOUD, Initiative.class), LocalDate.of(2027, month, 1)));
	}

	@Test
	void undoAndRedoRestoreTheFilesByteForByte() throws Exception {
		moveCloudTenancy(4);
		String moved = acme.onDisk(ROADMAP);
		assertTrue(acme.workspace.canUndo());

		assertTrue(acme.workspace.undo());
		assertEquals(acme.original(ROADMAP), acme.onDisk(ROADMAP));
		assertEquals(acme.original(ROADMAP), acme.workspace.text(acme.file(ROADMAP)));
		assertFalse(acme.workspace.canUndo());

		assertTrue(acme.workspace.redo());
		assertEquals(moved, acme.onDisk(ROADMAP));
		assertFalse(acme.workspace.redo(), "nothing left to redo");
	}

	@Test
	void undoIsRefusedWhenTheFileWasChangedSinceByAnEditor() throws Exception {
		moveCloudTenancy(4);
		String edited = acme.onDisk(ROADMAP).replace("// Acme Insurance: the roadmap", "// Acme Insurance: our roadmap");
		acme.workspace.setText(acme.file(ROADMAP), edited);

		assertFalse(acme.workspace.canUndo());
		assertFalse(acme.workspace.undo());
		assertEquals(edited, acme.onDisk(ROADMAP), "the editor's text is kept");
	}

	@Test
	void anEditThatWouldBreakTheSyntaxIsRefusedAndNothingIsWritten() {
		Path roadmap = acme.file(ROADMAP);
		EditException refused = assertThrows(EditException.class,
				() -> acme.edit(m -> new ModelChange("Break it", java.util.Map.of(roadmap, List.of(new TextEdit(0, 0, "initiative {"))))));

		assertTrue(refused.getMessage().startsWith("the edit would break the syntax of roadmap.strategy ("), refused.getMessage());
		assertTrue(refused.getMessage().endsWith("); nothing was changed"), refused.getMessage());
		acme.assertOthersUnchanged();
		assertFalse(acme.workspace.canUndo());
	}

	@Test
	void anEditorSaveIsWrittenAndParsed() throws Exception {
		String saved = acme.original(ROADMAP).replace("start 2027-01\n\t\t\tduration 2 months", "start 2027-02\n\t\t\tduration 2 months");
		acme.workspace.setText(acme.file(ROADMAP), saved);

		assertEquals(saved, acme.onDisk(ROADMAP));
		assertEquals("2027-02", acme.workspace.read(m -> m.find(CLOUD, Initiative.class).getStart().toString()));
	}

	@Test
	void filesOutsideTheFolderAreRefused() {
		assertThrows(IllegalArgumentException.class, () -> acme.workspace.setText(acme.folder.resolve("../outside.strategy"), "namespace x"));
		assertThrows(IllegalArgumentException.class, () -> acme.workspace.setText(acme.folder.resolve("notes.txt"), "namespace x"));
		assertFalse(Files.exists(acme.folder.resolveSibling("outside.strategy")));
	}

	@Test
	void aSaveOverATextTheEditorDidNotSeeIsRefused() throws Exception {
		moveCloudTenancy(4);
		String staleEdit = acme.original(ROADMAP).replace("// Acme Insurance: the roadmap", "// Acme Insurance: our roadmap");

		boolean saved = acme.workspace.setText(acme.file(ROADMAP), staleEdit, current -> current.equals(acme.original(ROADMAP)));

		assertFalse(saved);
		assertTrue(acme.onDisk(ROADMAP).contains("start 2027-04"), "the diagram's edit is kept");
	}

	@Test
	void linksToFilesOutsideTheFolderAreNotPartOfTheWorkspace() throws Exception {
		Path outside = temporary.resolve("secret.strategy");
		Files.writeString(outside, "namespace secret\n");
		Files.createSymbolicLink(acme.folder.resolve("link.strategy"), outside);

		acme.workspace.reload();

		assertFalse(acme.workspace.files().contains(acme.file("link.strategy")));
		assertEquals(10, acme.workspace.files().size());
	}

	@Test
	void listenersAreToldWhichFilesChanged() throws Exception {
		List<Set<Path>> told = new CopyOnWriteArrayList<>();
		BlockingQueue<Set<Path>> witness = new LinkedBlockingQueue<>();
		acme.workspace.addListener(witness::add);
		try (AutoCloseable registration = acme.workspace.addListener(told::add)) {
			moveCloudTenancy(4);
			acme.workspace.undo();
		}
		moveCloudTenancy(5);

		// listeners are told in order on one thread: once the witness has the third change, the other has had all it gets
		for (int change = 1; change <= 3; change++) {
			assertEquals(Set.of(acme.file(ROADMAP)), witness.poll(30, TimeUnit.SECONDS), "change " + change + " told");
		}
		assertEquals(List.of(Set.of(acme.file(ROADMAP)), Set.of(acme.file(ROADMAP))), told, "told twice, then no more after closing");
	}

	@Test
	void aChangeReturnsWithoutWaitingForListeners() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		BlockingQueue<Set<Path>> told = new LinkedBlockingQueue<>();
		acme.workspace.addListener(files -> {
			awaitQuietly(release);
			told.add(files);
		});
		long before = acme.workspace.revision();

		moveCloudTenancy(4);

		assertEquals(before + 1, acme.workspace.revision(), "the change is applied and counted before anyone is told");
		assertTrue(told.isEmpty(), "the slow listener is still waiting");
		release.countDown();
		assertEquals(Set.of(acme.file(ROADMAP)), told.poll(30, TimeUnit.SECONDS));
	}

	@Test
	void aFailingListenerDoesNotSilenceTheOthers() throws Exception {
		BlockingQueue<Set<Path>> told = new LinkedBlockingQueue<>();
		acme.workspace.addListener(files -> {
			throw new IllegalStateException("listener broken on purpose");
		});
		acme.workspace.addListener(told::add);
		List<Throwable> reported = new CopyOnWriteArrayList<>();
		Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
		Thread.setDefaultUncaughtExceptionHandler((thread, error) -> reported.add(error));
		try {
			moveCloudTenancy(4);
			acme.workspace.undo();

			assertEquals(Set.of(acme.file(ROADMAP)), told.poll(30, TimeUnit.SECONDS));
			assertEquals(Set.of(acme.file(ROADMAP)), told.poll(30, TimeUnit.SECONDS));
			assertEquals(List.of("listener broken on purpose", "listener broken on purpose"), reported.stream().map(Throwable::getMessage).toList(),
					"each failure is reported where uncaught errors go");
		} finally {
			Thread.setDefaultUncaughtExceptionHandler(previous);
		}
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await(60, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	@Test
	void outsideChangesAreFoundByReload() throws Exception {
		String changed = acme.original("kpis.strategy").replace("target 2 by 2029-Q4", "target 3 by 2029-Q4");
		Files.writeString(acme.file("kpis.strategy"), changed);

		assertEquals(Set.of(acme.file("kpis.strategy")), acme.workspace.reload());
		assertEquals(changed, acme.workspace.text(acme.file("kpis.strategy")));
		assertEquals(Set.of(), acme.workspace.reload());
	}

	@Test
	void concurrentGesturesAndSavesAreAllApplied() throws Exception {
		int rounds = 20;
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<?>> work = new ArrayList<>();
			for (int i = 0; i < rounds; i++) {
				int round = i;
				work.add(pool.submit(() -> acme.edit(m -> editor.resizeInitiative(m.find(CLOUD, Initiative.class), 1 + round % 9))));
				work.add(pool.submit(() -> {
					acme.workspace.setText(acme.file("notes-" + round + ".strategy"), "namespace notes" + round + "\n");
					return null;
				}));
			}
			for (Future<?> done : work) {
				done.get();
			}
		} finally {
			pool.shutdown();
		}
		for (int i = 0; i < rounds; i++) {
			assertEquals("namespace notes" + i + "\n", Files.readString(acme.file("notes-" + i + ".strategy")));
		}
		String durationReset = acme.onDisk(ROADMAP).replaceFirst("(tenancy\" \\{\n\t\t\tstart 2027-01\n\t\t\tduration )\\d+ months?", "$1" + "2 months");
		assertEquals(acme.original(ROADMAP), durationReset, "only the duration of CloudTenancy changed");
		assertEquals(10 + rounds, acme.workspace.files().size());
	}

	@Test
	void anEditKeepsTheFilePermissionsAndANewFileFollowsTheUmask() throws Exception {
		if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
			return; // no permissions to keep
		}
		Path roadmap = acme.file(ROADMAP);
		Files.setPosixFilePermissions(roadmap, PosixFilePermissions.fromString("rw-r-----"));
		moveCloudTenancy(4);
		assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(roadmap)));

		acme.workspace.setText(acme.file("notes.strategy"), "namespace notes\n");
		Path plain = Files.createFile(roadmap.resolveSibling("plain.txt"));
		assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(acme.file("notes.strategy")),
				"a new file is as readable as any file the user creates there");
	}
}
