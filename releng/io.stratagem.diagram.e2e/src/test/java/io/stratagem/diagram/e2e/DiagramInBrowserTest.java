package io.stratagem.diagram.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.ee10.websocket.jakarta.server.config.JakartaWebSocketServletContainerInitializer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Injector;

import io.stratagem.diagram.glsp.StrategyDiagramServer;
import io.stratagem.dsl.StrategyStandaloneSetup;
import io.stratagem.testing.ProjectFiles;
import io.stratagem.workspace.edit.ModelWorkspace;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The diagrams edited in real headless Chromium: the page and the GLSP endpoint hosted as a host
 * such as {@code stratagem serve} mounts them, on a copy of the Acme example; the browser script
 * (web/test/e2e.mjs) drags a bar and creates a KPI, and the files on disk must show it.
 */
class DiagramInBrowserTest {

	@TempDir
	Path temp;

	@Test
	void dragABarAndCreateAKpiInChromium() throws Exception {
		Path folder = temp.resolve("acme");
		copyExample(folder);
		String roadmapBefore = Files.readString(folder.resolve("roadmap.strategy"));
		assertTrue(roadmapBefore.contains("initiative CloudTenancy \"Set up the EU sovereign cloud tenancy\" {\n\t\t\tstart 2027-01\n"));
		Injector injector = new StrategyStandaloneSetup().createInjectorAndDoEMFRegistration();
		Server server = new Server(new InetSocketAddress("127.0.0.1", 0));
		try (ModelWorkspace workspace = ModelWorkspace.open(folder, injector)) {
			ServletContextHandler context = new ServletContextHandler("/");
			context.addServlet(new ServletHolder(new ClientFiles()), "/*");
			JakartaWebSocketServletContainerInitializer.configure(context,
					(servletContext, container) -> container.addEndpoint(StrategyDiagramServer.endpoint(workspace, injector)));
			server.setHandler(context);
			server.start();
			int port = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
			Path screenshots = Paths.get(System.getProperty("stratagem.screenshots", "target/screenshots"));
			Files.createDirectories(screenshots);
			Process node = new ProcessBuilder("node", "test/e2e.mjs", "http://127.0.0.1:" + port + "/", screenshots.toAbsolutePath().toString())
					.directory(Paths.get(System.getProperty("stratagem.web")).toFile()).redirectErrorStream(true).start();
			String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertTrue(node.waitFor(3, TimeUnit.MINUTES), "the browser script ends");
			System.out.println(output);
			assertEquals(0, node.exitValue(), output);
			for (String shot : new String[] { "roadmap.png", "roadmap-moved.png", "strategy.png", "strategy-new-kpi.png" }) {
				assertTrue(Files.size(screenshots.resolve(shot)) > 10_000, shot + " kept");
			}
		} finally {
			server.stop();
		}
		String roadmap = Files.readString(folder.resolve("roadmap.strategy"));
		assertEquals(roadmapBefore.replace("initiative CloudTenancy \"Set up the EU sovereign cloud tenancy\" {\n\t\t\tstart 2027-01\n",
				"initiative CloudTenancy \"Set up the EU sovereign cloud tenancy\" {\n\t\t\tstart 2027-04\n"), roadmap, "moved by one quarter, nothing else changed");
		try (Stream<Path> files = Files.list(folder)) {
			assertTrue(files.anyMatch(f -> read(f).contains("kpi NewKpi")), "the KPI created from the palette is in the text");
		}
	}

	/** The built client of the bundle, from the class path, as a host serves it. */
	private static final class ClientFiles extends HttpServlet {

		private static final long serialVersionUID = 1L;

		@Override
		protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
			String name = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
			URL file = StrategyDiagramServer.clientFile(name);
			if (file == null) {
				response.sendError(404);
				return;
			}
			response.setContentType(name.endsWith(".html") ? "text/html;charset=utf-8"
					: name.endsWith(".js") ? "text/javascript" : name.endsWith(".css") ? "text/css" : name.endsWith(".ttf") ? "font/ttf" : "application/octet-stream");
			try (InputStream in = file.openStream()) {
				in.transferTo(response.getOutputStream());
			}
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		} catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	private static void copyExample(Path to) throws IOException {
		Path example = ProjectFiles.example("acme-insurance");
		Files.createDirectories(to);
		try (Stream<Path> files = Files.list(example)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".strategy")).toList()) {
				Files.copy(file, to.resolve(file.getFileName()));
			}
		}
	}
}
