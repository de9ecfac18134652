package io.stratagem.diagram.glsp.server;

import java.util.List;
import java.util.Map;

import org.eclipse.glsp.server.actions.TriggerEdgeCreationAction;
import org.eclipse.glsp.server.actions.TriggerNodeCreationAction;
import org.eclipse.glsp.server.di.DiagramType;
import org.eclipse.glsp.server.features.toolpalette.PaletteItem;
import org.eclipse.glsp.server.features.toolpalette.ToolPaletteItemProvider;

import com.google.inject.Inject;

import io.stratagem.diagram.glsp.gmodel.DiagramTypes;
import io.stratagem.diagram.strategy.NodeType;

/** The palette: a dependency on the roadmap; a use case, KPI, risk and a reference in the strategy graph. Icons are codicons. */
public class StratagemPalette implements ToolPaletteItemProvider {

	@Inject
	@DiagramType
	private String diagramType;

	@Override
	public List<PaletteItem> getItems(Map<String, String> args) {
		if (DiagramTypes.ROADMAP.equals(diagramType)) {
			return List.of(PaletteItem.createPaletteGroup("edges", "Edges",
					List.of(new PaletteItem("dependency", "Dependency", new TriggerEdgeCreationAction(DiagramTypes.DEPENDENCY), "arrow-right", "a")),
					"symbol-property", "a"));
		}
		return List.of(
				PaletteItem.createPaletteGroup("elements", "Elements",
						List.of(node(NodeType.USE_CASE, "lightbulb", "a"), node(NodeType.KPI, "graph-line", "b"), node(NodeType.RISK, "warning", "c")),
						"symbol-class", "a"),
				PaletteItem.createPaletteGroup("edges", "Edges",
						List.of(new PaletteItem("reference", "Reference", new TriggerEdgeCreationAction(DiagramTypes.LINK), "arrow-right", "a")),
						"symbol-property", "b"));
	}

	private static PaletteItem node(NodeType type, String icon, String sort) {
		return new PaletteItem(type.key(), type.label(), new TriggerNodeCreationAction(DiagramTypes.node(type)), icon, sort);
	}
}
