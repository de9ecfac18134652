package io.stratagem.diagram.glsp.server;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.server.operations.CreateNodeOperation;
import org.eclipse.glsp.server.operations.CreateOperationHandler;
import org.eclipse.glsp.server.operations.Operation;

import io.stratagem.diagram.glsp.gmodel.DiagramTypes;
import io.stratagem.diagram.strategy.NodeType;
import io.stratagem.model.NamedElement;
import io.stratagem.model.StratagemPackage;
import io.stratagem.workspace.edit.WorkspaceModel;

/**
 * A use case, KPI or risk created from the palette, named {@code NewKpi} (then {@code NewKpi2},
 * ...) and renamed in place afterwards. Dropped on an element of the graph, it is connected to it
 * (the model editor adds the reference the two types allow).
 */
public class CreateElementHandler extends WorkspaceOperationHandler<CreateNodeOperation> implements CreateOperationHandler<CreateNodeOperation> {

	private static final Map<String, EClass> TYPES = Map.of( //
			DiagramTypes.node(NodeType.USE_CASE), StratagemPackage.Literals.USE_CASE, //
			DiagramTypes.node(NodeType.KPI), StratagemPackage.Literals.KPI, //
			DiagramTypes.node(NodeType.RISK), StratagemPackage.Literals.RISK);
	private static final Map<String, String> NAMES = Map.of( //
			DiagramTypes.node(NodeType.USE_CASE), "NewUseCase", //
			DiagramTypes.node(NodeType.KPI), "NewKpi", //
			DiagramTypes.node(NodeType.RISK), "NewRisk");

	@Override
	public List<String> getHandledElementTypeIds() {
		return List.of(DiagramTypes.node(NodeType.USE_CASE), DiagramTypes.node(NodeType.KPI), DiagramTypes.node(NodeType.RISK));
	}

	@Override
	public boolean handles(Operation operation) {
		return operation instanceof CreateNodeOperation create && getHandledElementTypeIds().contains(create.getElementTypeId());
	}

	@Override
	public String getLabel() {
		return "Use case, KPI, risk";
	}

	@Override
	public Optional<Command> createCommand(CreateNodeOperation operation) {
		String type = operation.getElementTypeId();
		String target = operation.getContainerId();
		return edit("Create " + NAMES.get(type).substring(3), List.of(model -> {
			NamedElement connectTo = target == null ? null : model.find(target, NamedElement.class);
			return editor.create(model.resourceSet(), TYPES.get(type), freeName(model, NAMES.get(type)), connectTo);
		}));
	}

	/** {@code base}, or {@code base2}, {@code base3}, ... when an element of the workspace already has that name. */
	static String freeName(WorkspaceModel model, String base) {
		Set<String> taken = new HashSet<>();
		model.resources().forEach(resource -> {
			for (TreeIterator<EObject> all = resource.getAllContents(); all.hasNext();) {
				if (all.next() instanceof NamedElement named && named.getName() != null) {
					taken.add(named.getName());
				}
			}
		});
		String name = base;
		for (int n = 2; taken.contains(name); n++) {
			name = base + n;
		}
		return name;
	}
}
