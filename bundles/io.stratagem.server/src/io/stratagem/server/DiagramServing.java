package io.stratagem.server;

import java.net.URI;

import com.google.inject.Injector;

import io.stratagem.diagram.glsp.StrategyDiagramServer;
import io.stratagem.workspace.edit.ModelWorkspace;

/**
 * The browser workbench of a workspace with its interactive diagrams (the GLSP endpoint and the
 * diagram page), as {@code stratagem serve} and the desktop workbench's Diagram view both serve it.
 */
public final class DiagramServing {

	/** Where the diagram page's files are served: {@code /diagram/diagram.html?kind=roadmap}. */
	public static final String PAGE_PATH = "/diagram";

	private DiagramServing() {
	}

	/** A server builder with the GLSP endpoint over {@code workspace} and the diagram page; host and port still to choose. */
	public static WorkbenchServer.Builder builder(ModelWorkspace workspace, Previews previews, Injector strategyInjector) {
		return WorkbenchServer.builder(workspace, previews)
				.webSocket(StrategyDiagramServer.endpoint(workspace, strategyInjector))
				.staticFiles(PAGE_PATH, StrategyDiagramServer.class.getClassLoader(), StrategyDiagramServer.CLIENT_FOLDER);
	}

	/**
	 * The address of one diagram's page on a started server, with the access token.
	 * @param kind "roadmap" or "strategy"
	 */
	public static URI page(WorkbenchServer server, String kind) {
		URI root = server.url();
		return root.resolve(PAGE_PATH + "/" + StrategyDiagramServer.PAGE + "?kind=" + kind + "&token=" + server.token());
	}
}
