package io.stratagem.diagram.glsp;

import java.net.URL;

import org.eclipse.glsp.server.websocket.GLSPConfigurator;
import org.eclipse.glsp.server.websocket.GLSPServerEndpoint;
import org.eclipse.glsp.server.websocket.WebsocketModule;

import com.google.inject.Guice;
import com.google.inject.Injector;

import io.stratagem.diagram.glsp.server.StratagemServerModule;
import io.stratagem.workspace.edit.ModelWorkspace;
import jakarta.websocket.server.ServerEndpointConfig;

/**
 * What a host (such as {@code stratagem serve}) mounts to offer the interactive diagrams: the GLSP
 * websocket endpoint over its workspace and the browser page that talks to it.
 *
 * <pre>
 * container.addEndpoint(StrategyDiagramServer.endpoint(workspace, strategyInjector));
 * // serve the files under StrategyDiagramServer.CLIENT_FOLDER of this bundle's class path;
 * // open diagram.html?kind=roadmap (or strategy) on the same origin, query parameters passed on
 * </pre>
 */
public final class StrategyDiagramServer {

	/** Path of the websocket endpoint, relative to the host's root: the page connects to it on its own origin. */
	public static final String PATH = "/glsp";
	/** Class path folder of the built client: {@code diagram.html}, its script, styles and fonts. */
	public static final String CLIENT_FOLDER = "glsp-client/";
	/** The page of one diagram: {@code diagram.html?kind=roadmap|strategy}. */
	public static final String PAGE = "diagram.html";

	private StrategyDiagramServer() {
	}

	/**
	 * The GLSP endpoint at {@link #PATH}: each connection gets its own GLSP server (its own
	 * injector), all over the one {@code workspace}.
	 *
	 * @param strategyInjector the DSL's injector, for the model editor
	 */
	public static ServerEndpointConfig endpoint(ModelWorkspace workspace, Injector strategyInjector) {
		StratagemServerModule serverModule = new StratagemServerModule(workspace, strategyInjector);
		return ServerEndpointConfig.Builder.create(GLSPServerEndpoint.class, PATH)
				.configurator(new GLSPConfigurator(() -> Guice.createInjector(serverModule, new WebsocketModule()))).build();
	}

	/** A file of the built client, e.g. {@code diagram.html}; {@code null} when there is none. */
	public static URL clientFile(String name) {
		if (name.contains("..") || name.startsWith("/")) {
			return null;
		}
		return StrategyDiagramServer.class.getClassLoader().getResource(CLIENT_FOLDER + name);
	}
}
