/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.workspace.edit;

import static io.stratagem.workspace.edit.EditSupport.file;
import static io.stratagem.workspace.edit.EditSupport.source;
import static io.stratagem.model.StratagemPackage.Literals.*;

import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import com.google.inject.Inject;
import com.google.inject.Singleton;

import io.stratagem.dsl.edit.EditException;
import io.stratagem.dsl.edit.References;
import io.stratagem.dsl.edit.SourceEdits;
import io.stratagem.dsl.edit.TextEdit;
import io.stratagem.model.Initiative;
import io.stratagem.model.NamedElement;

/**
 * The gestures of diagram edges, as text changes: a reference between two elements added (to the
 * list it belongs to, or as a new block item) or removed. Between initiatives an edge is a
 * dependency, left to {@link RoadmapEdits}.
 */
@Singleton
public class LinkEdits {

	/** A reference a diagram can draw and the block item that writes it. */
	public record Connection(EClass owner, EReference feature, String keyword) {

		boolean fits(EObject source, EClass targetType) {
			return owner.isInstance(source) && feature.getEReferenceType().isSuperTypeOf(targetType);
		}
	}

	/** The references drawn as edges that a user can add, in the order they are tried. */
	public static final List<Connection> CONNECTIONS = List.of(
			new Connection(USE_CASE, USE_CASE__OBJECTIVES, "serves"),
			new Connection(USE_CASE, USE_CASE__KPIS, "kpis"),
			new Connection(USE_CASE, USE_CASE__RISKS, "risks"),
			new Connection(USE_CASE, USE_CASE__DATA_ASSETS, "uses data"),
			new Connection(USE_CASE, USE_CASE__CAPABILITIES, "requires capabilities"),
			new Connection(USE_CASE, USE_CASE__PARTNERS, "partners"),
			new Connection(OBJECTIVE, OBJECTIVE__KPIS, "measured by"),
			new Connection(RISK, RISK__CONTROLS, "controlled by"),
			new Connection(CONTROL, CONTROL__USE_CASES, "applies to"),
			new Connection(INITIATIVE, INITIATIVE__DELIVERABLES, "delivers"));

	@Inject
	private References references;

	@Inject
	private RoadmapEdits roadmap;

	/** Adds the reference between two elements that a diagram edge shows (either may be the source). */
	public ModelChange connect(NamedElement from, NamedElement to) {
		if (from instanceof Initiative dependant && to instanceof Initiative dependedOn) {
			return roadmap.addDependency(dependant, dependedOn);
		}
		for (Connection connection : CONNECTIONS) {
			for (NamedElement[] pair : new NamedElement[][] { { from, to }, { to, from } }) {
				if (connection.fits(pair[0], pair[1].eClass())) {
					return addReference(connection, pair[0], pair[1]);
				}
			}
		}
		throw new EditException("a " + from.eClass().getName() + " cannot refer to a " + to.eClass().getName() + " in Stratagem's metamodel");
	}

	/** Removes every reference between two elements, in either direction (a diagram edge deleted). */
	public ModelChange disconnect(NamedElement from, NamedElement to) {
		if (from instanceof Initiative dependant && to instanceof Initiative dependedOn) {
			return roadmap.removeDependency(dependant, dependedOn);
		}
		ModelChange.Builder change = new ModelChange.Builder("Unlink " + from.getName() + " and " + to.getName());
		for (NamedElement[] pair : new NamedElement[][] { { from, to }, { to, from } }) {
			for (EReference feature : pair[0].eClass().getEAllReferences()) {
				if (feature.isContainment() || feature.isContainer() || feature.isDerived() || feature.isTransient()) {
					continue;
				}
				Object value = pair[0].eGet(feature);
				if (value == pair[1] || value instanceof List<?> list && list.contains(pair[1])) {
					change.addAll(file(pair[0]), source(pair[0]).removeReferences(pair[0], feature, Set.of(pair[1])));
				}
			}
		}
		ModelChange result = change.build();
		if (result.isEmpty()) {
			throw new EditException(from.getName() + " and " + to.getName() + " do not refer to each other");
		}
		return result;
	}

	private ModelChange addReference(Connection connection, NamedElement owner, NamedElement target) {
		List<?> values = (List<?>) owner.eGet(connection.feature());
		if (values.contains(target)) {
			throw new EditException(owner.getName() + " already refers to " + target.getName());
		}
		return new ModelChange.Builder("Link " + owner.getName() + " to " + target.getName())
				.add(file(owner), appendReference(owner, connection, references.textOf(owner, target))).build();
	}

	/** {@code , X} after the list of the feature when the owner has one, else a new item. */
	static TextEdit appendReference(EObject owner, Connection connection, String reference) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(owner, connection.feature());
		if (!nodes.isEmpty()) {
			return new TextEdit(SourceEdits.range(nodes.get(nodes.size() - 1))[1], 0, ", " + reference);
		}
		return source(owner).addItem(owner, connection.keyword() + " " + reference);
	}
}
