package io.stratagem.diagram.glsp.server;

import org.eclipse.glsp.server.di.MultiBinding;
import org.eclipse.glsp.server.diagram.DiagramConfiguration;
import org.eclipse.glsp.server.operations.OperationHandler;

import io.stratagem.diagram.glsp.gmodel.DiagramTypes;

/** The strategy graph: use cases, KPIs and risks created from the palette, references drawn between elements. */
public class StrategyDiagramModule extends StratagemDiagramModule {

	@Override
	public String getDiagramType() {
		return DiagramTypes.STRATEGY;
	}

	@Override
	protected Class<? extends DiagramConfiguration> bindDiagramConfiguration() {
		return StrategyDiagramConfiguration.class;
	}

	@Override
	protected void configureOperationHandlers(MultiBinding<OperationHandler<?>> binding) {
		super.configureOperationHandlers(binding);
		binding.add(CreateElementHandler.class);
		binding.add(CreateLinkHandler.class);
	}
}
