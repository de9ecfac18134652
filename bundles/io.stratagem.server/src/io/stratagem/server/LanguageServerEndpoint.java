package io.stratagem.server;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.websocket.jakarta.WebSocketEndpoint;

import jakarta.websocket.CloseReason;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.Session;

/** {@code /lsp}: one Xtext language server per websocket session (see {@link LanguageSessions}); public as Jetty requires of endpoint classes. */
public final class LanguageServerEndpoint extends WebSocketEndpoint<LanguageClient> {

	private final LanguageSessions sessions;
	private FolderLanguageServer server;

	LanguageServerEndpoint(LanguageSessions sessions) {
		this.sessions = sessions;
	}

	@Override
	public void onOpen(Session session, EndpointConfig config) {
		// A larger message closes the session (1009) instead of being read into memory.
		session.setMaxTextMessageBufferSize(sessions.maxMessageBytes());
		server = sessions.newServer();
		super.onOpen(session, config);
	}

	@Override
	protected void configure(Launcher.Builder<LanguageClient> builder) {
		builder.setLocalService(server).setRemoteInterface(LanguageClient.class)
				.wrapMessages(consumer -> ConfinedMessages.wrap(consumer, sessions.paths()));
	}

	/** LSP4J 1.0.0 leaves this empty: without it Xtext never gets its client and drops every diagnostic. */
	@Override
	protected void connect(java.util.Collection<Object> localServices, LanguageClient remoteProxy) {
		server.connect(remoteProxy);
		sessions.opened(server);
	}

	@Override
	public void onClose(Session session, CloseReason closeReason) {
		sessions.closed(server);
	}

	@Override
	public void onError(Session session, Throwable error) {
		sessions.closed(server);
	}
}
