package io.stratagem.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.stratagem.workspace.edit.ModelWorkspace;

/**
 * {@code /report/*}: the generated report site, made on the first request after a change and kept in
 * memory until the workspace changes (its pages are looked up by name, so no request path ever reaches
 * the file system).
 * {@code /api/diagram/roadmap.svg} (and strategy, png): the diagrams as drawn now.
 */
final class PreviewServlet extends HttpServlet {

	private static final long serialVersionUID = 1L;
	private static final Pattern DIAGRAM = Pattern.compile("/(roadmap|strategy)\\.(svg|png)");

	private final transient Previews previews;
	private final transient ModelWorkspace workspace;
	private transient Map<String, String> site;
	private long siteRevision;

	PreviewServlet(Previews previews, ModelWorkspace workspace) {
		this.previews = previews;
		this.workspace = workspace;
	}

	@Override
	protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
		String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
		try {
			if ("/report".equals(request.getServletPath())) {
				report(path, response);
			} else {
				diagram(path, response);
			}
		} catch (Previews.PreviewException e) {
			FilesServlet.send(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "text/plain", e.getMessage());
		}
	}

	private void report(String path, HttpServletResponse response) throws IOException, Previews.PreviewException {
		String name = path.equals("/") ? "index.html" : path.substring(1);
		String content = currentSite().get(name);
		if (content == null) {
			FilesServlet.send(response, HttpServletResponse.SC_NOT_FOUND, "text/plain", "the report has no page " + name);
			return;
		}
		response.setHeader("Cache-Control", "no-store");
		byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
		response.setContentType(ContentTypes.of(name));
		response.setContentLength(bytes.length);
		response.getOutputStream().write(bytes);
	}

	/** The site made at the workspace's current revision (a save answers before listeners run, so the revision decides). */
	private synchronized Map<String, String> currentSite() throws Previews.PreviewException {
		long revision = workspace.revision();
		if (site == null || siteRevision != revision) {
			site = previews.site();
			siteRevision = revision;
		}
		return site;
	}

	private void diagram(String path, HttpServletResponse response) throws IOException, Previews.PreviewException {
		Matcher matcher = DIAGRAM.matcher(path);
		if (!matcher.matches()) {
			FilesServlet.send(response, HttpServletResponse.SC_NOT_FOUND, "text/plain", "diagrams: roadmap.svg, roadmap.png, strategy.svg, strategy.png");
			return;
		}
		byte[] bytes = previews.diagram(matcher.group(1), matcher.group(2));
		response.setHeader("Cache-Control", "no-store");
		// An SVG opened on its own is a document: it must not run anything.
		response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:");
		response.setContentType(ContentTypes.of(path));
		response.setContentLength(bytes.length);
		response.getOutputStream().write(bytes);
	}
}
