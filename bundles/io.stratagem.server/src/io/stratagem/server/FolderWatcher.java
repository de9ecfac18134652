package io.stratagem.server;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import io.stratagem.workspace.edit.ModelWorkspace;

/**
 * Follows changes that other programs make to the workspace's folder (a git checkout, another
 * editor): when {@code .strategy} files below it are created, changed or deleted, the workspace is
 * read again ({@link ModelWorkspace#reload()}), which tells the open pages and diagrams. Events are
 * collected until the folder has been quiet for a moment, so that a checkout of many files is one
 * reload. The workspace's own writes come back as events too; the reload then finds nothing new and
 * tells no one. Hidden folders (.git, ...) are not followed.
 * <p>
 * A folder deleted and made again is followed again: a sub-folder when its parent announces it, the
 * opened folder itself (which has no watched parent) when a check every {@link #RETRY_MILLIS} finds it
 * back. The watching thread outlives any error of a single event.
 */
public final class FolderWatcher implements AutoCloseable {

	/** How long the folder must be quiet before it is read again. */
	public static final long QUIET_MILLIS = 200;

	/** How often a deleted opened folder is looked for. */
	public static final long RETRY_MILLIS = 500;

	private final ModelWorkspace workspace;
	private final PrintStream errors;
	private final WatchService watcher;
	private final Thread thread;
	private final ScheduledExecutorService reloads;
	private ScheduledFuture<?> pending;
	private ScheduledFuture<?> lookingForFolder;

	private FolderWatcher(ModelWorkspace workspace, PrintStream errors) throws IOException {
		this.workspace = workspace;
		this.errors = errors;
		this.watcher = FileSystems.getDefault().newWatchService();
		this.reloads = Executors.newSingleThreadScheduledExecutor(runnable -> daemon(runnable, "stratagem-reload"));
		registerTree(workspace.folder());
		this.thread = daemon(this::watch, "stratagem-folder-watcher");
	}

	/**
	 * Starts watching the workspace's folder and every folder below it.
	 *
	 * @param errors where a failed reload is reported (a file that is not UTF-8, too large, ...)
	 */
	public static FolderWatcher start(ModelWorkspace workspace, PrintStream errors) throws IOException {
		FolderWatcher folderWatcher = new FolderWatcher(workspace, errors);
		folderWatcher.thread.start();
		return folderWatcher;
	}

	private void watch() {
		try {
			while (true) {
				WatchKey key = watcher.take();
				try {
					handle(key);
				} catch (RuntimeException e) {
					// one bad event must not end the following of the folder
					errors.println("stratagem: a change in " + key.watchable() + " could not be followed: " + e);
					scheduleReload();
				}
			}
		} catch (InterruptedException | ClosedWatchServiceException e) {
			// closed
		}
	}

	private void handle(WatchKey key) {
		Path folder = (Path) key.watchable();
		boolean relevant = false;
		for (WatchEvent<?> event : key.pollEvents()) {
			if (event.kind() == OVERFLOW) {
				// events were lost, folder creations among them perhaps: watch and read everything again
				register(workspace.folder());
				relevant = true;
				continue;
			}
			Path changed = folder.resolve((Path) event.context());
			if (event.kind() == ENTRY_CREATE && Files.isDirectory(changed)) {
				// a new folder (or one moved in or made again) may already hold files
				register(changed);
				relevant = true;
			} else if (changed.getFileName().toString().endsWith(".strategy") || event.kind() == ENTRY_DELETE) {
				// a deleted folder is gone before it can be asked whether it was one
				relevant = true;
			}
		}
		boolean stillWatched = key.reset();
		if (!stillWatched && folder.equals(workspace.folder())) {
			// the opened folder itself was deleted or moved away: its files are gone, and it is looked for
			lookForFolder();
			relevant = true;
		}
		if (relevant) {
			scheduleReload();
		}
	}

	private synchronized void lookForFolder() {
		if (lookingForFolder == null || lookingForFolder.isDone()) {
			lookingForFolder = reloads.scheduleWithFixedDelay(this::watchFolderIfBack, RETRY_MILLIS, RETRY_MILLIS, TimeUnit.MILLISECONDS);
		}
	}

	private void watchFolderIfBack() {
		Path folder = workspace.folder();
		if (!Files.isDirectory(folder)) {
			return;
		}
		try {
			registerTree(folder);
		} catch (IOException | UncheckedIOException e) {
			return; // gone again meanwhile: looked for at the next check
		}
		synchronized (this) {
			lookingForFolder.cancel(false);
		}
		reload();
	}

	private void register(Path folder) {
		try {
			registerTree(folder);
		} catch (IOException | UncheckedIOException e) {
			// removed again before it could be watched: its deletion is an event of its parent
			if (Files.isDirectory(folder)) {
				errors.println("stratagem: cannot follow changes in " + folder + ": " + e.getMessage());
			}
		}
	}

	private synchronized void scheduleReload() {
		if (pending != null) {
			pending.cancel(false);
		}
		pending = reloads.schedule(this::reload, QUIET_MILLIS, TimeUnit.MILLISECONDS);
	}

	private void reload() {
		try {
			workspace.reload();
		} catch (IOException | RuntimeException e) {
			errors.println("stratagem: could not read the changes made to " + workspace.folder() + ": " + e.getMessage());
		}
	}

	/** Watches a folder and the folders below it, except hidden ones (.git changes with every checkout). */
	private void registerTree(Path root) throws IOException {
		Files.walkFileTree(root, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) throws IOException {
				if (!folder.equals(root) && folder.getFileName().toString().startsWith(".")) {
					return FileVisitResult.SKIP_SUBTREE;
				}
				folder.register(watcher, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
				return FileVisitResult.CONTINUE;
			}
		});
	}

	private static Thread daemon(Runnable runnable, String name) {
		Thread thread = new Thread(runnable, name);
		thread.setDaemon(true);
		return thread;
	}

	@Override
	public void close() throws IOException {
		watcher.close();
		thread.interrupt();
		reloads.shutdownNow();
	}
}
