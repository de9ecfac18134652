package io.stratagem.diagram.glsp.server;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.server.di.DiagramType;
import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.eclipse.glsp.server.model.GModelState;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;

import io.stratagem.diagram.Markers;
import io.stratagem.diagram.glsp.gmodel.DiagramOptions;
import io.stratagem.diagram.glsp.gmodel.DiagramRenderer;
import io.stratagem.diagram.glsp.gmodel.IssueMarkers;
import io.stratagem.workspace.edit.ModelWorkspace;
import io.stratagem.workspace.edit.WorkspaceModel;

/** Draws the client's diagram from the workspace's current model, with the rule catalogue's findings as markers. */
public class WorkspaceGModelFactory implements GModelFactory {

	/** Model state property holding the markers of the last drawing, for {@link RuleMarkerValidator}. */
	static final String MARKERS = "stratagem.markers";

	@Inject
	private ModelWorkspace workspace;
	@Inject
	private GModelState modelState;
	@Inject
	@DiagramType
	private String diagramType;

	private final DiagramRenderer renderer = new DiagramRenderer();

	@Override
	public void createGModel() {
		DiagramOptions options = modelState.getProperty(WorkspaceModelStorage.OPTIONS, DiagramOptions.class).orElse(DiagramOptions.all());
		Markers markers = Markers.none();
		GGraph graph = workspace.read(model -> renderer.render(diagramType, options, roots(model), markers(model, markers)));
		modelState.setProperty(MARKERS, markers);
		modelState.updateRoot(graph);
	}

	/** Renders a diagram of a workspace model; the same as a client gets, for hosts and tests. */
	public static GGraph render(WorkspaceModel model, String diagramType, DiagramOptions options) {
		return new DiagramRenderer().render(diagramType, options, roots(model), markers(model, Markers.none()));
	}

	static List<EObject> roots(WorkspaceModel model) {
		List<EObject> roots = new ArrayList<>();
		model.resources().forEach(r -> roots.addAll(r.getContents()));
		return roots;
	}

	static Markers markers(WorkspaceModel model, Markers markers) {
		for (XtextResource resource : model.resources()) {
			Path file = Path.of(resource.getURI().toFileString());
			IssueMarkers.add(markers, file, resource, model.issues(file), model::qualifiedName);
		}
		return markers;
	}
}
