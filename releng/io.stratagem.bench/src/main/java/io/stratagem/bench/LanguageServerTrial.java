/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensDeltaParams;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.SemanticTokensRangeParams;
import org.eclipse.lsp4j.SemanticTokensWithRegistrationOptions;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.LanguageServerImpl;

import com.google.inject.Guice;

import io.stratagem.dsl.ide.server.StrategyLanguageServer;

/**
 * The language server's edit-to-diagnostics latency on a folder of .strategy files, in the fresh
 * JVM of a {@link Trial}: the server runs in this process as {@code stratagem lsp} runs it; each
 * edit is sent as a change ({@code incremental}: the edited range only; {@code full}: the whole new
 * text, as clients without incremental sync send it) and timed until the server publishes the
 * diagnostics of the edited file (the largest file of the folder).
 *
 * <p>Two kinds of edit are timed, {@code edits} times each after 10 warm-up edits: typing in a text
 * (a character added to and removed from the first {@code purpose} text, else the first quoted
 * text), and breaking and mending a reference (the first {@code owner} to a missing role and
 * back). Like VS Code and Neovim, the client asks for the file's semantic tokens right after each
 * change (as edits of its previous answer when the server offers {@code semanticTokens/full/delta},
 * as VS Code does), so the latency includes whatever that request costs the server. After each
 * edit the client waits until the server's build is over, with an empty read request, before the
 * next one. The tokens of the unedited file are also timed on their own ({@code tokens}), each
 * request after an untimed empty change: the server answers the same tokens again until a build;
 * so are the tokens of a screen of 60 lines in the middle of the file ({@code range-tokens}), when
 * the server offers {@code semanticTokens/range}. Prints
 * {@code RESULT lsp-<kind>-median|p95|max|cpu <ms> 0} (cpu: the median of the process's CPU time per
 * request or edit), {@code RESULT lsp-initial <ms> <heap>} and
 * {@code COUNT} lines for {@link Bench}.
 *
 * <p>{@link #tokensOnly} times only {@code semanticTokens/full} of a folder's largest file (the
 * 100k-element model's), after the server's initial build of the folder: {@code RESULT
 * lsp-large-tokens-first|median|p95|max <ms> 0}.
 */
final class LanguageServerTrial {

	private static final int WARM_UP = 10;

	private final BlockingQueue<PublishDiagnosticsParams> published = new LinkedBlockingQueue<>();

	private final LanguageServerImpl server = Guice.createInjector(StrategyLanguageServer.module()).getInstance(LanguageServerImpl.class);

	private int version = 1;

	/** The process's CPU time (all threads: the server's, the garbage collector's, the JIT's) of each timed request or edit, in ms. */
	private final List<Double> cpu = new ArrayList<>();

	private static final com.sun.management.OperatingSystemMXBean OS = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
			.getOperatingSystemMXBean();

	/** The most files whose diagnostics one timed edit re-published, over a series. */
	private int mostRevalidated;

	/** How the client sends a change: the edited range, or the whole text. */
	enum Change {
		INCREMENTAL, FULL
	}

	private final Change change;

	/** The client's copy of the edited file's text, for full-text changes. */
	private String current;

	private LanguageServerTrial(Change change) {
		this.change = change;
	}

	static void run(Path folder, int edits, Change change) throws Exception {
		Path file = largest(folder.toAbsolutePath().normalize());
		new LanguageServerTrial(change).run(folder.toAbsolutePath().normalize(), file, edits);
	}

	/** Times {@code semanticTokens/full} of the folder's largest file after the initial build; the first request apart. */
	static void tokensOnly(Path folder, int requests) throws Exception {
		Path file = largest(folder.toAbsolutePath().normalize());
		LanguageServerTrial trial = new LanguageServerTrial(Change.INCREMENTAL);
		String uri = trial.open(folder.toAbsolutePath().normalize(), file, "lsp-large-initial");
		long start = System.nanoTime();
		trial.server.semanticTokensFull(new SemanticTokensParams(new TextDocumentIdentifier(uri))).get();
		System.out.println("RESULT lsp-large-tokens-first " + (long) Math.ceil((System.nanoTime() - start) / 1e6) + " 0");
		Trial.count("lspLargeFileBytes", Files.size(file));
		Trial.count("lspLargeFileLines", new Document(1, trial.current).getLineCount());
		Trial.count("lspLargeFiles", Trial.strategyFiles(folder).size());
		trial.report("large-tokens", trial.tokens(uri, requests, 3, "lspLargeTokens"));
	}

	/** Initializes the server on the folder, waits for its initial build (timed as {@code phase}), opens the file and waits for its diagnostics. */
	private String open(Path folder, Path file, String phase) throws Exception {
		server.connect(new Client());
		InitializeParams params = new InitializeParams();
		params.setRootUri(folder.toUri().toString());
		params.setCapabilities(new ClientCapabilities());
		Trial.startClock();
		SemanticTokensWithRegistrationOptions provider = server.initialize(params).get().getCapabilities().getSemanticTokensProvider();
		deltas = provider != null && provider.getFull() != null && provider.getFull().isRight() && Boolean.TRUE.equals(provider.getFull().getRight().getDelta());
		ranges = provider != null && provider.getRange() != null && provider.getRange().isLeft() && Boolean.TRUE.equals(provider.getRange().getLeft());
		server.initialized(new InitializedParams());
		// a read request runs after the initial build
		server.documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(file.toUri().toString()))).get();
		Trial.stopClock(phase);

		System.out.println("NAME " + phase + "-file " + file.getFileName());
		String uri = file.toUri().toString();
		current = Files.readString(file);
		server.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "strategy", version, current)));
		awaitDiagnostics(uri);
		// opening re-validates the files that depend on this one; a read request runs after that build
		server.documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(uri))).get();
		return uri;
	}

	private void run(Path folder, Path file, int edits) throws Exception {
		String uri = open(folder, file, "lsp-initial");
		String text = current;

		Document document = new Document(1, text);
		int purpose = text.indexOf("purpose \"");
		int textStart = purpose >= 0 ? purpose + "purpose \"".length() : text.indexOf('"') + 1;
		int owner = text.indexOf("owner ");
		if (textStart <= 0 || owner < 0) {
			throw new IllegalArgumentException(file + " has no quoted text or no owner to edit");
		}
		Edit typeCharacter = new Edit(at(document, textStart, 0), textStart, 0, "x");
		Edit deleteCharacter = new Edit(at(document, textStart, 1), textStart, 1, "");
		int ownerName = owner + "owner ".length();
		int ownerEnd = ownerName;
		while (Character.isLetterOrDigit(text.charAt(ownerEnd)) || text.charAt(ownerEnd) == '_') {
			ownerEnd++;
		}
		String ownerText = text.substring(ownerName, ownerEnd);
		String missing = ownerText + "Missing";
		Edit breakReference = new Edit(at(document, ownerName, ownerText.length()), ownerName, ownerText.length(), missing);
		Edit mendReference = new Edit(at(document, ownerName, missing.length()), ownerName, missing.length(), ownerText);

		Trial.count("lspFiles", Trial.strategyFiles(folder).size());
		Trial.count("lspFileLines", document.getLineCount());
		Trial.count("lspEdits", edits);
		Trial.count("lspFullTextChanges", change == Change.FULL ? 1 : 0);
		report("tokens", tokens(uri, edits, WARM_UP, "lspTokens"));
		if (ranges) {
			report("range-tokens", rangeTokens(uri, document, edits));
		}
		report("typing", series(uri, edits, typeCharacter, deleteCharacter));
		report("reference", series(uri, edits, breakReference, mendReference));
	}

	/** A replacement of {@code length} characters at {@code offset} by {@code text}; {@code range} is the same place as a range. */
	private record Edit(Range range, int offset, int length, String text) {
	}

	/** Alternates two edits that undo each other; returns the latency of each timed edit in ms. */
	private List<Double> series(String uri, int edits, Edit first, Edit second) throws Exception {
		List<Double> latencies = new ArrayList<>();
		mostRevalidated = 0;
		cpu.clear();
		for (int i = 0; i < WARM_UP + edits; i++) {
			long cpuBefore = OS.getProcessCpuTime();
			long time = edit(uri, i % 2 == 1 ? second : first);
			if (i >= WARM_UP) {
				cpu.add((OS.getProcessCpuTime() - cpuBefore) / 1e6);
				latencies.add(time / 1e6);
				mostRevalidated = Math.max(mostRevalidated, revalidated);
			}
		}
		if ((WARM_UP + edits) % 2 == 1) {
			edit(uri, second); // leave the file as it was
		}
		return latencies;
	}

	/**
	 * Times {@code semanticTokens/full} on the unedited file; returns each request's time in ms.
	 * Before each request an empty change (the text stays as it is) makes the server build the
	 * file again, untimed: the server answers the same tokens again until a build, so without it
	 * only the first request would compute them.
	 */
	private List<Double> tokens(String uri, int requests, int warmUp, String countName) throws Exception {
		List<Double> latencies = new ArrayList<>();
		int tokens = 0;
		cpu.clear();
		for (int i = 0; i < warmUp + requests; i++) {
			touch(uri);
			long cpuBefore = OS.getProcessCpuTime();
			long start = System.nanoTime();
			tokens = server.semanticTokensFull(new SemanticTokensParams(new TextDocumentIdentifier(uri))).get().getData().size() / 5;
			if (i >= warmUp) {
				latencies.add((System.nanoTime() - start) / 1e6);
				cpu.add((OS.getProcessCpuTime() - cpuBefore) / 1e6);
			}
		}
		Trial.count(countName, tokens);
		return latencies;
	}

	/** An empty change of the file (its text unchanged), then waits for the build it starts. */
	private void touch(String uri) throws Exception {
		version++;
		TextDocumentContentChangeEvent event = change == Change.FULL ? new TextDocumentContentChangeEvent(current)
				: new TextDocumentContentChangeEvent(new Range(new Position(0, 0), new Position(0, 0)), "");
		server.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version), List.of(event)));
		awaitBuild();
	}

	/** The files whose diagnostics the last edit re-published: what the build re-validated. */
	private int revalidated;

	private long edit(String uri, Edit edit) throws Exception {
		published.clear();
		version++;
		current = current.substring(0, edit.offset()) + edit.text() + current.substring(edit.offset() + edit.length());
		TextDocumentContentChangeEvent event = change == Change.FULL ? new TextDocumentContentChangeEvent(current)
				: new TextDocumentContentChangeEvent(edit.range(), edit.text());
		long start = System.nanoTime();
		server.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version), List.of(event)));
		CompletableFuture<?> tokens = askTokens(uri);
		awaitDiagnostics(uri);
		long time = System.nanoTime() - start;
		tokens.get(120, TimeUnit.SECONDS);
		// let the rest of the build (dependent files) finish before the next edit
		awaitBuild();
		revalidated = 1 + published.size();
		return time;
	}

	/**
	 * Asks for the file's tokens as VS Code does after a change: as edits of the previous answer
	 * when the server offers deltas and an answer is known, else the full tokens.
	 */
	private CompletableFuture<?> askTokens(String uri) {
		TextDocumentIdentifier document = new TextDocumentIdentifier(uri);
		if (deltas && resultId != null) {
			return server.semanticTokensFullDelta(new SemanticTokensDeltaParams(document, resultId))
					.thenAccept(answer -> resultId = answer.isLeft() ? answer.getLeft().getResultId() : answer.getRight().getResultId());
		}
		return server.semanticTokensFull(new SemanticTokensParams(document)).thenAccept(answer -> resultId = answer.getResultId());
	}

	/** Whether the server announced {@code semanticTokens/range}. */
	private boolean ranges;

	/** The lines an editor shows at once, whose tokens it asks for with {@code semanticTokens/range}. */
	private static final int SCREEN_LINES = 60;

	/**
	 * Times {@code semanticTokens/range} of a screen in the middle of the unedited file, each request
	 * after an untimed empty change as for the full tokens; returns each request's time in ms.
	 */
	private List<Double> rangeTokens(String uri, Document document, int requests) throws Exception {
		List<Double> latencies = new ArrayList<>();
		int top = Math.max(0, document.getLineCount() / 2 - SCREEN_LINES / 2);
		Range screen = new Range(new Position(top, 0), new Position(top + SCREEN_LINES, 0));
		int tokens = 0;
		cpu.clear();
		for (int i = 0; i < WARM_UP + requests; i++) {
			touch(uri);
			long cpuBefore = OS.getProcessCpuTime();
			long start = System.nanoTime();
			tokens = server.semanticTokensRange(new SemanticTokensRangeParams(new TextDocumentIdentifier(uri), screen)).get().getData().size() / 5;
			if (i >= WARM_UP) {
				latencies.add((System.nanoTime() - start) / 1e6);
				cpu.add((OS.getProcessCpuTime() - cpuBefore) / 1e6);
			}
		}
		Trial.count("lspRangeTokens", tokens);
		return latencies;
	}

	/** Whether the server announced {@code semanticTokens/full/delta}. */
	private boolean deltas;

	/** The result id of the server's last tokens of the edited file. */
	private volatile String resultId;

	/** Returns once the server's running build is over: a read request runs after it (an empty one costs nothing itself). */
	private void awaitBuild() throws Exception {
		server.getRequestManager().runRead(cancelIndicator -> null).get();
	}

	private void awaitDiagnostics(String uri) throws InterruptedException {
		while (true) {
			PublishDiagnosticsParams params = published.poll(120, TimeUnit.SECONDS);
			if (params == null) {
				throw new IllegalStateException("no diagnostics for " + uri + " within 120 s");
			}
			if (params.getUri().equals(uri)) {
				return;
			}
		}
	}

	/** Prints the series' median, 95th percentile and maximum, rounded up to whole milliseconds. */
	private void report(String kind, List<Double> latencies) {
		List<Double> sorted = latencies.stream().sorted().toList();
		System.out.println("RESULT lsp-" + kind + "-median " + (long) Math.ceil(percentile(sorted, 50)) + " 0");
		System.out.println("RESULT lsp-" + kind + "-p95 " + (long) Math.ceil(percentile(sorted, 95)) + " 0");
		System.out.println("RESULT lsp-" + kind + "-max " + (long) Math.ceil(sorted.get(sorted.size() - 1)) + " 0");
		// CPU time, which another process's load stretches less than wall time
		System.out.println("RESULT lsp-" + kind + "-cpu " + (long) Math.ceil(percentile(cpu.stream().sorted().toList(), 50)) + " 0");
		Trial.count("lspRevalidated-" + kind, mostRevalidated);
	}

	/** The nearest-rank percentile of sorted values. */
	private static double percentile(List<Double> sorted, int percent) {
		int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
		return sorted.get(Math.max(0, rank - 1));
	}

	/** A range on one line, from an offset of the unedited text: the edits never span lines. */
	private static Range at(Document document, int offset, int length) {
		Position start = document.getPosition(offset);
		return new Range(start, new Position(start.getLine(), start.getCharacter() + length));
	}

	private static Path largest(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(f -> f.toString().endsWith(".strategy")).max(Comparator.comparingLong(LanguageServerTrial::size))
					.orElseThrow(() -> new IllegalArgumentException("no .strategy file in " + folder));
		}
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Records published diagnostics; everything else the server sends is ignored. */
	private final class Client implements LanguageClient {

		@Override
		public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
			published.add(diagnostics);
		}

		@Override
		public void telemetryEvent(Object object) {
		}

		@Override
		public void showMessage(MessageParams messageParams) {
		}

		@Override
		public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
			return CompletableFuture.completedFuture(null);
		}

		@Override
		public void logMessage(MessageParams message) {
		}
	}
}
