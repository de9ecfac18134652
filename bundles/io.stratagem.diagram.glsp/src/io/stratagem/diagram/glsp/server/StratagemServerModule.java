package io.stratagem.diagram.glsp.server;

import org.eclipse.glsp.server.di.ServerModule;
import org.eclipse.glsp.server.protocol.GLSPServer;

import com.google.inject.Injector;
import com.google.inject.Provider;

import io.stratagem.workspace.edit.ModelEditor;
import io.stratagem.workspace.edit.ModelWorkspace;

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
		// providers, not instances: Guice would inject the members of an instance again, from GLSP's injector
		bind(ModelWorkspace.class).toProvider((Provider<ModelWorkspace>) () -> workspace);
		ModelEditor editor = strategyInjector.getInstance(ModelEditor.class);
		bind(ModelEditor.class).toProvider((Provider<ModelEditor>) () -> editor);
	}

	@Override
	protected Class<? extends GLSPServer> bindGLSPServer() {
		return Lsp4j1Server.class;
	}
}
