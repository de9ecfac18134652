package io.stratagem.server;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.MappingMatch;

/**
 * Static files of a folder on a class path (the page built into this bundle, or one a caller adds):
 * read through the class loader, so it works from a jar, a folder and an OSGi bundle alike.
 */
final class ClasspathFilesServlet extends HttpServlet {

	private static final long serialVersionUID = 1L;

	private final transient ClassLoader loader;
	private final String folder;

	/** @param folder the resource folder, such as {@code "web-dist/"} */
	ClasspathFilesServlet(ClassLoader loader, String folder) {
		this.loader = loader;
		this.folder = folder.endsWith("/") ? folder : folder + "/";
	}

	@Override
	protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
		// mapped to "/" (the default servlet) the path is the servlet path; mapped to "/x/*" it is the path info
		String path = request.getHttpServletMapping().getMappingMatch() == MappingMatch.DEFAULT ? request.getServletPath() : request.getPathInfo();
		if (path == null || path.isEmpty() || path.equals("/")) {
			path = "/index.html";
		}
		if (path.contains("..") || path.contains("\\") || path.contains("//")) {
			FilesServlet.send(response, HttpServletResponse.SC_NOT_FOUND, "text/plain", "not found");
			return;
		}
		try (InputStream in = loader.getResourceAsStream(folder + path.substring(1))) {
			if (in == null) {
				FilesServlet.send(response, HttpServletResponse.SC_NOT_FOUND, "text/plain", "not found: " + path);
				return;
			}
			response.setContentType(ContentTypes.of(path));
			// Vite names bundled files by content hash: they never change; the page itself may.
			response.setHeader("Cache-Control", path.startsWith("/assets/") ? "max-age=31536000, immutable" : "no-cache");
			in.transferTo(response.getOutputStream());
		}
	}
}
