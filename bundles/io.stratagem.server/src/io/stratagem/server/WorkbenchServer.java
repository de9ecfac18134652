package io.stratagem.server;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.ee10.websocket.jakarta.server.config.JakartaWebSocketServletContainerInitializer;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.gzip.GzipHandler;

import io.stratagem.workspace.edit.ModelWorkspace;
import io.stratagem.workspace.load.ModelFiles;
import jakarta.servlet.http.HttpServlet;
import jakarta.websocket.server.ServerEndpointConfig;

/**
 * The browser workbench of one folder: the page, the files API, the language server over a websocket,
 * change events and the report and diagram previews, on one local port behind one access token.
 *
 * <pre>
 * WorkbenchServer server = WorkbenchServer.builder(workspace, previews)
 *     .webSocket(glspEndpointConfig)                       // more endpoints, behind the same token
 *     .staticFiles("/diagram", loader, "diagram-dist/")    // more pages
 *     .build();
 * server.start();
 * System.out.println(server.url());
 * </pre>
 */
public final class WorkbenchServer implements AutoCloseable {

	/**
	 * The largest file text (and language server message) accepted: the one limit of a model file
	 * ({@link ModelFiles}, {@code -Dstratagem.maxFileMegabytes}, STRAT-IO-004), as set when the server starts.
	 */
	public static final int DEFAULT_MAX_BYTES = (int) Math.min(Integer.MAX_VALUE - 8, ModelFiles.maxFileBytes());

	private final Builder settings;
	private final AccessToken token = AccessToken.random();
	private Server server;
	private ServerConnector connector;
	private EventsServlet events;
	private LanguageSessions languageSessions;
	private AutoCloseable listener;
	private FolderWatcher folderWatcher;

	private WorkbenchServer(Builder settings) {
		this.settings = settings;
	}

	/**
	 * A server for an open workspace and the previews made of it. Saves go through
	 * {@link ModelWorkspace#setText}; every change the workspace announces (saves, diagram edits,
	 * undo, and files changed on disk by other programs: {@link FolderWatcher}) reaches the pages and their
	 * language servers.
	 */
	public static Builder builder(ModelWorkspace workspace, Previews previews) {
		return new Builder(workspace, previews);
	}

	/** Binds the port and starts serving. */
	public void start() throws Exception {
		Path folder = settings.workspace.folder();
		FolderPaths paths = new FolderPaths(folder);
		server = new Server();
		connector = new ServerConnector(server);
		HttpConfiguration http = connector.getConnectionFactory(HttpConnectionFactory.class).getHttpConfiguration();
		http.setSendServerVersion(false);
		// Jetty reuses a header of the previous request on a connection when the new one differs only
		// in case: a token cookie differing in case from the right one was let through (AccessTokenTest).
		http.setHeaderCacheCaseSensitive(true);
		connector.setHost(settings.host);
		connector.setPort(settings.port);
		server.addConnector(connector);

		ServletContextHandler context = new ServletContextHandler();
		context.setContextPath("/");
		// The websocket API finds Jetty's default endpoint configurator with ServiceLoader.load(Class),
		// through the thread's context class loader, which Jetty sets to this one while it handles a
		// request: the loader of Jetty's websocket server, which holds that service. On a flat class path
		// it is the application's; inside OSGi (the desktop workbench) it is that bundle's, the only one
		// that sees it ("Cannot load platform configurator" otherwise).
		context.setClassLoader(JakartaWebSocketServletContainerInitializer.class.getClassLoader());
		FilesServlet filesServlet = new FilesServlet(settings.workspace, paths, settings.maxBytes);
		context.addServlet(new ServletHolder("files", filesServlet), "/api/files");
		context.addServlet(new ServletHolder("file", filesServlet), "/api/file");
		PreviewServlet previews = new PreviewServlet(settings.previews, settings.workspace);
		context.addServlet(new ServletHolder("report", previews), "/report/*");
		context.addServlet(new ServletHolder("diagram", previews), "/api/diagram/*");
		events = new EventsServlet(paths);
		ServletHolder eventsHolder = new ServletHolder("events", events);
		eventsHolder.setAsyncSupported(true);
		context.addServlet(eventsHolder, "/events");
		settings.servlets.forEach((pathSpec, servlet) -> context.addServlet(new ServletHolder(servlet), pathSpec));
		int index = 0;
		for (StaticFolder extra : settings.staticFolders) {
			context.addServlet(new ServletHolder("static-" + index++, new ClasspathFilesServlet(extra.loader(), extra.folder())), extra.path() + "/*");
		}
		context.addServlet(new ServletHolder("page", new ClasspathFilesServlet(WorkbenchServer.class.getClassLoader(), "web-dist/")), "/");

		languageSessions = new LanguageSessions(folder, settings.maxBytes);
		JakartaWebSocketServletContainerInitializer.configure(context, (servletContext, container) -> {
			container.setDefaultMaxTextMessageBufferSize(settings.maxBytes);
			container.setDefaultMaxBinaryMessageBufferSize(settings.maxBytes);
			// an editor left open without typing keeps its connection
			container.setDefaultMaxSessionIdleTimeout(0);
			container.addEndpoint(ServerEndpointConfig.Builder.create(LanguageServerEndpoint.class, "/lsp").configurator(new ServerEndpointConfig.Configurator() {
				@Override
				public <T> T getEndpointInstance(Class<T> endpointClass) {
					return endpointClass.cast(new LanguageServerEndpoint(languageSessions));
				}
			}).build());
			for (ServerEndpointConfig extra : settings.webSockets) {
				container.addEndpoint(extra);
			}
		});

		folderWatcher = FolderWatcher.start(settings.workspace, System.err);
		listener = settings.workspace.addListener(changed -> {
			languageSessions.changed(changed);
			events.changed(changed);
		});

		// The editor's scripts are several megabytes: compressed, they load quickly.
		GzipHandler gzip = new GzipHandler();
		// streams and websocket upgrades pass through unwrapped
		gzip.addExcludedPaths("/events", "/lsp");
		settings.webSockets.forEach(endpoint -> gzip.addExcludedPaths(endpoint.getPath()));
		gzip.setHandler(context);
		server.setHandler(new AccessGuard(token, gzip));
		// a status without a page, also for requests Jetty cannot decode (MalformedRequestsTest)
		server.setErrorHandler(new BareErrors());
		context.setErrorHandler(new BareErrors());
		server.start();
	}

	/** The port the server listens on (the chosen one when it was 0). */
	public int port() {
		return connector.getLocalPort();
	}

	/** Whether the server listens only on a loopback address (reachable from this machine only). */
	public boolean isLoopback() {
		return isLoopback(settings.host);
	}

	/** The address to open, with the access token. */
	public URI url() {
		String host = settings.host.contains(":") ? "[" + settings.host + "]" : settings.host;
		return URI.create("http://" + host + ":" + port() + "/?token=" + token.value());
	}

	/** The access token (the tests and callers that open their own connections need it). */
	public String token() {
		return token.value();
	}

	/** Blocks until the server stops. */
	public void join() throws InterruptedException {
		server.join();
	}

	@Override
	public void close() throws Exception {
		if (folderWatcher != null) {
			folderWatcher.close();
		}
		if (listener != null) {
			listener.close();
		}
		if (languageSessions != null) {
			languageSessions.closeAll();
		}
		if (events != null) {
			events.closeAll();
		}
		if (server != null) {
			server.stop();
		}
	}

	static boolean isLoopback(String host) {
		try {
			for (InetAddress address : InetAddress.getAllByName(host)) {
				if (!address.isLoopbackAddress()) {
					return false;
				}
			}
			return true;
		} catch (UnknownHostException e) {
			return false;
		}
	}

	private record StaticFolder(String path, ClassLoader loader, String folder) {
	}

	/** What the server offers; every addition sits behind the access token. */
	public static final class Builder {
		private final ModelWorkspace workspace;
		private final Previews previews;
		private String host = "127.0.0.1";
		private int port;
		private int maxBytes = DEFAULT_MAX_BYTES;
		private final List<ServerEndpointConfig> webSockets = new ArrayList<>();
		private final List<StaticFolder> staticFolders = new ArrayList<>();
		private final Map<String, HttpServlet> servlets = new LinkedHashMap<>();

		private Builder(ModelWorkspace workspace, Previews previews) {
			this.workspace = workspace;
			this.previews = previews;
		}

		/** The address to bind: 127.0.0.1 unless changed. */
		public Builder host(String host) {
			this.host = host;
			return this;
		}

		/** The port; 0 (the default) takes a free one. */
		public Builder port(int port) {
			this.port = port;
			return this;
		}

		/** The largest file text, request body and websocket message accepted. */
		public Builder maxBytes(int maxBytes) {
			this.maxBytes = maxBytes;
			return this;
		}

		/** One more websocket endpoint, such as the diagram server's {@code /glsp}. */
		public Builder webSocket(ServerEndpointConfig endpoint) {
			webSockets.add(endpoint);
			return this;
		}

		/**
		 * Static files served from a class path folder.
		 * @param path where, such as {@code "/diagram"} (files then at /diagram/...)
		 * @param folder the resource folder, such as {@code "diagram-dist/"}
		 */
		public Builder staticFiles(String path, ClassLoader loader, String folder) {
			staticFolders.add(new StaticFolder(path, loader, folder));
			return this;
		}

		/** One more servlet, mapped to a servlet path spec such as {@code "/api/diagram-model/*"}. */
		public Builder servlet(String pathSpec, HttpServlet servlet) {
			servlets.put(pathSpec, servlet);
			return this;
		}

		public WorkbenchServer build() {
			return new WorkbenchServer(this);
		}
	}
}
