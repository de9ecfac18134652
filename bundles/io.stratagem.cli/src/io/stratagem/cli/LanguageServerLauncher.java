package io.stratagem.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.MessageIssueHandler;
import org.eclipse.lsp4j.jsonrpc.MessageProducer;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;
import org.eclipse.lsp4j.jsonrpc.json.ConcurrentMessageProcessor;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.json.StreamMessageProducer;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * The language server's JSON-RPC connection with a limit on the size of one message. LSP4J
 * allocates a buffer of whatever Content-Length a client announces, so a single header could
 * exhaust the heap; a message over the limit is skipped unread, and the connection goes on.
 */
final class LanguageServerLauncher {

	private LanguageServerLauncher() {
	}

	static Launcher<LanguageClient> create(Object server, InputStream in, OutputStream out, long maxMessageBytes, PrintStream log) {
		return new Launcher.Builder<LanguageClient>() {
			private MessageJsonHandler jsonHandler;
			private RemoteEndpoint endpoint;

			@Override
			protected MessageJsonHandler createJsonHandler() {
				jsonHandler = super.createJsonHandler();
				return jsonHandler;
			}

			@Override
			protected RemoteEndpoint createRemoteEndpoint(MessageJsonHandler handler) {
				endpoint = super.createRemoteEndpoint(handler);
				return endpoint;
			}

			@Override
			protected ConcurrentMessageProcessor createMessageProcessor(MessageProducer reader, MessageConsumer consumer, LanguageClient proxy) {
				return super.createMessageProcessor(new BoundedMessageProducer(input, jsonHandler, endpoint, maxMessageBytes, log), consumer, proxy);
			}
		}.setLocalService(server).setRemoteInterface(LanguageClient.class).setInput(in).setOutput(out).create();
	}

	/** Reads messages as LSP4J does, but skips the content of one that is over the limit. */
	private static final class BoundedMessageProducer extends StreamMessageProducer {

		private final long maxMessageBytes;
		private final PrintStream log;

		BoundedMessageProducer(InputStream input, MessageJsonHandler jsonHandler, MessageIssueHandler issues, long maxMessageBytes, PrintStream log) {
			super(input, jsonHandler, issues);
			this.maxMessageBytes = maxMessageBytes;
			this.log = log;
		}

		@Override
		protected boolean handleMessage(InputStream input, Headers headers) {
			if (headers.contentLength <= maxMessageBytes) {
				return super.handleMessage(input, headers);
			}
			log.println("stratagem lsp: refused a message of " + headers.contentLength + " bytes, more than the limit of " + maxMessageBytes
					+ " (--max-message-megabytes); it is skipped");
			try {
				// Read and dropped in small pieces: skip() fails on a pipe such as standard input.
				byte[] discard = new byte[8192];
				long remaining = headers.contentLength;
				while (remaining > 0) {
					int read = input.read(discard, 0, (int) Math.min(discard.length, remaining));
					if (read < 0) {
						return false; // the client closed the stream inside the message
					}
					remaining -= read;
				}
				return true;
			} catch (IOException e) {
				fireStreamClosed(e);
				return false;
			}
		}
	}
}
