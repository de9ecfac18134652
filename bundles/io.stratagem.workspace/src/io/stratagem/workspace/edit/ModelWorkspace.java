/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.workspace.edit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.validation.IResourceValidator;

import com.google.inject.Injector;

import io.stratagem.dsl.edit.EditException;
import io.stratagem.dsl.edit.References;
import io.stratagem.dsl.edit.TextEdit;
import io.stratagem.dsl.linking.UnreadDeclarations;
import io.stratagem.dsl.validation.SourceCodes;
import io.stratagem.workspace.load.ModelLinker;
import io.stratagem.workspace.load.ModelFiles;
import io.stratagem.workspace.load.PathDisplay;
import io.stratagem.workspace.report.Finding;

/**
 * A folder of .strategy files opened for editing, shared by the editors of one session (text
 * editor, diagrams). The files on disk are the truth: every change is written at once, atomically
 * ({@link WorkspaceFiles}), and the model is brought up to date into a new
 * {@link WorkspaceSnapshot}: the changed files are parsed again, and only the files that depend on
 * them are linked and validated again ({@link IncrementalModel}), so that an edit costs what it
 * changes and references between files never point to elements of an older parse. Diagram gestures are recorded for undo and redo ({@link EditHistory}). Every method holds
 * the workspace's lock. Listeners are told afterwards, in order, on the workspace's own thread: a
 * save or a gesture returns without waiting for diagrams to redraw.
 */
public final class ModelWorkspace implements AutoCloseable {

	/** What an applied gesture changed. */
	public record AppliedChange(String label, Set<Path> files) {
	}

	private final WorkspaceFiles disk;
	private final IncrementalModel model;
	private final References references;
	private final PathDisplay display;
	private final ReentrantLock lock = new ReentrantLock();
	private final EditHistory history = new EditHistory();
	private final List<Consumer<Set<Path>>> listeners = new CopyOnWriteArrayList<>();
	private final ExecutorService notifier;
	private WorkspaceSnapshot current;
	/** The texts, read leniently, of the files that could not be read: for the names they declare ({@link UnreadDeclarations}). */
	private List<String> unreadTexts = List.of();

	private ModelWorkspace(Path folder, Injector injector) {
		this.disk = new WorkspaceFiles(folder);
		this.model = new IncrementalModel(injector.getInstance(XtextResourceSet.class), injector.getInstance(ModelLinker.class),
				injector.getInstance(UnreadDeclarations.class), injector.getInstance(IResourceValidator.class), injector.getInstance(ElementReparser.class),
				injector.getInstance(ElementLinker.class), injector.getInstance(KeptFileScope.class));
		this.references = injector.getInstance(References.class);
		this.display = injector.getInstance(PathDisplay.class);
		this.notifier = Executors.newSingleThreadExecutor(task -> {
			Thread thread = new Thread(task, "Stratagem workspace listeners (" + folder.getFileName() + ")");
			thread.setDaemon(true);
			return thread;
		});
	}

	/**
	 * Opens the .strategy files below a folder by the one loader policy ({@link ModelFiles}): a link
	 * to a file outside the folder is left out, and a file that cannot be read (too large, not
	 * UTF-8) becomes one of the {@link #fileFindings()}, never a failure of the whole folder.
	 *
	 * @throws IOException when the folder itself cannot be listed
	 */
	public static ModelWorkspace open(Path folder, Injector strategyInjector) throws IOException {
		Path root = folder.toAbsolutePath().normalize();
		if (!Files.isDirectory(root)) {
			throw new IOException(root + " is not a folder: give the folder that holds the .strategy files");
		}
		ModelWorkspace workspace = new ModelWorkspace(root, strategyInjector);
		WorkspaceFiles.Contents contents = workspace.disk.readAll();
		workspace.unreadTexts = unreadTexts(contents.problems());
		workspace.model.loadAll(contents.texts(), workspace.unreadTexts);
		workspace.current = workspace.snapshot(contents.texts(), contents.problems(), 0);
		return workspace;
	}

	public Path folder() {
		return disk.folder();
	}

	public List<Path> files() {
		lock.lock();
		try {
			return List.copyOf(current.texts().keySet());
		} finally {
			lock.unlock();
		}
	}

	/** The current text of a file of the workspace, as on disk; null when it is not one. */
	public String text(Path file) {
		lock.lock();
		try {
			return current.texts().get(file.toAbsolutePath().normalize());
		} finally {
			lock.unlock();
		}
	}

	/**
	 * The files of the folder that could not be read or were left out, as the command line reports
	 * them (STRAT-IO codes); edits to them are refused.
	 */
	public List<Finding> fileFindings() {
		lock.lock();
		try {
			return current.fileFindings();
		} finally {
			lock.unlock();
		}
	}

	/** Runs {@code reader} under the lock on the current, linked model. EObjects must not escape it. */
	public <T> T read(Function<WorkspaceModel, T> reader) {
		lock.lock();
		try {
			return reader.apply(current);
		} finally {
			lock.unlock();
		}
	}

	/**
	 * Computes a change on the current model and applies it: files written, model parsed again,
	 * the change recorded for undo.
	 *
	 * @throws EditException when the change is refused (the message says why); nothing is written then
	 */
	public AppliedChange edit(Function<WorkspaceModel, ModelChange> gesture) {
		AppliedChange applied;
		lock.lock();
		try {
			ModelChange change = gesture.apply(current);
			Map<Path, String> texts = current.texts();
			Map<Path, String> before = new LinkedHashMap<>();
			Map<Path, String> after = new LinkedHashMap<>();
			for (Map.Entry<Path, List<TextEdit>> entry : change.edits().entrySet()) {
				if (entry.getValue().isEmpty()) {
					continue;
				}
				Path file = entry.getKey().toAbsolutePath().normalize();
				String text = texts.get(file);
				if (text == null) {
					refuseUnread(file);
					throw new EditException(file + " is not a file of the opened folder " + disk.folder());
				}
				try {
					after.put(file, TextEdit.apply(after.getOrDefault(file, text), entry.getValue()));
				} catch (IllegalArgumentException e) {
					throw new EditException("the edit does not fit the file's current text (" + e.getMessage() + "); reload and try again");
				}
				before.putIfAbsent(file, text);
			}
			if (after.isEmpty()) {
				return new AppliedChange(change.label(), Set.of());
			}
			replace(after, true);
			history.record(change.label(), before, after);
			applied = new AppliedChange(change.label(), after.keySet());
		} finally {
			lock.unlock();
		}
		notifyListeners(applied.files());
		return applied;
	}

	/**
	 * A file's text saved by an editor: written to disk, parsed with the rest. Not recorded for
	 * undo (the editor has its own); a file not yet in the workspace is created.
	 *
	 * @throws IllegalArgumentException when the path is outside the folder, leads out of it through
	 *                                  a link, or is not a .strategy file
	 * @throws EditException            when the file is one the workspace could not read
	 *                                  ({@link #fileFindings()}): its bytes are never replaced
	 */
	public void setText(Path file, String text) throws IOException {
		setText(file, text, current -> true);
	}

	/**
	 * {@link #setText(Path, String)} only when {@code precondition} holds for the file's current
	 * text (null for a new file), checked under the lock so that no diagram edit comes between:
	 * an editor saving over a text it did not see is refused instead of losing that edit.
	 *
	 * @return false when the precondition failed and nothing was written
	 */
	public boolean setText(Path file, String text, Predicate<String> precondition) throws IOException {
		Path target = disk.inside(file);
		lock.lock();
		try {
			refuseUnread(target);
			String old = current.texts().get(target);
			if (!precondition.test(old)) {
				return false;
			}
			if (text.equals(old)) {
				return true;
			}
			disk.checkSize(target, text);
			replace(Map.of(target, text), false);
		} finally {
			lock.unlock();
		}
		notifyListeners(Set.of(target));
		return true;
	}

	/** Reads the folder again after changes made on disk by other programs; tells listeners what changed. */
	public Set<Path> reload() throws IOException {
		Set<Path> changed = new LinkedHashSet<>();
		lock.lock();
		try {
			WorkspaceFiles.Contents contents = disk.readAll();
			Map<Path, String> onDisk = contents.texts();
			Map<Path, String> texts = current.texts();
			for (Path file : texts.keySet()) {
				if (!onDisk.containsKey(file)) {
					changed.add(file);
				}
			}
			onDisk.forEach((file, text) -> {
				if (!text.equals(texts.get(file))) {
					changed.add(file);
				}
			});
			Set<Path> unread = new LinkedHashSet<>(current.problems().keySet());
			unread.addAll(contents.problems().keySet());
			for (Path file : unread) {
				if (!Objects.equals(current.problems().get(file), contents.problems().get(file)) && !onDisk.containsKey(file)) {
					changed.add(file);
				}
			}
			if (!changed.isEmpty()) {
				Map<Path, String> update = new TreeMap<>();
				for (Path file : changed) {
					update.put(file, onDisk.get(file));
				}
				unreadTexts = unreadTexts(contents.problems());
				model.update(update, unreadTexts);
				current = snapshot(onDisk, contents.problems(), current.revision() + 1);
			}
		} finally {
			lock.unlock();
		}
		if (!changed.isEmpty()) {
			notifyListeners(changed);
		}
		return changed;
	}

	public boolean canUndo() {
		lock.lock();
		try {
			return history.canUndo(current.texts());
		} finally {
			lock.unlock();
		}
	}

	public boolean canRedo() {
		lock.lock();
		try {
			return history.canRedo(current.texts());
		} finally {
			lock.unlock();
		}
	}

	/** Undoes the last gesture; false when there is none or its files were changed since by other means. */
	public boolean undo() throws IOException {
		return step(true);
	}

	public boolean redo() throws IOException {
		return step(false);
	}

	/**
	 * How many changes the workspace has taken since it was opened (gestures, undo, redo, saves,
	 * reloads). Something made from the files at one revision is out of date at another, even
	 * before the listeners have been told.
	 */
	public long revision() {
		lock.lock();
		try {
			return current.revision();
		} finally {
			lock.unlock();
		}
	}

	/** Tells {@code listener} the files of every change from now on; close the result to stop. */
	public AutoCloseable addListener(Consumer<Set<Path>> listener) {
		listeners.add(listener);
		return () -> listeners.remove(listener);
	}

	@Override
	public void close() {
		listeners.clear();
		notifier.shutdown();
	}

	private boolean step(boolean undoing) throws IOException {
		Set<Path> changed;
		lock.lock();
		try {
			Map<Path, String> target = undoing ? history.undoTexts(current.texts()) : history.redoTexts(current.texts());
			if (target == null) {
				return false;
			}
			try {
				replace(target, false);
			} catch (EditException e) {
				throw new IOException(e.getMessage(), e);
			}
			if (undoing) {
				history.undone();
			} else {
				history.redone();
			}
			changed = target.keySet();
		} finally {
			lock.unlock();
		}
		notifyListeners(changed);
		return true;
	}

	/**
	 * Writes new texts and brings the model up to date. A gesture that would break the syntax of a
	 * file that parsed, or leave a reference unresolved, is refused before anything is written, and
	 * the model is brought back to the current texts.
	 */
	private void replace(Map<Path, String> changed, boolean refuseNewErrors) {
		Map<Path, String> next = new TreeMap<>(current.texts());
		next.putAll(changed);
		Map<Path, String> previous = new TreeMap<>();
		changed.keySet().forEach(file -> previous.put(file, current.texts().get(file)));
		WorkspaceSnapshot.Errors before = refuseNewErrors ? current.errors() : null;
		model.update(changed, unreadTexts);
		WorkspaceSnapshot parsed = snapshot(next, current.problems(), current.revision() + 1);
		try {
			if (refuseNewErrors) {
				parsed.refuseNewErrors(before, changed.keySet());
			}
			disk.writeAll(changed);
		} catch (EditException | IOException e) {
			model.update(previous, unreadTexts);
			if (e instanceof EditException refused) {
				throw refused;
			}
			throw new EditException("cannot write the change: " + e.getMessage() + "; nothing was changed");
		}
		current = parsed;
	}

	/** What the last change parsed, linked and validated again: for the benchmark and tests. */
	IncrementalModel.Update lastUpdate() {
		lock.lock();
		try {
			return model.last();
		} finally {
			lock.unlock();
		}
	}

	private WorkspaceSnapshot snapshot(Map<Path, String> texts, Map<Path, ModelFiles.Problem> problems, long revision) {
		return WorkspaceSnapshot.of(disk.folder(), revision, texts, problems, display, model, references);
	}

	/** The texts of the files not read because they are not UTF-8 or too large, read leniently, in path order. */
	private static List<String> unreadTexts(Map<Path, ModelFiles.Problem> problems) {
		return problems.values().stream()
				.filter(problem -> SourceCodes.NOT_UTF8.equals(problem.code()) || SourceCodes.TOO_LARGE.equals(problem.code()))
				.map(problem -> ModelFiles.readLeniently(problem.file())).filter(Objects::nonNull).toList();
	}

	/** Refuses to change a file the workspace could not read: its bytes on disk are not known, so nothing may replace them. */
	private void refuseUnread(Path file) {
		ModelFiles.Problem problem = current.problems().get(file);
		if (problem != null) {
			throw new EditException(disk.folder().relativize(file) + " was not read (" + problem.code() + " " + problem.message() + "), so it is not changed");
		}
	}

	/** Queues the news for the listeners registered now; one failing listener does not silence the others. */
	private void notifyListeners(Set<Path> files) {
		List<Consumer<Set<Path>>> told = List.copyOf(listeners);
		if (told.isEmpty()) {
			return;
		}
		Set<Path> changed = Set.copyOf(files);
		try {
			notifier.execute(() -> {
				for (Consumer<Set<Path>> listener : told) {
					try {
						listener.accept(changed);
					} catch (RuntimeException e) {
						Thread current = Thread.currentThread();
						current.getUncaughtExceptionHandler().uncaughtException(current, e);
					}
				}
			});
		} catch (RejectedExecutionException closed) {
			// closed meanwhile: nobody is listening any more
		}
	}
}
