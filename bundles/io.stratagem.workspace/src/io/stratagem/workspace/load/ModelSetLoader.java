package io.stratagem.workspace.load;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Inject;
import com.google.inject.Provider;

import io.stratagem.dsl.scoping.ExportedNamesIndex;
import io.stratagem.workspace.report.CoreCodes;
import io.stratagem.workspace.report.Finding;
import io.stratagem.workspace.report.Severity;

/**
 * Loads every .strategy file of the given files and folders into one resource set. Files are
 * parsed in parallel (each into its own resource, which is safe), then linked in parallel once
 * all are present ({@link ModelLinker}). A file that cannot be read becomes a finding, never an exception,
 * so one bad file never hides the others.
 */
public class ModelSetLoader {

	public static final String EXTENSION = ".strategy";

	/**
	 * System property with the largest model file read, in megabytes. Parsing keeps a node per
	 * token, many times the size of the text: a bigger file would exhaust a default heap rather
	 * than give a clear error.
	 */
	public static final String MAX_FILE_PROPERTY = "stratagem.maxFileMegabytes";

	public static final long DEFAULT_MAX_FILE_MEGABYTES = 16;

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
	private PathDisplay display;

	/** Told how many files are parsed, from any thread. */
	@FunctionalInterface
	public interface Progress {
		void parsed(int done, int total);
	}

	public ModelSet load(List<Path> paths) {
		return load(paths, (done, total) -> {
		});
	}

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
		resources.entrySet().parallelStream().forEach(entry -> {
			if (!parse(entry.getKey(), entry.getValue(), problems)) {
				synchronized (resourceSet) {
					resourceSet.getResources().remove(entry.getValue());
				}
			}
			progress.parsed(parsed.incrementAndGet(), files.size());
		});
		resources.values().removeIf(resource -> resource.getResourceSet() == null);
		ExportedNamesIndex.install(resourceSet, resources.values());
		boolean linked = linker.link(resourceSet, resources.values());
		List<Finding> sorted = new ArrayList<>(problems);
		sorted.sort(Finding.ORDER);
		return new ModelSet(resourceSet, resources, sorted, linked);
	}

	/** The .strategy files below the given paths, sorted and without duplicates. */
	private List<Path> collect(List<Path> paths, List<Finding> problems) {
		List<Path> files = new ArrayList<>();
		for (Path given : paths) {
			Path path = given.toAbsolutePath().normalize();
			if (Files.isDirectory(path)) {
				List<Path> found = walk(path, problems);
				if (found.isEmpty()) {
					problems.add(fileFinding(CoreCodes.NO_MODELS, "no " + EXTENSION + " files in this folder", path));
				}
				files.addAll(found);
			} else if (Files.isRegularFile(path)) {
				files.add(path);
			} else {
				problems.add(fileFinding(CoreCodes.UNREADABLE, "no such file or folder", path));
			}
		}
		return files.stream().distinct().sorted().toList();
	}

	private List<Path> walk(Path folder, List<Finding> problems) {
		try (Stream<Path> tree = Files.walk(folder)) {
			List<Path> models = tree.filter(f -> f.getFileName().toString().endsWith(EXTENSION) && !Files.isDirectory(f)).sorted().toList();
			// A model that cannot be opened (a broken link, a device) is reported, never skipped in silence.
			for (Path model : models) {
				if (!Files.isRegularFile(model)) {
					problems.add(fileFinding(CoreCodes.UNREADABLE, "not a readable file (a broken link?): fix or remove it", model));
				}
			}
			return models.stream().filter(Files::isRegularFile).toList();
		} catch (IOException | java.io.UncheckedIOException e) {
			problems.add(fileFinding(CoreCodes.UNREADABLE, "cannot list the folder: " + e.getMessage(), folder));
			return List.of();
		}
	}

	private boolean parse(Path file, XtextResource resource, List<Finding> problems) {
		byte[] bytes;
		try {
			long limit = maxFileMegabytes();
			long size = Files.size(file);
			if (size > limit * 1024 * 1024) {
				problems.add(fileFinding(CoreCodes.TOO_LARGE, String.format(java.util.Locale.ROOT,
						"the file is %.1f MB, more than the %d MB allowed for one model file: split it into several .strategy files, or raise the limit with -D%s=<megabytes> (for ./stratagem in STRATAGEM_JAVA_OPTS)",
						size / 1024.0 / 1024.0, limit, MAX_FILE_PROPERTY), file));
				return false;
			}
			bytes = Files.readAllBytes(file);
		} catch (NoSuchFileException e) {
			problems.add(fileFinding(CoreCodes.UNREADABLE, "no such file", file));
			return false;
		} catch (IOException e) {
			problems.add(fileFinding(CoreCodes.UNREADABLE, "cannot read the file: " + e.getMessage(), file));
			return false;
		}
		String encodingProblem = checkUtf8(bytes);
		if (encodingProblem != null) {
			problems.add(fileFinding(CoreCodes.NOT_UTF8, encodingProblem, file));
			return false;
		}
		try {
			resource.load(new ByteArrayInputStream(bytes), resource.getResourceSet().getLoadOptions());
			return true;
		} catch (IOException | RuntimeException e) {
			problems.add(fileFinding(CoreCodes.UNREADABLE, "cannot parse the file: " + e, file));
			return false;
		} catch (StackOverflowError e) {
			problems.add(fileFinding(CoreCodes.UNREADABLE, "the file is nested too deeply to parse: close its blocks", file));
			return false;
		}
	}

	private static long maxFileMegabytes() {
		return megabytes(MAX_FILE_PROPERTY, DEFAULT_MAX_FILE_MEGABYTES);
	}

	/**
	 * A size limit in megabytes from a system property, or {@code defaultValue}.
	 *
	 * @throws IllegalArgumentException when the property is not a whole number
	 */
	public static long megabytes(String property, long defaultValue) {
		String value = System.getProperty(property);
		try {
			return value == null ? defaultValue : Math.max(1, Long.parseLong(value.trim()));
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("-D" + property + " must be a whole number of megabytes, not " + value, e);
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
		long limit = megabytes(MAX_SET_PROPERTY, defaultMaxSetMegabytes());
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
		return fileFinding(CoreCodes.SET_TOO_LARGE, String.format(java.util.Locale.ROOT,
				"the %d model files are %.1f MB together, more than the %d MB allowed for the models of one command with a heap of %d MB: read fewer files at a time, or give Java more heap (-Xmx) and raise the limit with -D%s=<megabytes> (for ./stratagem in STRATAGEM_JAVA_OPTS)",
				files.size(), total / 1024.0 / 1024.0, limit, heapMegabytes(), MAX_SET_PROPERTY), shown);
	}

	/** @return null when the bytes are valid UTF-8, else where they are not */
	private static String checkUtf8(byte[] bytes) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer buffer = ByteBuffer.wrap(bytes);
		try {
			decoder.decode(buffer);
			return null;
		} catch (CharacterCodingException e) {
			int offset = buffer.position();
			int line = 1;
			for (int i = 0; i < offset && i < bytes.length; i++) {
				if (bytes[i] == '\n') {
					line++;
				}
			}
			return "the file is not UTF-8 (invalid byte at offset " + offset + ", line " + line + "): save it as UTF-8";
		}
	}

	private Finding fileFinding(String code, String message, Path file) {
		return new Finding(Severity.ERROR, code, message, display.show(file), 0, 0, null);
	}
}
