package io.stratagem.server;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.messages.MessageIssue;
import org.eclipse.lsp4j.jsonrpc.messages.NotificationMessage;
import org.eclipse.lsp4j.jsonrpc.messages.RequestMessage;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

import com.google.gson.Gson;
import com.google.gson.JsonElement;

import io.stratagem.server.FolderPaths.RefusedPath;

/**
 * The language server of a browser session reads only the opened folder, as the files API does
 * ({@link FolderPaths}): a request or notification that names a document outside it (a file: URI
 * elsewhere, one through a symbolic link that leads out, another scheme) never reaches the server.
 * A request gets InvalidParams saying why; a notification is dropped. {@code initialize} is let
 * through: {@link FolderLanguageServer} replaces the root it names.
 */
final class ConfinedMessages implements MessageConsumer {

	/** LSP4J's own serialisation, to see the parameters as the client sent them. */
	private static final Gson GSON = new MessageJsonHandler(Map.of()).getGson();

	private final RemoteEndpoint server;
	private final FolderPaths paths;

	private ConfinedMessages(RemoteEndpoint server, FolderPaths paths) {
		this.server = server;
		this.paths = paths;
	}

	/** For {@code Launcher.Builder.wrapMessages}: confines the messages to the server, leaves those to the client alone. */
	static MessageConsumer wrap(MessageConsumer consumer, FolderPaths paths) {
		return consumer instanceof RemoteEndpoint server ? new ConfinedMessages(server, paths) : consumer;
	}

	@Override
	public void consume(Message message) {
		String refusal = null;
		if (message instanceof RequestMessage request && !"initialize".equals(request.getMethod())) {
			refusal = refusal(request.getParams());
		} else if (message instanceof NotificationMessage notification) {
			refusal = refusal(notification.getParams());
		}
		if (refusal == null) {
			server.consume(message);
		} else if (message instanceof RequestMessage) {
			server.handle(message, List.of(new MessageIssue(refusal, ResponseErrorCode.InvalidParams.getValue())));
		}
	}

	/** Why the parameters are refused, or null: every URI they hold must be a file: URI of the folder. */
	private String refusal(Object params) {
		if (params == null) {
			return null;
		}
		try {
			JsonElement json = params instanceof JsonElement element ? element : GSON.toJsonTree(params);
			return refusal(json, null);
		} catch (RuntimeException e) {
			return "parameters that cannot be read: " + e.getClass().getSimpleName();
		}
	}

	private String refusal(JsonElement json, String key) {
		if (json.isJsonObject()) {
			for (Map.Entry<String, JsonElement> member : json.getAsJsonObject().entrySet()) {
				String refusal = refusal(member.getValue(), member.getKey());
				if (refusal != null) {
					return refusal;
				}
			}
		} else if (json.isJsonArray()) {
			for (JsonElement item : json.getAsJsonArray()) {
				String refusal = refusal(item, key);
				if (refusal != null) {
					return refusal;
				}
			}
		} else if (json.isJsonPrimitive() && json.getAsJsonPrimitive().isString()) {
			String value = json.getAsString();
			boolean uriKey = key != null && key.toLowerCase(Locale.ROOT).endsWith("uri");
			if (uriKey || value.regionMatches(true, 0, "file:", 0, 5)) {
				return uriRefusal(value);
			}
		}
		return null;
	}

	private String uriRefusal(String value) {
		try {
			URI uri = new URI(value);
			if (!"file".equalsIgnoreCase(uri.getScheme())) {
				return "only file: URIs of the opened folder are served, not " + shown(value);
			}
			paths.confine(Path.of(uri));
			return null;
		} catch (URISyntaxException | IllegalArgumentException e) {
			return "not a valid file URI: " + shown(value);
		} catch (RefusedPath e) {
			return shown(value) + ": " + e.getMessage();
		}
	}

	/** A client's value in a message: cut, and without control characters. */
	private static String shown(String value) {
		String cut = value.length() > 200 ? value.substring(0, 200) + "..." : value;
		return cut.replaceAll("\\p{Cntrl}", "?");
	}
}
