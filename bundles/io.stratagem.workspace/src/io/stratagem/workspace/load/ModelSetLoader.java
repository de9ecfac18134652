package io.stratagem.workspace.load;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Inject;
import com.google.inject.Provider;

import io.stratagem.dsl.linking.UnreadDeclarations;
import io.stratagem.dsl.scoping.ExportedNamesIndex;
import io.stratagem.dsl.validation.SourceCodes;
import io.stratagem.workspace.Progress;
import io.stratagem.workspace.report.Finding;
import io.stratagem.workspace.report.Severity;

/**
 * Loads every .strategy file of the given files and folders into one resource set. Files are
 * parsed in parallel (each into its own resource, which is safe), then linked in parallel once
 * all are present ({@link ModelLinker}). Which files are read, and how, is {@link ModelFiles}'s policy,
 * the editing session's too. A file that cannot be read becomes a finding, never an exception, so
 * one bad file never hides the others.
 */
public class ModelSetLoader {

	public static final String EXTENSION = ModelFiles.EXTENSION;

	/** The largest model file read, in megabytes: the one limit of {@link ModelFiles}. */
	public static final String MAX_FILE_PROPERTY = ModelFiles.MAX_FILE_PROPERTY;

	public static final long DEFAULT_MAX_FILE_MEGABYTES = ModelFiles.DEFAULT_MAX_FILE_MEGABYTES;

	/**
	 * System property with the largest total size of the files one command reads, in megabytes.
	 * By default it follows the heap ({@link #defaultMaxSetMegabytes()}), so that a set of files,
	 * each under the per-file limit, is refused with a clear error (STRAT-IO-005) rather than
	 * exhausting the heap.
	 */
	public static final String MAX_SET_PROPERTY = "stratagem.maxModelSetMegabytes";

	/**
	 * Heap taken per byte of model text while loading, validating and generating, with room to
	 * spare: measured at about 60 (docs/reliability.md, "Bounded on any input").
	 */
	static final long HEAP_BYTES_PER_MODEL_BYTE = 100;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private ModelLinker linker;

	@Inject
	private UnreadDeclarations unread;

	@Inject
	private PathDisplay display;

	/**
	 * Whether a load keeps what linking left in its files ({@link ModelLinker#forgetLinkingState}):
	 * never in the product; a test sets it to compare with a load that forgot it.
	 */
	boolean keepsLinkingState;

	/** What a progress line calls the files parsed. */
	public static final String FILES_READ = "files read";

	public ModelSet load(List<Path> paths) {
		return load(paths, Progress.NONE);
	}

	/** Loads the files, telling {@code progress} of each file parsed ({@link #FILES_READ}). */
	public ModelSet load(List<Path> paths, Progress progress) {
		List<Finding> problems = Collections.synchronizedList(new ArrayList<>());
		List<Path> collected = collect(paths, problems);
		Finding tooLarge = checkTotalSize(paths, collected);
		if (tooLarge != null) {
			problems.add(tooLarge);
		}
		List<Path> files = tooLarge == null ? collected : List.of();
		XtextResourceSet resourceSet = resourceSets.get();
		resourceSet.getLoadOptions(); // created eagerly: the parallel parse below only reads it
		resourceSet.getURIConverter();
		Map<Path, XtextResource> resources = new TreeMap<>();
		for (Path file : files) {
			resources.put(file, (XtextResource) resourceSet.createResource(URI.createFileURI(file.toString())));
		}
		java.util.concurrent.atomic.AtomicInteger parsed = new java.util.concurrent.atomic.AtomicInteger();
		List<Path> unreadable = Collections.synchronizedList(new ArrayList<>());
		// the largest files first: each is parsed on one thread, and one started last kept a core busy alone
		OnAllCores.forEachLargestFirst(resources.entrySet(), entry -> sizeOf(entry.getKey()), entry -> {
			if (!parse(entry.getKey(), entry.getValue(), problems, unreadable)) {
				synchronized (resourceSet) {
					resourceSet.getResources().remove(entry.getValue());
				}
			}
			progress.step(FILES_READ, parsed.incrementAndGet(), files.size());
		});
		resources.values().removeIf(resource -> resource.getResourceSet() == null);
		ExportedNamesIndex.install(resourceSet, resources.values());
		// references to what unread or unparsed text declares are not reported: that file's finding says why
		unread.install(resourceSet, unreadable.stream().sorted().map(ModelFiles::readLeniently).filter(Objects::nonNull).toList(), resources.values());
		// such references stay unresolved without a diagnostic: later readers must then work on one thread
		boolean linked = linker.link(resourceSet, resources.values()) && unread.explained(resourceSet) == 0;
		if (linked && !keepsLinkingState) {
			// every reference resolved: what only linking read is dropped before the model is read
			linker.forgetLinkingState(resources.values());
		}
		List<Finding> sorted = new ArrayList<>(problems);
		sorted.sort(Finding.ORDER);
		return new ModelSet(resourceSet, resources, sorted, linked);
	}

	/**
	 * The .strategy files below the given paths, sorted and without duplicates. A file named
	 * explicitly is read wherever its link leads; one found while walking a folder follows
	 * {@link ModelFiles#walk(Path)}. Each file left out is reported once.
	 */
	private List<Path> collect(List<Path> paths, List<Finding> problems) {
		List<Path> files = new ArrayList<>();
		Set<Path> named = new HashSet<>();
		Set<ModelFiles.Problem> leftOut = new LinkedHashSet<>();
		for (Path given : paths) {
			Path path = given.toAbsolutePath().normalize();
			if (Files.isDirectory(path)) {
				ModelFiles.Listing found;
				try {
					found = ModelFiles.walk(path);
				} catch (IOException e) {
					problems.add(fileFinding(SourceCodes.UNREADABLE, "cannot list the folder: " + e.getMessage(), path));
					continue;
				}
				if (found.files().isEmpty()) {
					problems.add(fileFinding(SourceCodes.NO_MODELS, "no " + EXTENSION + " files in this folder", path));
				}
				files.addAll(found.files());
				leftOut.addAll(found.problems());
			} else if (Files.isRegularFile(path)) {
				files.add(path);
				named.add(path);
			} else {
				problems.add(fileFinding(SourceCodes.UNREADABLE, "no such file or folder", path));
			}
		}
		for (ModelFiles.Problem problem : leftOut) {
			if (!named.contains(problem.file())) {
				problems.add(problem.finding(display));
			}
		}
		return files.stream().distinct().sorted().toList();
	}

	private boolean parse(Path file, XtextResource resource, List<Finding> problems, List<Path> unreadable) {
		ModelFiles.Text read = ModelFiles.read(file);
		if (read.problem() != null) {
			problems.add(read.problem().finding(display));
			if (SourceCodes.NOT_UTF8.equals(read.problem().code()) || SourceCodes.TOO_LARGE.equals(read.problem().code())) {
				unreadable.add(file);
			}
			return false;
		}
		try {
			resource.load(new ByteArrayInputStream(read.text().getBytes(StandardCharsets.UTF_8)), resource.getResourceSet().getLoadOptions());
			return true;
		} catch (IOException | RuntimeException e) {
			problems.add(fileFinding(SourceCodes.UNREADABLE, "cannot parse the file: " + e, file));
			return false;
		} catch (StackOverflowError e) {
			problems.add(fileFinding(SourceCodes.UNREADABLE, "the file is nested too deeply to parse: close its blocks", file));
			return false;
		}
	}


	private static long sizeOf(Path file) {
		try {
			return Files.size(file);
		} catch (IOException e) {
			return 0; // reported when the file is read
		}
	}

	/** The heap this process may use, in megabytes. */
	public static long heapMegabytes() {
		return Runtime.getRuntime().maxMemory() / 1024 / 1024;
	}

	/**
	 * The default limit of a model set: what the heap holds ({@link #HEAP_BYTES_PER_MODEL_BYTE}),
	 * at least the limit of one file.
	 */
	public static long defaultMaxSetMegabytes() {
		return Math.max(DEFAULT_MAX_FILE_MEGABYTES, heapMegabytes() / HEAP_BYTES_PER_MODEL_BYTE);
	}

	/** @return a finding when the files are together larger than the limit of a model set, else null */
	private Finding checkTotalSize(List<Path> paths, List<Path> files) {
		long limit = ModelFiles.megabytes(MAX_SET_PROPERTY, defaultMaxSetMegabytes());
		long total = 0;
		for (Path file : files) {
			try {
				total += Files.size(file);
			} catch (IOException e) {
				// reported when the file is read
			}
		}
		if (total <= limit * 1024 * 1024) {
			return null;
		}
		Path shown = paths.isEmpty() ? files.get(0) : paths.get(0).toAbsolutePath().normalize();
		return fileFinding(SourceCodes.SET_TOO_LARGE, String.format(java.util.Locale.ROOT,
				"the %d model files are %.1f MB together, more than the %d MB allowed for the models of one command with a heap of %d MB: read fewer files at a time, or give Java more heap (-Xmx) and raise the limit with -D%s=<megabytes> (for ./stratagem in STRATAGEM_JAVA_OPTS)",
				files.size(), total / 1024.0 / 1024.0, limit, heapMegabytes(), MAX_SET_PROPERTY), shown);
	}

	private Finding fileFinding(String code, String message, Path file) {
		return new Finding(Severity.ERROR, code, message, display.show(file), 0, 0, null);
	}
}
