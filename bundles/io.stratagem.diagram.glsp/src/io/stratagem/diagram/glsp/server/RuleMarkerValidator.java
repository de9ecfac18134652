package io.stratagem.diagram.glsp.server;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.server.features.validation.Marker;
import org.eclipse.glsp.server.features.validation.MarkerKind;
import org.eclipse.glsp.server.features.validation.ModelValidator;
import org.eclipse.glsp.server.model.GModelState;

import com.google.inject.Inject;

import io.stratagem.diagram.Markers;
import io.stratagem.workspace.report.Finding;

/** The findings (rule, syntax and link) on the elements asked about, as GLSP markers (the client decorates the elements). */
public class RuleMarkerValidator implements ModelValidator {

	@Inject
	private GModelState modelState;

	@Override
	public List<Marker> validate(List<GModelElement> elements, String reason) {
		Markers markers = modelState.getProperty(WorkspaceGModelFactory.MARKERS, Markers.class).orElse(Markers.none());
		List<Marker> found = new ArrayList<>();
		for (GModelElement root : elements) {
			collect(root, markers, found);
		}
		return found;
	}

	private static void collect(GModelElement element, Markers markers, List<Marker> found) {
		for (Finding marker : markers.of(element.getId())) {
			String kind = switch (marker.severity()) {
			case ERROR -> MarkerKind.ERROR;
			case WARNING -> MarkerKind.WARNING;
			case INFO -> MarkerKind.INFO;
			};
			found.add(new Marker(marker.code(), marker.message(), element.getId(), kind));
		}
		element.getChildren().forEach(child -> collect(child, markers, found));
	}
}
