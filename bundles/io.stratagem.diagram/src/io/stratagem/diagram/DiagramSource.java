package io.stratagem.diagram;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

import io.stratagem.workspace.load.ModelSet;
import io.stratagem.workspace.report.Finding;

/**
 * What a diagram is drawn from: the root elements of a model set and the markers of its findings.
 * The one guard every front end draws through (the command line, the workbench's export, the
 * server's previews): a model that is not whole (a file could not be read, parsed or linked)
 * would be drawn with parts missing and look complete, so it is refused.
 */
public record DiagramSource(List<EObject> roots, Markers markers) {

	/** Why a model set is not drawn: the findings that leave it incomplete, in compiler order. */
	public static final class IncompleteModel extends Exception {

		private static final long serialVersionUID = 1L;

		private final transient List<Finding> findings;

		IncompleteModel(List<Finding> findings) {
			super(findings.size() + " errors leave the model incomplete: nothing is drawn until they are fixed");
			this.findings = List.copyOf(findings);
		}

		public List<Finding> findings() {
			return findings;
		}
	}

	/**
	 * @param findings every finding of the model set (load findings included)
	 * @throws IncompleteModel when a finding leaves the model incomplete
	 */
	public static DiagramSource of(ModelSet models, List<Finding> findings) throws IncompleteModel {
		List<Finding> incomplete = findings.stream().filter(Finding::leavesModelIncomplete).toList();
		if (!incomplete.isEmpty()) {
			throw new IncompleteModel(incomplete);
		}
		return new DiagramSource(models.roots(), Markers.of(findings));
	}
}
