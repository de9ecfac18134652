package io.stratagem.diagram.glsp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.glsp.graph.GModelRoot;
import org.eclipse.glsp.server.features.validation.MarkerKind;
import org.eclipse.glsp.server.features.validation.RequestMarkersAction;
import org.eclipse.glsp.server.features.validation.SetMarkersAction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.stratagem.diagram.glsp.gmodel.DiagramTypes;
import io.stratagem.testing.ProjectFiles;
import io.stratagem.workspace.edit.ModelWorkspace;

/** The markers a diagram client gets carry the codes validate prints: STRAT-LINK-001 for a reference to nothing. */
class DiagramMarkersTest {

	private static final String TRIAGE = "acme.usecases.ClaimsTriage";

	@TempDir
	Path folder;

	@Test
	void anUnresolvedReferenceIsMarkedWithTheLinkCode() throws Exception {
		ProjectFiles.copyExample("acme-insurance", folder);
		Path file = folder.resolve("usecases-core.strategy");
		String text = Files.readString(file);
		int at = text.indexOf("serves FasterClaims", text.indexOf("usecase ClaimsTriage"));
		Files.writeString(file, text.substring(0, at) + "serves NoSuchObjective" + text.substring(at + "serves FasterClaims".length()));
		ModelWorkspace workspace = ModelWorkspace.open(folder, AcmeCopy.injector());
		try (DiagramSession strategy = new DiagramSession(workspace, DiagramTypes.STRATEGY, Map.of())) {
			GModelRoot root = strategy.nextModel();
			strategy.send(new RequestMarkersAction(List.of(root.getId())));
			List<String> errors = strategy.next(SetMarkersAction.class).getMarkers().stream()
					.filter(m -> m.getElementId().equals(TRIAGE) && m.getType().equals(MarkerKind.ERROR)).map(m -> m.getLabel() + ": " + m.getDescription()).toList();

			assertEquals(List.of("STRAT-LINK-001: Couldn't resolve reference to Objective 'NoSuchObjective'."), errors);
		} finally {
			workspace.close();
		}
	}
}
