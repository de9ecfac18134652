package io.stratagem.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.eclipse.lsp4j.jsonrpc.JsonRpcException;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.MessageIssueException;
import org.eclipse.lsp4j.jsonrpc.MessageIssueHandler;
import org.eclipse.lsp4j.jsonrpc.MessageProducer;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;
import org.eclipse.lsp4j.jsonrpc.json.ConcurrentMessageProcessor;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.services.LanguageClient;

import io.stratagem.workspace.report.TerminalText;

/**
 * The language server's JSON-RPC connection over a byte stream, reading what any client may send.
 * LSP4J's reader allocates a buffer of whatever Content-Length a client announces, keeps a header
 * line of any length in memory, and after one wrong header reads the following messages as header
 * text, so that the server never answers again. This reader skips a message over the limit unread,
 * keeps at most {@link #MAX_HEADER_LINE} characters of a header line, and after input that is not
 * a header resynchronises on the next {@code Content-Length} header. Problems are one line on the
 * log stream, never a trace.
 */
final class LanguageServerLauncher {

	/** The longest header line kept; a longer one is input that is not a header, of which only the end is searched. */
	static final int MAX_HEADER_LINE = 8192;

	private static final String CONTENT_LENGTH = "Content-Length:";

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

	/** Reads header lines, a blank line and Content-Length bytes of JSON, message after message. */
	static final class BoundedMessageProducer implements MessageProducer, Closeable {

		private final InputStream input;
		private final MessageJsonHandler jsonHandler;
		private final MessageIssueHandler issues;
		private final long maxMessageBytes;
		private final PrintStream log;
		private volatile boolean keepRunning;

		/** The headers of the message being read. */
		private long contentLength;
		private String invalidLength;
		private String charset;
		private boolean inHeader;

		BoundedMessageProducer(InputStream input, MessageJsonHandler jsonHandler, MessageIssueHandler issues, long maxMessageBytes, PrintStream log) {
			this.input = input;
			this.jsonHandler = jsonHandler;
			this.issues = issues;
			this.maxMessageBytes = maxMessageBytes;
			this.log = log;
		}

		@Override
		public void listen(MessageConsumer callback) throws JsonRpcException {
			keepRunning = true;
			newMessage();
			HeaderLine line = new HeaderLine();
			try {
				while (keepRunning) {
					int c = input.read();
					if (c < 0) {
						return;
					}
					if (c == '\n') {
						if (line.isEmpty()) {
							if (inHeader && !endOfHeader(callback)) {
								return;
							}
						} else {
							header(line.text(), line.truncated(), line.length());
						}
						line.clear();
					} else if (c != '\r') {
						line.append((char) c);
					}
				}
			} catch (IOException e) {
				if (keepRunning) {
					log.println("stratagem lsp: the input ended: " + e.getMessage());
				}
			} finally {
				keepRunning = false;
			}
		}

		private void newMessage() {
			contentLength = -1;
			invalidLength = null;
			charset = StandardCharsets.UTF_8.name();
			inHeader = false;
		}

		/** One header line, or text that is not one: then the last Content-Length header in it starts the next message. */
		private void header(String line, boolean truncated, long length) {
			int colon = line.indexOf(':');
			if (truncated || colon <= 0 || !line.substring(0, colon).chars().allMatch(c -> c == '-' || Character.isLetterOrDigit(c) && c < 128)) {
				int resync = line.lastIndexOf(CONTENT_LENGTH);
				log.println("stratagem lsp: skipped " + (resync < 0 ? length : length - (line.length() - resync)) + " bytes that are not a message"
						+ (resync < 0 ? "" : "; reading goes on at the next Content-Length header"));
				newMessage();
				if (resync < 0) {
					return;
				}
				line = line.substring(resync);
				colon = CONTENT_LENGTH.length() - 1;
			}
			inHeader = true;
			String name = line.substring(0, colon).trim();
			String value = line.substring(colon + 1).trim();
			if (name.equals("Content-Length")) {
				try {
					contentLength = Long.parseLong(value);
				} catch (NumberFormatException e) {
					contentLength = -1;
				}
				invalidLength = contentLength < 0 ? value : null;
			} else if (name.equals("Content-Type")) {
				int at = value.indexOf("charset=");
				if (at >= 0) {
					charset = value.substring(at + "charset=".length()).trim();
				}
			}
		}

		/** The blank line after the headers: reads the content. False when the input ended inside it. */
		private boolean endOfHeader(MessageConsumer callback) throws IOException {
			long length = contentLength;
			String invalid = invalidLength;
			String encoding = charset;
			newMessage();
			if (length < 0) {
				log.println("stratagem lsp: a message " + (invalid == null ? "without a Content-Length header" : "with an invalid Content-Length, " + shown(invalid))
						+ ", is skipped; reading goes on at the next Content-Length header");
				return true;
			}
			if (length > Math.min(maxMessageBytes, Integer.MAX_VALUE - 8)) {
				log.println("stratagem lsp: refused a message of " + length + " bytes, more than the limit of " + maxMessageBytes
						+ " (--max-message-megabytes); it is skipped");
				return skip(length);
			}
			byte[] content = input.readNBytes((int) length);
			if (content.length < length) {
				return false; // the client closed the stream inside the message
			}
			try {
				callback.consume(jsonHandler.parseMessage(new String(content, Charset.forName(encoding))));
			} catch (MessageIssueException e) {
				issues.handle(e.getRpcMessage(), e.getIssues());
			} catch (RuntimeException e) {
				// not JSON-RPC (a wrong Content-Length cuts or extends it), an unknown charset, or a failure of the server
				log.println("stratagem lsp: a message of " + length + " bytes could not be handled and is skipped: " + shown(String.valueOf(e.getMessage())));
			}
			return true;
		}

		/** Reads and drops content in small pieces (skip() fails on a pipe such as standard input); false at its end. */
		private boolean skip(long length) throws IOException {
			byte[] discard = new byte[8192];
			long remaining = length;
			while (remaining > 0) {
				int read = input.read(discard, 0, (int) Math.min(discard.length, remaining));
				if (read < 0) {
					return false;
				}
				remaining -= read;
			}
			return true;
		}

		/** A client's text on one log line: at most 200 characters, control characters escaped. */
		private static String shown(String text) {
			String cut = text.length() > 200 ? text.substring(0, 200) + "..." : text;
			return TerminalText.visible(cut);
		}

		@Override
		public void close() {
			keepRunning = false;
		}
	}

	/** A header line of at most twice {@link #MAX_HEADER_LINE} characters: of a longer one only the end is kept. */
	private static final class HeaderLine {
		private final StringBuilder text = new StringBuilder();
		private long length;

		void append(char c) {
			if (text.length() == 2 * MAX_HEADER_LINE) {
				text.delete(0, MAX_HEADER_LINE);
			}
			text.append(c);
			length++;
		}

		boolean isEmpty() {
			return length == 0;
		}

		boolean truncated() {
			return length > MAX_HEADER_LINE;
		}

		long length() {
			return length;
		}

		String text() {
			return text.toString();
		}

		void clear() {
			text.setLength(0);
			length = 0;
		}
	}
}
