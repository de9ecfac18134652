package io.stratagem.diagram.glsp.server;

import org.eclipse.glsp.server.di.DiagramModule;
import org.eclipse.glsp.server.di.MultiBinding;
import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.eclipse.glsp.server.features.core.model.SourceModelStorage;
import org.eclipse.glsp.server.features.directediting.LabelEditValidator;
import org.eclipse.glsp.server.features.toolpalette.ToolPaletteItemProvider;
import org.eclipse.glsp.server.features.validation.ModelValidator;
import org.eclipse.glsp.server.model.GModelState;
import org.eclipse.glsp.server.operations.OperationHandler;

/** What both diagrams share: the workspace as source model, its undo history, markers, renaming and deleting. */
public abstract class StratagemDiagramModule extends DiagramModule {

	@Override
	protected Class<? extends SourceModelStorage> bindSourceModelStorage() {
		return WorkspaceModelStorage.class;
	}

	@Override
	protected Class<? extends GModelFactory> bindGModelFactory() {
		return WorkspaceGModelFactory.class;
	}

	@Override
	protected Class<? extends GModelState> bindGModelState() {
		return WorkspaceModelState.class;
	}

	@Override
	protected Class<? extends ModelValidator> bindModelValidator() {
		return RuleMarkerValidator.class;
	}

	@Override
	protected Class<? extends LabelEditValidator> bindLabelEditValidator() {
		return LabelValidator.class;
	}

	@Override
	protected Class<? extends ToolPaletteItemProvider> bindToolPaletteItemProvider() {
		return StratagemPalette.class;
	}

	@Override
	protected void configureOperationHandlers(MultiBinding<OperationHandler<?>> binding) {
		super.configureOperationHandlers(binding);
		binding.add(LabelEditHandler.class);
		binding.add(DeleteHandler.class);
		// moving a node with edges also sends new routing points: unhandled, GLSP closes the connection
		binding.add(IgnoreRoutingPointsHandler.class);
	}
}
