package io.stratagem.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.stratagem.model.Initiative;
import io.stratagem.server.FolderWatcher;
import io.stratagem.workspace.edit.ModelEditor;

/**
 * Files changed on disk by other programs (a git checkout, another editor) reach the workspace of
 * `stratagem serve`, its listeners (open diagrams) and the open pages, without a restart.
 */
class FolderWatcherTest {

	@TempDir
	Path dir;

	private RunningWorkbench workbench;
	private final List<Set<Path>> told = new CopyOnWriteArrayList<>();
	private AutoCloseable listener;

	@BeforeEach
	void start() throws Exception {
		workbench = RunningWorkbench.start(dir);
		listener = workbench.workspace.addListener(told::add);
	}

	@AfterEach
	void stop() throws Exception {
		listener.close();
		workbench.close();
	}

	@Test
	void aFileChangedByAnotherProgramIsReadAgainAndAnnouncedToOpenPages() throws Exception {
		HttpResponse<InputStream> stream = workbench.http.send(workbench.request("/events").GET().build(), HttpResponse.BodyHandlers.ofInputStream());
		CompletableFuture<String> event = RunningWorkbench.firstEvent(stream.body());
		Path roadmap = file("roadmap.strategy");
		String changed = Files.readString(roadmap).replace("start 2027-01", "start 2027-02");
		// written whole at once, as git and most editors do (written in place, the file can be read half
		// written when the machine is busy, and that is a change of its own)
		replaceByAnotherProgram(roadmap, changed);

		waitFor(() -> changed.equals(workbench.workspace.text(roadmap)), "the workspace reads the new text");
		assertEquals("data: {\"files\":[\"roadmap.strategy\"]}", event.get(60, TimeUnit.SECONDS));
		// listeners are told on the workspace's own thread, after the text is in
		waitFor(() -> !told.isEmpty(), "open diagrams are told");
		assertEquals(List.of(Set.of(roadmap)), told, "open diagrams are told once");
		assertEquals("2027-02", workbench.workspace.read(model -> model.find("acme.delivery.CloudTenancy", Initiative.class).getStart().toString()));
		stream.body().close();
	}

	@Test
	void filesCreatedInANewFolderAndDeletedFilesAreFollowed() throws Exception {
		Path nested = Files.createDirectories(dir.resolve("workspace/more/deeper"));
		Path extra = nested.resolve("extra.strategy");
		Files.writeString(extra, "namespace acme.extra\n\nkpi Backlog \"Open claims older than 30 days\"\n");
		waitFor(() -> workbench.workspace.files().contains(file("more/deeper/extra.strategy")), "a file in a new folder is read");
		assertEquals("Open claims older than 30 days", workbench.workspace.read(model -> model.find("acme.extra.Backlog", io.stratagem.model.KPI.class).getTitle()));

		Files.writeString(extra, "namespace acme.extra\n\nkpi Backlog \"Claims waiting for more than 30 days\"\n");
		waitFor(() -> workbench.workspace.text(file("more/deeper/extra.strategy")).contains("waiting"), "a change in the new folder is read");

		Files.delete(extra);
		waitFor(() -> !workbench.workspace.files().contains(file("more/deeper/extra.strategy")), "a deleted file leaves the workspace");
	}

	@Test
	void aCheckoutOfManyFilesIsOneReload() throws Exception {
		List<Path> files = new ArrayList<>(workbench.workspace.files());
		for (Path file : files) {
			Files.writeString(file, Files.readString(file) + "\n// checked out\n");
		}
		waitFor(() -> files.stream().allMatch(f -> workbench.workspace.text(f).endsWith("// checked out\n")), "every file is read again");
		waitFor(() -> told.stream().mapToInt(Set::size).sum() >= files.size(), "every file is announced");
		assertTrue(told.size() < files.size(), "the writes came within " + FolderWatcher.QUIET_MILLIS + " ms of each other: " + told.size() + " reloads for "
				+ files.size() + " files");
	}

	@Test
	void theWorkspacesOwnWritesAreNotReadAgain() throws Exception {
		ModelEditor editor = RunningWorkbench.injector().getInstance(ModelEditor.class);
		workbench.workspace.edit(model -> editor.moveInitiative(model.find("acme.delivery.CloudTenancy", Initiative.class), LocalDate.of(2027, 3, 1)));
		waitFor(() -> told.size() == 1, "the gesture is announced");
		long revision = workbench.workspace.revision();
		// the watcher sees the write; reading the folder again finds nothing new. Another program's file,
		// written after it, is announced after the watcher has dealt with the gesture's write.
		Path marker = file("marker.strategy");
		Files.writeString(marker, "namespace acme.marker\n");
		waitFor(() -> told.size() == 2, "the other program's file is announced");
		assertEquals(List.of(Set.of(file("roadmap.strategy")), Set.of(marker)), told);
		assertEquals(revision + 1, workbench.workspace.revision(), "read again once, for the other program's file");
		assertFalse(workbench.workspace.text(file("roadmap.strategy")).contains("start 2027-01\n\t\t\tduration 2 months"));
	}

	@Test
	void aSubFolderDeletedAndMadeAgainIsFollowedAgain() throws Exception {
		Path sub = Files.createDirectories(dir.resolve("workspace/sub"));
		Files.writeString(sub.resolve("a.strategy"), "namespace acme.sub\n\nkpi First \"first\"\n");
		waitFor(() -> text("sub/a.strategy").contains("first"), "the file in the sub-folder is read");

		deleteTree(sub);
		Files.createDirectories(sub);
		Files.writeString(sub.resolve("a.strategy"), "namespace acme.sub\n\nkpi Second \"second\"\n");
		waitFor(() -> text("sub/a.strategy").contains("second"), "the file in the folder made again is read");
		// the folder made again is watched: a change inside it alone is read
		Files.writeString(sub.resolve("a.strategy"), "namespace acme.sub\n\nkpi Third \"third\"\n");
		waitFor(() -> text("sub/a.strategy").contains("third"), "a later change in the folder made again is read");
	}

	@Test
	void theOpenedFolderDeletedAndMadeAgainIsFollowedAgain() throws Exception {
		Path folder = workbench.folder;
		Path backup = Files.createDirectories(dir.resolve("backup"));
		try (var files = Files.list(folder)) {
			for (Path each : (Iterable<Path>) files::iterator) {
				Files.copy(each, backup.resolve(each.getFileName()));
			}
		}
		deleteTree(folder);
		Files.createDirectories(folder);
		try (var files = Files.list(backup)) {
			for (Path each : (Iterable<Path>) files::iterator) {
				Files.copy(each, folder.resolve(each.getFileName()));
			}
		}
		Path kpis = file("kpis.strategy");
		String changed = Files.readString(kpis) + "\n// after the checkout\n";
		Files.writeString(kpis, changed);
		waitFor(() -> changed.equals(workbench.workspace.text(kpis)), "a change in the folder made again is read");
		Files.createDirectories(folder.resolve("sub"));
		Files.writeString(folder.resolve("sub/b.strategy"), "namespace acme.sub\n");
		waitFor(() -> "namespace acme.sub\n".equals(text("sub/b.strategy")), "a new folder inside the folder made again is followed");
	}

	private String text(String name) {
		String text = workbench.workspace.text(file(name));
		return text == null ? "" : text;
	}

	/** Writes a file the way git and most editors do: a new file renamed over the old one. */
	private static void replaceByAnotherProgram(Path file, String text) throws java.io.IOException {
		Path written = Files.writeString(file.resolveSibling(file.getFileName() + ".tmp"), text);
		Files.move(written, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
	}

	private static void deleteTree(Path root) throws java.io.IOException {
		try (var all = Files.walk(root)) {
			for (Path each : (Iterable<Path>) all.sorted(java.util.Comparator.reverseOrder())::iterator) {
				Files.delete(each);
			}
		}
	}

	private Path file(String name) {
		return workbench.folder.resolve(name).toAbsolutePath().normalize();
	}

	private static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("not within 60 s: " + what);
			}
			Thread.sleep(50);
		}
	}
}
