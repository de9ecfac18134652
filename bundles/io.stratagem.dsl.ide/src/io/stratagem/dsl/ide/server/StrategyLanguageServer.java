/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.ide.server;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.SemanticTokensWithRegistrationOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Module;
import com.google.inject.util.Modules;

import io.stratagem.dsl.ide.highlighting.StrategySemanticTokens;

/**
 * The Xtext language server with Stratagem's semantic tokens. Xtext's own semantic token service
 * only knows its highlighting style ids (keyword, default, number), which editors do not colour as
 * LSP token types; this server announces the {@link StrategySemanticTokens#legend() legend} of the
 * language and answers with its tokens.
 */
public class StrategyLanguageServer extends LanguageServerImpl {

	/** Xtext's server module with this server in place of the default one. */
	public static Module module() {
		return Modules.override(new ServerModule()).with(binder -> binder.bind(LanguageServerImpl.class).to(StrategyLanguageServer.class));
	}

	@Override
	protected ServerCapabilities createServerCapabilities(InitializeParams params) {
		ServerCapabilities capabilities = super.createServerCapabilities(params);
		SemanticTokensWithRegistrationOptions semanticTokens = new SemanticTokensWithRegistrationOptions(StrategySemanticTokens.legend());
		semanticTokens.setFull(true);
		semanticTokens.setRange(false);
		capabilities.setSemanticTokensProvider(semanticTokens);
		return capabilities;
	}

	@Override
	protected SemanticTokens semanticTokensFull(SemanticTokensParams params, CancelIndicator cancelIndicator) {
		URI uri = getURI(params.getTextDocument());
		StrategySemanticTokens tokens = getService(uri, StrategySemanticTokens.class);
		if (tokens == null) {
			return new SemanticTokens(List.of());
		}
		return getWorkspaceManager().doRead(uri, (document, resource) -> tokens.tokens(document, resource, cancelIndicator));
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
