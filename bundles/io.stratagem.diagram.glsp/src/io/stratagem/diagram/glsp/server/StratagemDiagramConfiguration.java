package io.stratagem.diagram.glsp.server;

import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.glsp.graph.DefaultTypes;
import org.eclipse.glsp.graph.GraphPackage;
import org.eclipse.glsp.server.diagram.BaseDiagramConfiguration;
import org.eclipse.glsp.server.layout.ServerLayoutKind;

import io.stratagem.diagram.glsp.gmodel.DiagramTypes;
import io.stratagem.diagram.strategy.NodeType;

/** Element types of both diagrams; every position comes from the server, the client lays out nothing. */
abstract class StratagemDiagramConfiguration extends BaseDiagramConfiguration {

	@Override
	public Map<String, EClass> getTypeMappings() {
		Map<String, EClass> mappings = DefaultTypes.getDefaultTypeMappings();
		for (String node : new String[] { DiagramTypes.QUARTER, DiagramTypes.BAND, DiagramTypes.INITIATIVE, DiagramTypes.MILESTONE }) {
			mappings.put(node, GraphPackage.Literals.GNODE);
		}
		for (NodeType type : NodeType.values()) {
			mappings.put(DiagramTypes.node(type), GraphPackage.Literals.GNODE);
		}
		mappings.put(DiagramTypes.DEPENDENCY, GraphPackage.Literals.GEDGE);
		mappings.put(DiagramTypes.REFERENCE, GraphPackage.Literals.GEDGE);
		mappings.put(DiagramTypes.LINK, GraphPackage.Literals.GEDGE);
		mappings.put(DiagramTypes.HEADING, GraphPackage.Literals.GLABEL);
		mappings.put(DiagramTypes.TEXT, GraphPackage.Literals.GLABEL);
		return mappings;
	}

	@Override
	public ServerLayoutKind getLayoutKind() {
		return ServerLayoutKind.NONE;
	}

	@Override
	public boolean needsClientLayout() {
		return false;
	}
}
