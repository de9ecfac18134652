package io.stratagem.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import io.stratagem.dsl.edit.ModelWorkspace;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The files API over the opened folder.
 * <ul>
 * <li>{@code GET /api/files}: the folder's URI and its .strategy files, as {@code {"root":"file:///...","files":["a.strategy","sub/b.strategy"]}}</li>
 * <li>{@code GET /api/file?path=P}: the text of a file, with its version in the ETag header</li>
 * <li>{@code PUT /api/file?path=P}: new text (UTF-8); with {@code If-Match: <ETag>} only when nobody changed
 * the file since that version (412 otherwise, so that an edit made meanwhile is never overwritten)</li>
 * </ul>
 * Paths outside the folder are refused ({@link FolderPaths}); bodies over the limit get 413.
 */
final class FilesServlet extends HttpServlet {

	private static final long serialVersionUID = 1L;

	private final transient ModelWorkspace workspace;
	private final transient FolderPaths paths;
	private final long maxBodyBytes;
	/** One write at a time: the version check and the write must not interleave with another write. */
	private final transient Object writeLock = new Object();

	FilesServlet(ModelWorkspace workspace, FolderPaths paths, long maxBodyBytes) {
		this.workspace = workspace;
		this.paths = paths;
		this.maxBodyBytes = maxBodyBytes;
	}

	@Override
	protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
		if ("/api/files".equals(request.getServletPath())) {
			JsonArray list = new JsonArray();
			workspace.files().stream().sorted().forEach(file -> list.add(paths.relative(file)));
			JsonObject body = new JsonObject();
			// the editor names documents by file URI, as the language server does
			body.addProperty("root", workspace.folder().toUri().toString());
			body.add("files", list);
			send(response, HttpServletResponse.SC_OK, "application/json", new Gson().toJson(body));
			return;
		}
		Path file = resolve(request, response);
		if (file == null) {
			return;
		}
		String text = workspace.text(file);
		if (text == null) {
			send(response, HttpServletResponse.SC_NOT_FOUND, "text/plain", "no such file in the workspace: " + paths.relative(file));
			return;
		}
		response.setHeader("ETag", version(text));
		response.setHeader("Cache-Control", "no-store");
		send(response, HttpServletResponse.SC_OK, "text/plain", text);
	}

	@Override
	protected void doPut(HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (!"/api/file".equals(request.getServletPath())) {
			send(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "text/plain", "only /api/file?path=... can be written");
			return;
		}
		Path file = resolve(request, response);
		if (file == null) {
			return;
		}
		if (request.getContentLengthLong() > maxBodyBytes) {
			send(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "text/plain", tooLarge());
			return;
		}
		byte[] body = readAtMost(request.getInputStream(), maxBodyBytes);
		if (body == null) {
			send(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "text/plain", tooLarge());
			return;
		}
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(body)).toString();
		} catch (CharacterCodingException e) {
			send(response, HttpServletResponse.SC_BAD_REQUEST, "text/plain", "the text is not valid UTF-8; save the file as UTF-8");
			return;
		}
		String expected = request.getHeader("If-Match");
		// A diagram edit (ModelWorkspace.edit) could still come between this check and the write; the
		// window is a few microseconds, and the page then sees the diagram's change in /events.
		synchronized (writeLock) {
			if (expected != null) {
				String currentText = workspace.text(file);
				String current = currentText == null ? "\"none\"" : version(currentText);
				if (!expected.equals(current)) {
					response.setHeader("ETag", current);
					send(response, HttpServletResponse.SC_PRECONDITION_FAILED, "text/plain",
							paths.relative(file) + " changed since it was read; read it again and apply the edit to the new text");
					return;
				}
			}
			workspace.setText(file, text);
		}
		response.setHeader("ETag", version(text));
		send(response, HttpServletResponse.SC_OK, "text/plain", "saved " + paths.relative(file));
	}

	private Path resolve(HttpServletRequest request, HttpServletResponse response) throws IOException {
		List<String> given = request.getParameterValues("path") == null ? List.of() : List.of(request.getParameterValues("path"));
		try {
			if (given.size() > 1) {
				throw new FolderPaths.RefusedPath("give one path");
			}
			return paths.resolve(given.isEmpty() ? null : given.get(0));
		} catch (FolderPaths.RefusedPath e) {
			send(response, HttpServletResponse.SC_FORBIDDEN, "text/plain", "refused: " + e.getMessage());
			return null;
		}
	}

	private String tooLarge() {
		return "the text is larger than " + maxBodyBytes / (1024 * 1024) + " MB, the limit of the workbench (as of the command line's loader)";
	}

	/** The body, or null when it is longer than {@code limit} (a chunked body has no length to check first). */
	private static byte[] readAtMost(InputStream in, long limit) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[65536];
		long total = 0;
		for (int read; (read = in.read(buffer)) >= 0;) {
			total += read;
			if (total > limit) {
				return null;
			}
			out.write(buffer, 0, read);
		}
		return out.toByteArray();
	}

	/** The version of a text: a strong ETag from its SHA-256. */
	static String version(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e);
		}
	}

	static void send(HttpServletResponse response, int status, String type, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		response.setStatus(status);
		response.setContentType(type + ";charset=utf-8");
		response.setContentLength(bytes.length);
		response.getOutputStream().write(bytes);
	}
}
