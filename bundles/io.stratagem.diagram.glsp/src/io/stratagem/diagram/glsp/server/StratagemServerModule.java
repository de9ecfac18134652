package io.stratagem.diagram.glsp.server;

import org.eclipse.glsp.server.di.ServerModule;
import org.eclipse.glsp.server.protocol.GLSPServer;

import com.google.inject.Injector;

import io.stratagem.dsl.edit.ModelEditor;
import io.stratagem.dsl.edit.ModelWorkspace;

/**
 * The GLSP server of one websocket connection: both diagram types over the workspace shared with
 * the host (the text editor, other diagram clients), edited through the DSL's model editor.
 */
public class StratagemServerModule extends ServerModule {

	private final ModelWorkspace workspace;
	private final Injector strategyInjector;

	public StratagemServerModule(ModelWorkspace workspace, Injector strategyInjector) {
		this.workspace = workspace;
		this.strategyInjector = strategyInjector;
		configureDiagramModule(new RoadmapDiagramModule());
		configureDiagramModule(new StrategyDiagramModule());
	}

	@Override
	protected void configureBase() {
		super.configureBase();
		bind(ModelWorkspace.class).toInstance(workspace);
		bind(ModelEditor.class).toInstance(strategyInjector.getInstance(ModelEditor.class));
	}

	@Override
	protected Class<? extends GLSPServer> bindGLSPServer() {
		return Lsp4j1Server.class;
	}
}
