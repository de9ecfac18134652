package io.stratagem.diagram.glsp.server;

import org.eclipse.glsp.server.di.MultiBinding;
import org.eclipse.glsp.server.diagram.DiagramConfiguration;
import org.eclipse.glsp.server.operations.OperationHandler;

import io.stratagem.diagram.glsp.gmodel.DiagramTypes;

/** The roadmap timeline: initiatives moved and resized along it, dependencies drawn and deleted. */
public class RoadmapDiagramModule extends StratagemDiagramModule {

	@Override
	public String getDiagramType() {
		return DiagramTypes.ROADMAP;
	}

	@Override
	protected Class<? extends DiagramConfiguration> bindDiagramConfiguration() {
		return RoadmapDiagramConfiguration.class;
	}

	@Override
	protected void configureOperationHandlers(MultiBinding<OperationHandler<?>> binding) {
		super.configureOperationHandlers(binding);
		binding.add(TimelineDragHandler.class);
		binding.add(CreateDependencyHandler.class);
	}
}
