package io.stratagem.archimate;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.xml.XMLConstants;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import io.stratagem.archimate.ArchimateMapping.Concept;
import io.stratagem.archimate.ArchimateMapping.Relation;
import io.stratagem.diagram.Bounds;
import io.stratagem.diagram.Markers;
import io.stratagem.diagram.Point;
import io.stratagem.diagram.roadmap.DependencyEdge;
import io.stratagem.diagram.roadmap.InitiativeBar;
import io.stratagem.diagram.roadmap.MilestoneMark;
import io.stratagem.diagram.roadmap.PhaseBand;
import io.stratagem.diagram.roadmap.RoadmapDiagram;
import io.stratagem.diagram.roadmap.RoadmapLayout;
import io.stratagem.diagram.strategy.GraphEdge;
import io.stratagem.diagram.strategy.GraphFilter;
import io.stratagem.diagram.strategy.GraphNode;
import io.stratagem.diagram.strategy.StrategyGraph;
import io.stratagem.diagram.strategy.StrategyGraphLayout;
import io.stratagem.model.Dependency;
import io.stratagem.model.Import;
import io.stratagem.model.NamedElement;
import io.stratagem.model.Property;
import io.stratagem.model.Roadmap;
import io.stratagem.model.StratagemPackage;
import io.stratagem.model.StrategyModel;
import io.stratagem.model.xml.SecureXml;
import io.stratagem.roadmap.ModelElements;
import io.stratagem.workspace.report.XmlText;

/**
 * Writes models as one ArchiMate Open Exchange Format document (schema 3.1, read by Archi and other
 * tools): each element of the mapping becomes an ArchiMate element, each reference between two
 * of them a relationship, and whatever ArchiMate has no place for, an item such as
 * {@code target 90 by 2027-Q4}, a property named {@code stratagem:target}. Two views carry the
 * positions of Stratagem's own layouts: the strategy graph and each roadmap's timeline.
 * Stateless; the same models always give the same text.
 */
public class ArchimateExport {

	/** Size of a milestone's node, centred on the layout's diamond: ArchiMate tools draw an event there. */
	static final int MILESTONE_SIZE = 24;

	/**
	 * What an export produced.
	 *
	 * @param xml           the exchange document, UTF-8 text with its declaration
	 * @param elements      how many ArchiMate elements it holds
	 * @param relationships how many relationships
	 * @param views         the names of its views, strategy view first
	 */
	public record Result(String xml, int elements, int relationships, List<String> views) {
	}

	/**
	 * Exports linked models.
	 *
	 * @param models by file path relative to the exported folder, with forward slashes; the
	 *               models must be free of syntax and link errors
	 * @param name   the name of the ArchiMate model
	 */
	public Result export(Map<String, StrategyModel> models, String name) {
		return new Run(new TreeMap<>(models)).write(name);
	}

	/** One exported element. */
	private record Exported(String id, NamedElement element, Concept concept, String qualifiedName, String file, NamedElement container) {
	}

	/** One relationship: its type, ends and properties. */
	private record Relationship(String id, String type, String source, String target, Map<String, String> properties) {
	}

	/** State of one export; never shared. */
	private static final class Run {

		private final Map<String, StrategyModel> models;
		private final Map<NamedElement, Exported> exported = new LinkedHashMap<>();
		private final Map<String, List<String[]>> properties = new HashMap<>();
		private final List<Relationship> relationships = new ArrayList<>();
		/** Relationship ids by {@code referrer qualified name, reference, target qualified name}, for the views. */
		private final Map<List<String>, String> byReference = new HashMap<>();
		private final Map<String, String> propertyDefinitions = new LinkedHashMap<>();
		private final Map<String, Exported> byQualifiedName = new HashMap<>();
		private Document document;

		Run(Map<String, StrategyModel> models) {
			this.models = models;
		}

		Result write(String name) {
			java.util.Set<String> ids = new java.util.HashSet<>();
			models.forEach((file, model) -> {
				for (NamedElement element : model.getElements()) {
					collect(element, file, null, ids);
				}
			});
			for (Exported element : exported.values()) {
				describe(element);
			}
			document = SecureXml.documentBuilder().newDocument();
			Element root = document.createElementNS(ArchimateMapping.NAMESPACE, "model");
			root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:xsi", ArchimateMapping.XSI);
			root.setAttributeNS(ArchimateMapping.XSI, "xsi:schemaLocation", ArchimateMapping.NAMESPACE + " " + ArchimateMapping.SCHEMA_LOCATION);
			root.setAttribute("identifier", "id-stratagem-model");
			document.appendChild(root);
			text(root, "name", name);
			List<String[]> headers = new ArrayList<>();
			models.forEach((file, model) -> headers.add(new String[] { ArchimateMapping.FILE_HEADER, file + "\n" + header(model) }));
			properties(root, headers);
			Element elements = exported.isEmpty() ? null : child(root, "elements"); // the schema wants at least one in the list
			for (Exported element : exported.values()) {
				Element xml = concept(elements, "element", element.concept().archimateType(), element.id());
				text(xml, "name", ModelElements.label(element.element()));
				if (element.element().getDescription() != null && !element.element().getDescription().isEmpty()) {
					text(xml, "documentation", element.element().getDescription());
				}
				properties(xml, properties.get(element.id()));
			}
			if (!relationships.isEmpty()) {
				Element list = child(root, "relationships");
				for (Relationship relationship : relationships) {
					Element xml = concept(list, "relationship", relationship.type(), relationship.id());
					xml.setAttribute("source", relationship.source());
					xml.setAttribute("target", relationship.target());
					List<String[]> values = new ArrayList<>();
					relationship.properties().forEach((key, value) -> values.add(new String[] { key, value }));
					properties(xml, values);
				}
			}
			Element definitions = propertyDefinitions.isEmpty() ? null : child(root, "propertyDefinitions");
			propertyDefinitions.forEach((key, id) -> {
				Element definition = child(definitions, "propertyDefinition");
				definition.setAttribute("identifier", id);
				definition.setAttribute("type", "string");
				text(definition, "name", key);
			});
			List<String> views = new ArrayList<>();
			Element diagrams = child(child(root, "views"), "diagrams");
			strategyView(diagrams, views);
			for (Exported element : exported.values()) {
				if (element.element() instanceof Roadmap roadmap) {
					roadmapView(diagrams, roadmap, views);
				}
			}
			return new Result(serialize(), exported.size(), relationships.size(), views);
		}

		private void collect(NamedElement element, String file, NamedElement container, java.util.Set<String> ids) {
			Concept concept = ArchimateMapping.concept(element.eClass().getName()).orElse(null);
			if (concept == null || element.getName() == null) {
				return;
			}
			String qualifiedName = ModelElements.qualifiedName(element);
			String id = "id-" + qualifiedName;
			for (int n = 2; !ids.add(id); n++) {
				id = "id-" + qualifiedName + "-" + n;
			}
			exported.put(element, new Exported(id, element, concept, qualifiedName, file, container));
			for (EObject content : element.eContents()) {
				if (content instanceof NamedElement child) {
					collect(child, file, element, ids);
				}
			}
		}

		private static String header(StrategyModel model) {
			List<String> lines = new ArrayList<>();
			if (model.getNamespace() != null && !model.getNamespace().isEmpty()) {
				lines.add("namespace " + model.getNamespace());
			}
			for (Import imported : model.getImports()) {
				lines.add("import " + imported.getImportedNamespace());
			}
			return String.join("\n", lines);
		}

		/** The element's properties and the relationships it is the referrer of. */
		private void describe(Exported exported) {
			List<String[]> values = new ArrayList<>();
			values.add(new String[] { ArchimateMapping.KIND, exported.concept().keyword() });
			values.add(new String[] { ArchimateMapping.NAME, exported.qualifiedName() });
			values.add(new String[] { ArchimateMapping.FILE, exported.file() });
			StrategyItems.Cut cut = StrategyItems.cut(exported.element());
			if (!cut.heading().isEmpty()) {
				values.add(new String[] { ArchimateMapping.HEADING, String.join(" ", cut.heading().stream().map(StrategyItems.Unit::text).toList()) });
			}
			if (exported.container() != null) {
				Exported container = this.exported.get(exported.container());
				relationship(exported.element() instanceof io.stratagem.model.Milestone ? "Association" : "Composition", container, exported,
						ArchimateMapping.CONTAINS, Map.of());
			}
			Map<EStructuralFeature, Integer> seen = new HashMap<>();
			for (StrategyItems.Item item : cut.items()) {
				EObject contained = item.units().get(0).contained();
				if (contained instanceof Property property) {
					values.add(new String[] { property.getKey(), property.getValue() });
				} else if (contained instanceof NamedElement child && this.exported.containsKey(child)) {
					continue; // an element of its own
				} else if (item.firstKeyword().equals("description") && item.units().size() == 2) {
					continue; // the documentation
				} else if (contained instanceof Dependency dependency && this.exported.containsKey(dependency.getTarget())) {
					String target = NodeModelUtils.getTokenText(NodeModelUtils.findNodesForFeature(dependency, StratagemPackage.Literals.DEPENDENCY__TARGET).get(0));
					String detail = item.text().substring(("after " + target).length()).trim();
					Map<String, String> extra = new LinkedHashMap<>();
					extra.put(ArchimateMapping.REFERENCE, "after");
					extra.put(ArchimateMapping.DEPENDENCY, detail);
					reference(exported, "dependencies", this.exported.get(dependency.getTarget()), extra);
				} else if (!item.isReferencesOnly() || !references(exported, item, seen)) {
					values.add(new String[] { ArchimateMapping.PREFIX + item.firstKeyword(), item.rest() });
				}
			}
			properties.put(exported.id(), values);
		}

		/**
		 * Relationships for an item of references only, when each names an exported element; false
		 * (and nothing added) when one does not, such as a requirement of the built-in library.
		 */
		private boolean references(Exported referrer, StrategyItems.Item item, Map<EStructuralFeature, Integer> seen) {
			List<Object[]> found = new ArrayList<>();
			Map<EStructuralFeature, Integer> counts = new HashMap<>(seen);
			for (int i = 0; i < item.units().size(); i++) {
				CrossReference crossReference = item.units().get(i).crossReference();
				if (crossReference == null) {
					continue;
				}
				EStructuralFeature feature = referrer.element().eClass().getEStructuralFeature(StrategyItems.feature(crossReference));
				Object value = referrer.element().eGet(feature);
				Object target;
				if (feature.isMany()) {
					int index = counts.merge(feature, 1, Integer::sum) - 1;
					List<?> list = (List<?>) value;
					target = index < list.size() ? list.get(index) : null;
				} else {
					target = value;
				}
				Exported exportedTarget = target instanceof NamedElement named ? exported.get(named) : null;
				if (exportedTarget == null || ((EObject) target).eIsProxy()) {
					seen.putAll(counts);
					return false;
				}
				found.add(new Object[] { feature, exportedTarget, StrategyItems.words(item, i) });
			}
			seen.putAll(counts);
			for (Object[] reference : found) {
				reference(referrer, ((EReference) reference[0]).getName(), (Exported) reference[1], Map.of(ArchimateMapping.REFERENCE, (String) reference[2]));
			}
			return true;
		}

		private void reference(Exported referrer, String feature, Exported target, Map<String, String> extra) {
			Relation relation = ArchimateMapping.relation(referrer.element().eClass().getName(), feature, target.element().eClass().getName());
			Map<String, String> values = new LinkedHashMap<>(extra);
			if (relation.reversed()) {
				values.put(ArchimateMapping.REFERRER, "target");
			}
			String id = relation.reversed() ? relationship(relation.type(), target, referrer, null, values) : relationship(relation.type(), referrer, target, null, values);
			byReference.put(List.of(referrer.qualifiedName(), feature, target.qualifiedName()), id);
		}

		private String relationship(String type, Exported source, Exported target, String reference, Map<String, String> extra) {
			Map<String, String> values = new LinkedHashMap<>();
			if (reference != null) {
				values.put(ArchimateMapping.REFERENCE, reference);
			}
			values.putAll(extra);
			String id = "rel-" + (relationships.size() + 1);
			relationships.add(new Relationship(id, type, source.id(), target.id(), values));
			return id;
		}

		private void strategyView(Element diagrams, List<String> views) {
			StrategyGraph graph = new StrategyGraphLayout().layout(models.values(), GraphFilter.all(), Markers.none());
			Element view = view(diagrams, "view-strategy", "Strategy", "Strategy");
			views.add("Strategy");
			Map<String, String> nodes = new HashMap<>();
			for (GraphNode node : graph.nodes()) {
				Exported element = byName(node.id());
				if (element != null) {
					nodes.put(node.id(), node(view, "view-strategy", element, node.bounds()));
				}
			}
			for (GraphEdge edge : graph.edges()) {
				connection(view, "view-strategy", byReference.get(List.of(edge.fromId(), edge.kind(), edge.toId())), nodes.get(edge.fromId()), nodes.get(edge.toId()),
						edge.route());
			}
		}

		private void roadmapView(Element diagrams, Roadmap roadmap, List<String> views) {
			RoadmapDiagram diagram = new RoadmapLayout().layout(roadmap, Markers.none());
			Exported roadmapElement = exported.get(roadmap);
			String viewId = "view-" + roadmapElement.id();
			String name = ModelElements.label(roadmap);
			Element view = view(diagrams, viewId, name, "Implementation and Migration");
			views.add(name);
			Map<String, String> nodes = new HashMap<>();
			for (PhaseBand band : diagram.bands()) {
				Exported element = band.id() == null ? roadmapElement : byName(band.id());
				if (element != null) {
					nodes.put(element.qualifiedName(), node(view, viewId, element, band.bounds()));
				}
			}
			for (InitiativeBar bar : diagram.bars()) {
				Exported element = byName(bar.id());
				if (element != null) {
					nodes.put(bar.id(), node(view, viewId, element, bar.bounds()));
				}
			}
			for (MilestoneMark mark : diagram.milestones()) {
				Exported element = byName(mark.id());
				if (element != null) {
					Bounds bounds = new Bounds(mark.centre().x() - MILESTONE_SIZE / 2.0, mark.centre().y() - MILESTONE_SIZE / 2.0, MILESTONE_SIZE, MILESTONE_SIZE);
					nodes.put(mark.id(), node(view, viewId, element, bounds));
				}
			}
			for (DependencyEdge edge : diagram.dependencies()) {
				connection(view, viewId, byReference.get(List.of(edge.toId(), "dependencies", edge.fromId())), nodes.get(edge.fromId()), nodes.get(edge.toId()),
						edge.route());
			}
		}

		private Exported byName(String qualifiedName) {
			if (byQualifiedName.isEmpty()) {
				exported.values().forEach(e -> byQualifiedName.putIfAbsent(e.qualifiedName(), e));
			}
			return byQualifiedName.get(qualifiedName);
		}

		private Element view(Element diagrams, String id, String name, String viewpoint) {
			Element view = concept(diagrams, "view", "Diagram", id);
			view.setAttribute("viewpoint", viewpoint);
			text(view, "name", name);
			return view;
		}

		private String node(Element view, String viewId, Exported element, Bounds bounds) {
			Element node = concept(view, "node", "Element", viewId + "-" + element.id());
			node.setAttribute("elementRef", element.id());
			node.setAttribute("x", Long.toString(Math.max(0, Math.round(bounds.x()))));
			node.setAttribute("y", Long.toString(Math.max(0, Math.round(bounds.y()))));
			node.setAttribute("w", Long.toString(Math.max(1, Math.round(bounds.width()))));
			node.setAttribute("h", Long.toString(Math.max(1, Math.round(bounds.height()))));
			return node.getAttribute("identifier");
		}

		/** A connection for a relationship between two drawn nodes, bent where the layout bends it. */
		private void connection(Element view, String viewId, String relationship, String source, String target, List<Point> route) {
			if (relationship == null || source == null || target == null) {
				return;
			}
			Element connection = concept(view, "connection", "Relationship", viewId + "-" + relationship);
			connection.setAttribute("relationshipRef", relationship);
			connection.setAttribute("source", source);
			connection.setAttribute("target", target);
			for (int i = 1; i < route.size() - 1; i++) {
				Element bend = child(connection, "bendpoint");
				bend.setAttribute("x", Long.toString(Math.max(0, Math.round(route.get(i).x()))));
				bend.setAttribute("y", Long.toString(Math.max(0, Math.round(route.get(i).y()))));
			}
		}

		/** The property list of an element or relationship; each key gets a property definition. */
		private void properties(Element parent, List<String[]> values) {
			if (values == null || values.isEmpty()) {
				return;
			}
			Element list = child(parent, "properties");
			for (String[] value : values) {
				String definition = propertyDefinitions.computeIfAbsent(value[0], k -> "propid-" + (propertyDefinitions.size() + 1));
				Element property = child(list, "property");
				property.setAttribute("propertyDefinitionRef", definition);
				text(property, "value", value[1]);
			}
		}

		private Element concept(Element parent, String tag, String type, String id) {
			Element element = child(parent, tag);
			element.setAttribute("identifier", id);
			element.setAttributeNS(ArchimateMapping.XSI, "xsi:type", type);
			return element;
		}

		private Element child(Element parent, String tag) {
			Element element = document.createElementNS(ArchimateMapping.NAMESPACE, tag);
			parent.appendChild(element);
			return element;
		}

		private void text(Element parent, String tag, String text) {
			child(parent, tag).setTextContent(XmlText.valid(text));
		}

		private String serialize() {
			try {
				TransformerFactory factory = TransformerFactory.newInstance();
				factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
				factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
				factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
				Transformer transformer = factory.newTransformer();
				transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
				transformer.setOutputProperty(OutputKeys.INDENT, "yes");
				transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
				StringWriter text = new StringWriter();
				transformer.transform(new DOMSource(document), new StreamResult(text));
				return text.toString();
			} catch (TransformerException | javax.xml.transform.TransformerFactoryConfigurationError e) {
				throw new IllegalStateException("the XML writer of this Java runtime failed: " + e.getMessage(), e);
			}
		}
	}
}
