/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.ide.server;

import java.lang.ref.WeakReference;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensDelta;
import org.eclipse.lsp4j.SemanticTokensDeltaParams;
import org.eclipse.lsp4j.SemanticTokensEdit;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.SemanticTokensRangeParams;
import org.eclipse.lsp4j.SemanticTokensServerFull;
import org.eclipse.lsp4j.SemanticTokensWithRegistrationOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Module;
import com.google.inject.util.Modules;

import io.stratagem.dsl.ide.highlighting.StrategySemanticTokens;

/**
 * The Xtext language server with Stratagem's semantic tokens. Xtext's own semantic token service
 * only knows its highlighting style ids (keyword, default, number), which editors do not colour as
 * LSP token types; this server announces the {@link StrategySemanticTokens#legend() legend} of the
 * language and answers with its tokens: of the whole file ({@code semanticTokens/full}), as edits
 * of the file's previous answer ({@code semanticTokens/full/delta}) and of a range
 * ({@code semanticTokens/range}).
 *
 * <p>The last tokens of each file are kept with a result id. They are answered again as long as
 * no build ran since (a build can change what a file's references resolve to without changing its
 * text), and a delta request names the result its edits apply to.
 */
public class StrategyLanguageServer extends LanguageServerImpl {

	/** Xtext's server module with this server in place of the default one. */
	public static Module module() {
		return Modules.override(new ServerModule()).with(binder -> binder.bind(LanguageServerImpl.class).to(StrategyLanguageServer.class));
	}

	/** The last full tokens of a file, with what they were computed from. */
	private record Result(String id, List<Integer> data, long build, Integer version, WeakReference<XtextResource> resource) {

		boolean computedFrom(long currentBuild, Document document, XtextResource current) {
			return build == currentBuild && Objects.equals(version, document.getVersion()) && resource.get() == current;
		}
	}

	private final Map<URI, Result> lastTokens = new ConcurrentHashMap<>();

	private final AtomicLong resultIds = new AtomicLong();

	/** Counts the builds: the tokens of a build's predecessors are not reused. */
	private final AtomicLong builds = new AtomicLong();

	@Override
	protected ServerCapabilities createServerCapabilities(InitializeParams params) {
		ServerCapabilities capabilities = super.createServerCapabilities(params);
		SemanticTokensWithRegistrationOptions semanticTokens = new SemanticTokensWithRegistrationOptions(StrategySemanticTokens.legend());
		semanticTokens.setFull(new SemanticTokensServerFull(true));
		semanticTokens.setRange(true);
		capabilities.setSemanticTokensProvider(semanticTokens);
		return capabilities;
	}

	@Override
	public void afterBuild(List<IResourceDescription.Delta> deltas) {
		builds.incrementAndGet();
		super.afterBuild(deltas);
	}

	@Override
	protected SemanticTokens semanticTokensFull(SemanticTokensParams params, CancelIndicator cancelIndicator) {
		URI uri = getURI(params.getTextDocument());
		Result result = tokens(uri, cancelIndicator);
		return result == null ? new SemanticTokens(List.of()) : new SemanticTokens(result.id(), result.data());
	}

	@Override
	public CompletableFuture<Either<SemanticTokens, SemanticTokensDelta>> semanticTokensFullDelta(SemanticTokensDeltaParams params) {
		return getRequestManager().runRead(cancelIndicator -> {
			URI uri = getURI(params.getTextDocument());
			Result previous = lastTokens.get(uri);
			Result result = tokens(uri, cancelIndicator);
			if (result == null) {
				return Either.forLeft(new SemanticTokens(List.of()));
			}
			if (previous == null || !previous.id().equals(params.getPreviousResultId())) {
				return Either.forLeft(new SemanticTokens(result.id(), result.data()));
			}
			return Either.forRight(new SemanticTokensDelta(edits(previous.data(), result.data()), result.id()));
		});
	}

	@Override
	public CompletableFuture<SemanticTokens> semanticTokensRange(SemanticTokensRangeParams params) {
		return getRequestManager().runRead(cancelIndicator -> {
			URI uri = getURI(params.getTextDocument());
			StrategySemanticTokens tokens = getService(uri, StrategySemanticTokens.class);
			if (tokens == null) {
				return new SemanticTokens(List.of());
			}
			return getWorkspaceManager().doRead(uri, (document, resource) -> tokens.tokens(document, resource, params.getRange(), cancelIndicator));
		});
	}

	/** Forgets a closed file's tokens. */
	@Override
	public void didClose(DidCloseTextDocumentParams params) {
		lastTokens.remove(getURI(params.getTextDocument()));
		super.didClose(params);
	}

	/** The file's full tokens: the last ones if nothing was built since, else computed and kept. Null for a file of another language. */
	private Result tokens(URI uri, CancelIndicator cancelIndicator) {
		StrategySemanticTokens tokens = getService(uri, StrategySemanticTokens.class);
		if (tokens == null) {
			return null;
		}
		long build = builds.get();
		return getWorkspaceManager().doRead(uri, (document, resource) -> {
			Result last = lastTokens.get(uri);
			if (last != null && last.computedFrom(build, document, resource)) {
				return last;
			}
			List<Integer> data = List.copyOf(tokens.tokens(document, resource, cancelIndicator).getData());
			Result result = new Result(Long.toString(resultIds.incrementAndGet()), data, build, document.getVersion(), new WeakReference<>(resource));
			if (!cancelIndicator.isCanceled()) {
				// a cancelled walk may have stopped early
				lastTokens.put(uri, result);
			}
			return result;
		});
	}

	/**
	 * The edits that turn one answer's data into the next: one edit replacing what lies between
	 * their common start and their common end, none when they are equal.
	 */
	static List<SemanticTokensEdit> edits(List<Integer> previous, List<Integer> next) {
		int start = 0;
		int common = Math.min(previous.size(), next.size());
		while (start < common && previous.get(start).equals(next.get(start))) {
			start++;
		}
		int end = 0;
		while (end < common - start && previous.get(previous.size() - 1 - end).equals(next.get(next.size() - 1 - end))) {
			end++;
		}
		if (start == previous.size() && start == next.size()) {
			return List.of();
		}
		return List.of(new SemanticTokensEdit(start, previous.size() - start - end, next.subList(start, next.size() - end)));
	}

	/**
	 * A request of a method nobody serves gets JSON-RPC's MethodNotFound. Xtext throws an
	 * UnsupportedOperationException, which LSP4J answers as an internal error with a Java trace on
	 * standard error.
	 */
	@Override
	public CompletableFuture<?> request(String method, Object parameter) {
		if (!getExtensionProviders().containsKey(method)) {
			return CompletableFuture.failedFuture(new ResponseErrorException(new ResponseError(ResponseErrorCode.MethodNotFound, "Unknown method: " + method, null)));
		}
		return super.request(method, parameter);
	}

	/** A notification of a method nobody serves is ignored, as JSON-RPC asks (Xtext throws, and LSP4J logs a trace). */
	@Override
	public void notify(String method, Object parameter) {
		if (getExtensionProviders().containsKey(method)) {
			super.notify(method, parameter);
		}
	}
}
