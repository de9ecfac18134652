/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.edit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.linking.impl.XtextLinkingDiagnostic;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;
import com.google.inject.Provider;

import io.stratagem.dsl.scoping.ExportedNamesIndex;
import io.stratagem.model.files.AtomicFiles;

/**
 * A folder of .strategy files opened for editing, shared by the editors of one session (text
 * editor, diagrams). The files on disk are the truth: every change is written at once, atomically,
 * and the whole folder is parsed and linked again, so that references between files never point
 * to elements of an older parse. Diagram gestures are recorded for undo and redo. Every method
 * holds the workspace's lock. Listeners are told afterwards, in order, on the workspace's own
 * thread: a save or a gesture returns without waiting for diagrams to redraw.
 */
public final class ModelWorkspace implements AutoCloseable {

	/** Files above this size are refused, as the command line refuses them (STRAT-IO-004). */
	public static final long MAX_FILE_BYTES = 16L * 1024 * 1024;

	/** What an applied gesture changed. */
	public record AppliedChange(String label, Set<Path> files) {
	}

	private record Recorded(String label, Map<Path, String> before, Map<Path, String> after) {
	}

	private final Path folder;
	private final Provider<XtextResourceSet> resourceSets;
	private final IResourceValidator validator;
	private final References references;
	private final ReentrantLock lock = new ReentrantLock();
	private final Map<Path, String> texts = new TreeMap<>();
	private final Deque<Recorded> undo = new ArrayDeque<>();
	private final Deque<Recorded> redo = new ArrayDeque<>();
	private final List<Consumer<Set<Path>>> listeners = new CopyOnWriteArrayList<>();
	private final ExecutorService notifier;
	private Snapshot current;
	private long revision;

	private ModelWorkspace(Path folder, Injector injector) {
		this.folder = folder;
		this.resourceSets = injector.getProvider(XtextResourceSet.class);
		this.validator = injector.getInstance(IResourceValidator.class);
		this.references = injector.getInstance(References.class);
		this.notifier = Executors.newSingleThreadExecutor(task -> {
			Thread thread = new Thread(task, "Stratagem workspace listeners (" + folder.getFileName() + ")");
			thread.setDaemon(true);
			return thread;
		});
	}

	/** Opens the .strategy files below a folder (links to files outside it are left out). */
	public static ModelWorkspace open(Path folder, Injector strategyInjector) throws IOException {
		Path root = folder.toAbsolutePath().normalize();
		if (!Files.isDirectory(root)) {
			throw new IOException(root + " is not a folder: give the folder that holds the .strategy files");
		}
		ModelWorkspace workspace = new ModelWorkspace(root, strategyInjector);
		workspace.texts.putAll(readAll(root));
		workspace.current = workspace.parse(workspace.texts);
		return workspace;
	}

	public Path folder() {
		return folder;
	}

	public List<Path> files() {
		lock.lock();
		try {
			return List.copyOf(texts.keySet());
		} finally {
			lock.unlock();
		}
	}

	/** The current text of a file of the workspace, as on disk; null when it is not one. */
	public String text(Path file) {
		lock.lock();
		try {
			return texts.get(file.toAbsolutePath().normalize());
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
			Map<Path, String> before = new LinkedHashMap<>();
			Map<Path, String> after = new LinkedHashMap<>();
			for (Map.Entry<Path, List<TextEdit>> entry : change.edits().entrySet()) {
				if (entry.getValue().isEmpty()) {
					continue;
				}
				Path file = entry.getKey().toAbsolutePath().normalize();
				String text = texts.get(file);
				if (text == null) {
					throw new EditException(file + " is not a file of the opened folder " + folder);
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
			undo.push(new Recorded(change.label(), before, after));
			redo.clear();
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
	 * @throws IllegalArgumentException when the path is outside the folder or not a .strategy file
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
	public boolean setText(Path file, String text, java.util.function.Predicate<String> precondition) throws IOException {
		Path target = inside(file);
		lock.lock();
		try {
			if (!precondition.test(texts.get(target))) {
				return false;
			}
			if (text.equals(texts.get(target))) {
				return true;
			}
			if (text.getBytes(StandardCharsets.UTF_8).length > MAX_FILE_BYTES) {
				throw new IOException(target.getFileName() + " would be larger than " + MAX_FILE_BYTES / 1024 / 1024 + " MB; split it into several files");
			}
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
			Map<Path, String> onDisk = readAll(folder);
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
			if (!changed.isEmpty()) {
				texts.clear();
				texts.putAll(onDisk);
				current = parse(texts);
				revision++;
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
		return applicable(undo, true);
	}

	public boolean canRedo() {
		return applicable(redo, false);
	}

	/** Undoes the last gesture; false when there is none or its files were changed since by other means. */
	public boolean undo() throws IOException {
		return step(undo, redo, true);
	}

	public boolean redo() throws IOException {
		return step(redo, undo, false);
	}

	/**
	 * How many changes the workspace has taken since it was opened (gestures, undo, redo, saves,
	 * reloads). Something made from the files at one revision is out of date at another, even
	 * before the listeners have been told.
	 */
	public long revision() {
		lock.lock();
		try {
			return revision;
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

	private boolean applicable(Deque<Recorded> stack, boolean undoing) {
		lock.lock();
		try {
			Recorded last = stack.peek();
			return last != null && (undoing ? last.after() : last.before()).entrySet().stream().allMatch(e -> e.getValue().equals(texts.get(e.getKey())));
		} finally {
			lock.unlock();
		}
	}

	private boolean step(Deque<Recorded> from, Deque<Recorded> to, boolean undoing) throws IOException {
		Set<Path> changed;
		lock.lock();
		try {
			if (!applicable(from, undoing)) {
				return false;
			}
			Recorded recorded = from.pop();
			Map<Path, String> target = undoing ? recorded.before() : recorded.after();
			try {
				replace(target, false);
			} catch (EditException e) {
				from.push(recorded);
				throw new IOException(e.getMessage(), e);
			}
			to.push(recorded);
			changed = target.keySet();
		} finally {
			lock.unlock();
		}
		notifyListeners(changed);
		return true;
	}

	/**
	 * Writes new texts and parses the folder again. A gesture that would break the syntax of a file
	 * that parsed is refused before anything is written.
	 */
	private void replace(Map<Path, String> changed, boolean refuseSyntaxErrors) {
		Map<Path, String> next = new TreeMap<>(texts);
		next.putAll(changed);
		Snapshot parsed = parse(next);
		if (refuseSyntaxErrors) {
			for (Path file : changed.keySet()) {
				XtextResource resource = parsed.resource(file);
				if (resource != null && !resource.getErrors().isEmpty() && current.resource(file) != null && current.resource(file).getErrors().isEmpty()) {
					throw new EditException("the edit would break the syntax of " + folder.relativize(file) + " (" + resource.getErrors().get(0).getMessage()
							+ "); nothing was changed");
				}
			}
			// A gesture must not leave a reference that no longer resolves (e.g. a simple name made ambiguous).
			Map<Path, List<String>> before = current.unresolved();
			for (Map.Entry<Path, List<String>> file : parsed.unresolved().entrySet()) {
				List<String> added = new ArrayList<>(file.getValue());
				before.getOrDefault(file.getKey(), List.of()).forEach(added::remove);
				if (!added.isEmpty()) {
					throw new EditException("the edit would leave a reference that does not resolve in " + folder.relativize(file.getKey()) + " (" + added.get(0)
							+ "); nothing was changed");
				}
			}
		}
		try {
			AtomicFiles.writeAll(changed);
		} catch (IOException e) {
			throw new EditException("cannot write the change: " + e.getMessage() + "; nothing was changed");
		}
		texts.clear();
		texts.putAll(next);
		current = parsed;
		revision++;
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

	private Path inside(Path file) {
		Path target = (file.isAbsolute() ? file : folder.resolve(file)).normalize();
		if (!target.startsWith(folder) || !target.getFileName().toString().endsWith(".strategy")) {
			throw new IllegalArgumentException(file + " is not a .strategy file inside " + folder);
		}
		return target;
	}

	private static Map<Path, String> readAll(Path root) throws IOException {
		Map<Path, String> result = new TreeMap<>();
		List<Path> files;
		Path realRoot = root.toRealPath();
		try (Stream<Path> tree = Files.walk(root)) {
			files = tree.filter(f -> f.getFileName().toString().endsWith(".strategy") && Files.isRegularFile(f)).toList();
		}
		// A link to a file outside the folder is not part of it: editors and servers show only the folder.
		List<Path> inside = new java.util.ArrayList<>();
		for (Path file : files) {
			if (file.toRealPath().startsWith(realRoot)) {
				inside.add(file);
			}
		}
		files = inside;
		for (Path file : files) {
			if (Files.size(file) > MAX_FILE_BYTES) {
				throw new IOException(file + " is larger than " + MAX_FILE_BYTES / 1024 / 1024 + " MB: split it into several .strategy files");
			}
			byte[] bytes = Files.readAllBytes(file);
			try {
				String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
						.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
				result.put(file.toAbsolutePath().normalize(), text);
			} catch (CharacterCodingException e) {
				throw new IOException(file + " is not UTF-8 text: save it as UTF-8", e);
			}
		}
		return result;
	}

	private Snapshot parse(Map<Path, String> files) {
		XtextResourceSet resourceSet = resourceSets.get();
		Map<Path, XtextResource> resources = new LinkedHashMap<>();
		for (Map.Entry<Path, String> file : files.entrySet()) {
			XtextResource resource = (XtextResource) resourceSet.createResource(URI.createFileURI(file.getKey().toString()));
			try {
				resource.load(new ByteArrayInputStream(file.getValue().getBytes(StandardCharsets.UTF_8)), resourceSet.getLoadOptions());
			} catch (IOException e) {
				throw new IllegalStateException("cannot parse text held in memory: " + file.getKey(), e);
			}
			resources.put(file.getKey(), resource);
		}
		ExportedNamesIndex.install(resourceSet, resources.values());
		return new Snapshot(resourceSet, resources);
	}

	/** One parse of the folder; its objects are valid until the next change. */
	private final class Snapshot implements WorkspaceModel {

		private final XtextResourceSet resourceSet;
		private final Map<Path, XtextResource> resources;
		private final Map<Path, List<Issue>> issues = new HashMap<>();
		private Map<String, EObject> byName;
		private Map<Path, List<String>> unresolved;

		Snapshot(XtextResourceSet resourceSet, Map<Path, XtextResource> resources) {
			this.resourceSet = resourceSet;
			this.resources = resources;
		}

		XtextResource resource(Path file) {
			return resources.get(file);
		}

		/** The messages of the references that do not resolve, per file; resolves every reference once. */
		Map<Path, List<String>> unresolved() {
			if (unresolved == null) {
				EcoreUtil.resolveAll(resourceSet);
				unresolved = new HashMap<>();
				resources.forEach((file, resource) -> unresolved.put(file, resource.getErrors().stream()
						.filter(XtextLinkingDiagnostic.class::isInstance).map(Resource.Diagnostic::getMessage).toList()));
			}
			return unresolved;
		}

		@Override
		public Path folder() {
			return folder;
		}

		@Override
		public List<XtextResource> resources() {
			return List.copyOf(resources.values());
		}

		@Override
		public ResourceSet resourceSet() {
			return resourceSet;
		}

		@Override
		public Path file(EObject element) {
			return ModelEditor.path(element.eResource().getURI());
		}

		@Override
		public <T extends EObject> T find(String qualifiedName, Class<T> type) {
			if (byName == null) {
				byName = new HashMap<>();
				for (XtextResource resource : resources.values()) {
					for (TreeIterator<EObject> all = resource.getAllContents(); all.hasNext();) {
						EObject element = all.next();
						String name = references.qualifiedName(element);
						if (name != null) {
							byName.putIfAbsent(name, element);
						}
					}
				}
			}
			EObject found = byName.get(qualifiedName);
			return type.isInstance(found) ? type.cast(found) : null;
		}

		@Override
		public String qualifiedName(EObject element) {
			return references.qualifiedName(element);
		}

		@Override
		public List<Issue> issues(Path file) {
			XtextResource resource = resources.get(file.toAbsolutePath().normalize());
			if (resource == null) {
				return List.of();
			}
			return issues.computeIfAbsent(file.toAbsolutePath().normalize(),
					f -> List.copyOf(validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)));
		}
	}
}
