/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.design.tests;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

import io.stratagem.design.tests.AqlTypeChecker.AqlType;
import io.stratagem.model.xml.SecureXml;

/**
 * Checks a Sirius viewpoint specification (.odesign) against the Stratagem metamodel without
 * Sirius: the file is read as XML (no DTD, no external entity), every cross-reference between
 * its mappings and tools resolves, every domain class, created type and operation feature exists,
 * every interpreted expression is AQL, and every AQL navigation exists on the type it starts from
 * (the semantic element of the mapping, of its parent for candidates, of the tool's variables).
 */
final class ViewpointChecker {

	private static final Set<String> CONSTANT_SIZE_EXPRESSIONS = Set.of("sizeComputationExpression", "borderSizeComputationExpression",
			"widthComputationExpression", "heightComputationExpression");
	private static final Pattern SEGMENT = Pattern.compile("@(\\w+)(?:\\[name='([^']*)'\\]|\\.(\\d+))?");
	private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

	private final EPackage metamodel;
	private final AqlTypeChecker aql;
	private final List<String> findings = new ArrayList<>();
	private final String source;
	private Element root;
	/** Semantic types a mapping's candidates are computed from: its parents' classes. */
	private final Map<Element, Set<EClass>> parentTypes = new LinkedHashMap<>();

	private ViewpointChecker(EPackage metamodel, String source) {
		this.metamodel = metamodel;
		this.aql = new AqlTypeChecker(metamodel);
		this.source = source;
	}

	/** The problems of the specification, each naming the element and attribute; empty when it is consistent. */
	static List<String> check(String odesign, String source, EPackage metamodel) throws IOException {
		ViewpointChecker checker = new ViewpointChecker(metamodel, source);
		checker.root = SecureXml.parse(odesign, source).getDocumentElement();
		checker.run();
		return checker.findings;
	}

	private void run() {
		checkReferencesResolve(root);
		checkExpressionLanguage(root);
		for (Element representation : descendants(root, "ownedRepresentations")) {
			EClass diagramClass = domainClass(representation, "domainClass");
			for (Element metamodelReference : children(representation, "metamodel")) {
				if (!metamodelReference.getAttribute("href").equals(metamodel.getNsURI() + "#/")) {
					report(metamodelReference, "href", "names " + metamodelReference.getAttribute("href") + ", not the metamodel " + metamodel.getNsURI() + "#/");
				}
			}
			if (diagramClass == null) {
				continue;
			}
			checkExpression(representation, "titleExpression", self(diagramClass));
			collectParentTypes(representation, diagramClass);
			for (Element rule : descendants(representation, "ownedRules")) {
				EClass target = domainClass(rule, "targetClass");
				if (target != null) {
					checkExpression(rule, "message", self(target));
					for (Element audit : children(rule, "audits")) {
						checkExpression(audit, "auditExpression", self(target));
					}
				}
			}
			for (Element decoration : descendants(representation, "decorationDescriptions")) {
				EClass target = domainClass(decoration, "domainClass");
				if (target != null) {
					checkExpression(decoration, "preconditionExpression", self(target));
					checkExpression(decoration, "tooltipExpression", self(target));
				}
			}
		}
		parentTypes.forEach(this::checkMapping);
		for (Element tool : descendants(root, "ownedTools")) {
			checkTool(tool);
		}
	}

	// ------------------------------------------------------------ mappings

	private void collectParentTypes(Element representation, EClass diagramClass) {
		for (Element layer : layers(representation)) {
			for (Element mapping : children(layer, "nodeMappings", "containerMappings", "edgeMappings")) {
				parentTypes.computeIfAbsent(mapping, m -> new LinkedHashSet<>()).add(diagramClass);
				collectChildMappings(mapping);
			}
		}
	}

	private void collectChildMappings(Element container) {
		EClass containerClass = domainClass(container, "domainClass");
		for (Element child : children(container, "subNodeMappings", "subContainerMappings", "borderedNodeMappings")) {
			Set<EClass> parents = parentTypes.computeIfAbsent(child, m -> new LinkedHashSet<>());
			if (containerClass != null) {
				parents.add(containerClass);
			}
			collectChildMappings(child);
		}
		for (Element reused : resolveAll(container.getAttribute("reusedNodeMappings"))) {
			if (containerClass != null) {
				parentTypes.computeIfAbsent(reused, m -> new LinkedHashSet<>()).add(containerClass);
			}
		}
	}

	private void checkMapping(Element mapping, Set<EClass> parents) {
		EClass mappingClass = domainClass(mapping, "domainClass");
		boolean edge = mapping.getTagName().equals("edgeMappings");
		if (mapping.hasAttribute("semanticCandidatesExpression")) {
			for (EClass parent : parents) {
				AqlType candidates = checkExpression(mapping, "semanticCandidatesExpression", self(parent));
				requireCompatible(mapping, "semanticCandidatesExpression", candidates, mappingClass);
			}
		}
		if (edge && mappingClass == null) {
			// A relation-based edge: its finder starts from the source's element.
			Set<EClass> sources = mappingClasses(mapping.getAttribute("sourceMapping"));
			Set<EClass> targets = mappingClasses(mapping.getAttribute("targetMapping"));
			for (EClass sourceClass : sources) {
				AqlType found = checkExpression(mapping, "targetFinderExpression", self(sourceClass));
				for (EClass targetClass : targets) {
					requireCompatible(mapping, "targetFinderExpression", found, targetClass);
				}
				checkStyles(mapping, self(sourceClass));
			}
			return;
		}
		if (mappingClass == null) {
			return;
		}
		Map<String, AqlType> self = self(mappingClass);
		checkExpression(mapping, "preconditionExpression", self);
		if (edge) {
			AqlType sourceFound = checkExpression(mapping, "sourceFinderExpression", self);
			mappingClasses(mapping.getAttribute("sourceMapping")).forEach(c -> requireCompatible(mapping, "sourceFinderExpression", sourceFound, c));
			AqlType targetFound = checkExpression(mapping, "targetFinderExpression", self);
			mappingClasses(mapping.getAttribute("targetMapping")).forEach(c -> requireCompatible(mapping, "targetFinderExpression", targetFound, c));
		}
		checkStyles(mapping, self);
	}

	private void checkStyles(Element mapping, Map<String, AqlType> self) {
		for (Element style : children(mapping, "style", "conditionnalStyles")) {
			checkExpression(style, "predicateExpression", self);
			for (Element element : withDescendants(style)) {
				checkExpression(element, "labelExpression", self);
			}
		}
	}

	private Set<EClass> mappingClasses(String references) {
		Set<EClass> result = new LinkedHashSet<>();
		for (Element mapping : resolveAll(references)) {
			EClass type = domainClass(mapping, "domainClass");
			if (type != null) {
				result.add(type);
			}
		}
		return result;
	}

	// ------------------------------------------------------------ tools

	private void checkTool(Element tool) {
		String kind = tool.getAttributeNS(XSI, "type");
		Map<String, AqlType> scope = new HashMap<>();
		Set<EClass> context = new LinkedHashSet<>();
		if (kind.endsWith(":NodeCreationDescription") || kind.endsWith(":ContainerCreationDescription")) {
			for (Element created : resolveAll(tool.getAttribute("nodeMappings") + " " + tool.getAttribute("containerMappings"))) {
				context.addAll(parentTypes.getOrDefault(created, Set.of()));
			}
			scope.put("container", AqlType.ofClasses(context));
		} else if (kind.endsWith(":EdgeCreationDescription")) {
			Set<EClass> sources = new LinkedHashSet<>();
			Set<EClass> targets = new LinkedHashSet<>();
			for (Element edge : resolveAll(tool.getAttribute("edgeMappings"))) {
				sources.addAll(mappingClasses(edge.getAttribute("sourceMapping")));
				targets.addAll(mappingClasses(edge.getAttribute("targetMapping")));
			}
			for (String name : List.of("source", "preSource")) {
				scope.put(name, AqlType.ofClasses(sources));
			}
			for (String name : List.of("target", "preTarget")) {
				scope.put(name, AqlType.ofClasses(targets));
			}
			context.addAll(sources);
		} else if (kind.endsWith(":DirectEditLabel")) {
			for (Element mapping : mappingsUsing(tool)) {
				EClass type = domainClass(mapping, "domainClass");
				if (type != null) {
					context.add(type);
				}
			}
			scope.put("arg0", AqlType.anyValue());
		} else {
			report(tool, "xsi:type", "tool kind " + kind + " is not checked by this test: extend ViewpointChecker");
			return;
		}
		if (context.isEmpty()) {
			report(tool, "name", "no mapping gives this tool a semantic context");
			return;
		}
		scope.put("self", AqlType.ofClasses(context));
		scope.put("containerView", AqlType.UNKNOWN);
		scope.put("diagram", AqlType.UNKNOWN);
		checkExpression(tool, "precondition", scope);
		for (Element initial : children(tool, "initialOperation")) {
			for (Element operation : children(initial, "firstModelOperations")) {
				checkOperation(operation, scope);
			}
		}
	}

	private List<Element> mappingsUsing(Element tool) {
		List<Element> result = new ArrayList<>();
		for (Element mapping : parentTypes.keySet()) {
			if (resolveAll(mapping.getAttribute("labelDirectEdit")).contains(tool)) {
				result.add(mapping);
			}
		}
		return result;
	}

	/** Checks an operation in the semantic context {@code scope.self} and its sub-operations in theirs. */
	private void checkOperation(Element operation, Map<String, AqlType> scope) {
		String kind = operation.getAttributeNS(XSI, "type");
		Map<String, AqlType> inner = new HashMap<>(scope);
		AqlType self = scope.get("self");
		switch (kind.substring(kind.indexOf(':') + 1)) {
		case "ChangeContext" -> inner.put("self", checkExpression(operation, "browseExpression", scope));
		case "CreateInstance" -> {
			EClass created = domainClass(operation, "typeName");
			for (EStructuralFeature feature : features(operation, "referenceName", self)) {
				if (!(feature instanceof EReference reference) || !reference.isContainment()) {
					report(operation, "referenceName", feature.getEContainingClass().getName() + "." + feature.getName() + " is not a containment reference");
				} else if (created != null && !reference.getEReferenceType().isSuperTypeOf(created)) {
					report(operation, "referenceName", feature.getEContainingClass().getName() + "." + feature.getName() + " cannot hold a " + created.getName());
				}
			}
			if (created != null) {
				inner.put("self", AqlType.of(created));
				inner.put(operation.hasAttribute("variableName") ? operation.getAttribute("variableName") : "instance", AqlType.of(created));
			}
		}
		case "SetValue" -> {
			AqlType value = checkExpression(operation, "valueExpression", scope);
			for (EStructuralFeature feature : features(operation, "featureName", self)) {
				requireAssignable(operation, feature, value);
			}
		}
		case "Unset" -> features(operation, "featureName", self);
		default -> report(operation, "xsi:type", "operation " + kind + " is not checked by this test: extend ViewpointChecker");
		}
		for (Element sub : children(operation, "subModelOperations")) {
			checkOperation(sub, inner);
		}
	}

	private List<EStructuralFeature> features(Element element, String attribute, AqlType owner) {
		return AqlTypeChecker.features(owner, element.getAttribute(attribute), message -> report(element, attribute, message), metamodel);
	}

	private void requireAssignable(Element operation, EStructuralFeature feature, AqlType value) {
		String where = feature.getEContainingClass().getName() + "." + feature.getName();
		if (feature instanceof EReference reference) {
			if (value.value() != null) {
				report(operation, "valueExpression", where + " needs a " + reference.getEReferenceType().getName() + ", the expression gives a " + value.value().getName());
			}
			for (EClass valueClass : value.classes()) {
				if (!reference.getEReferenceType().isSuperTypeOf(valueClass)) {
					report(operation, "valueExpression", where + " needs a " + reference.getEReferenceType().getName() + ", the expression gives a " + valueClass.getName());
				}
			}
		} else if (value.isClasses() || value.value() instanceof EEnum && !value.value().equals(feature.getEType())) {
			report(operation, "valueExpression", where + " is a " + feature.getEType().getName() + ", the expression gives " + value);
		}
	}

	private void requireCompatible(Element element, String attribute, AqlType found, EClass expected) {
		if (expected == null || !found.isClasses() && !(found.value() != null)) {
			return;
		}
		if (found.value() != null) {
			report(element, attribute, "gives " + found.value().getName() + " values, not " + expected.getName() + " elements");
			return;
		}
		for (EClass type : found.classes()) {
			if (!expected.isSuperTypeOf(type) && !type.isSuperTypeOf(expected)) {
				report(element, attribute, "gives " + type.getName() + " elements, which can never be " + expected.getName());
			}
		}
	}

	// ------------------------------------------------------------ expressions

	private Map<String, AqlType> self(EClass type) {
		return Map.of("self", AqlType.of(type), "diagram", AqlType.UNKNOWN, "containerView", AqlType.UNKNOWN);
	}

	/** Type-checks an AQL attribute when present; its type, or unknown. */
	private AqlType checkExpression(Element element, String attribute, Map<String, AqlType> scope) {
		String value = element.getAttribute(attribute);
		if (!value.startsWith("aql:")) {
			return AqlType.UNKNOWN; // absent, or already reported by checkExpressionLanguage
		}
		try {
			return aql.check(value.substring(4), scope, message -> report(element, attribute, message));
		} catch (IllegalArgumentException e) {
			report(element, attribute, "not parsed: " + e.getMessage());
			return AqlType.UNKNOWN;
		}
	}

	/** Every interpreted expression is AQL: no var:, feature:, service:, ocl: or Acceleo [ /]. */
	private void checkExpressionLanguage(Element element) {
		NamedNodeMap attributes = element.getAttributes();
		for (int i = 0; i < attributes.getLength(); i++) {
			Attr attribute = (Attr) attributes.item(i);
			String name = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
			if (!(name.endsWith("Expression") || name.equals("precondition") || name.equals("message")) || attribute.getValue().isEmpty()) {
				continue;
			}
			String value = attribute.getValue();
			boolean constantSize = CONSTANT_SIZE_EXPRESSIONS.contains(name) && value.matches("\\d+");
			boolean imagePath = name.equals("imageExpression") && value.startsWith("/") && !value.contains(":");
			if (!value.startsWith("aql:") && !constantSize && !imagePath) {
				report(element, name, "'" + value + "' is not an AQL expression (aql:...): the viewpoint uses AQL only, no Java services");
			}
		}
		for (Element child : children(element)) {
			checkExpressionLanguage(child);
		}
	}

	private EClass domainClass(Element element, String attribute) {
		if (!element.hasAttribute(attribute)) {
			return null;
		}
		EClassifier classifier = aql.classifier(element.getAttribute(attribute), message -> report(element, attribute, message));
		if (classifier != null && !(classifier instanceof EClass)) {
			report(element, attribute, classifier.getName() + " is not a class");
			return null;
		}
		return (EClass) classifier;
	}

	// ------------------------------------------------------------ XMI references

	private void checkReferencesResolve(Element element) {
		NamedNodeMap attributes = element.getAttributes();
		for (int i = 0; i < attributes.getLength(); i++) {
			Attr attribute = (Attr) attributes.item(i);
			if (attribute.getValue().startsWith("//@")) {
				for (String reference : attribute.getValue().trim().split("\\s+")) {
					if (resolve(reference) == null) {
						report(element, attribute.getName(), "the reference " + reference + " does not resolve");
					}
				}
			}
		}
		for (Element child : children(element)) {
			checkReferencesResolve(child);
		}
	}

	private List<Element> resolveAll(String references) {
		List<Element> result = new ArrayList<>();
		for (String reference : references.trim().split("\\s+")) {
			Element target = reference.isEmpty() ? null : resolve(reference);
			if (target != null) {
				result.add(target);
			}
		}
		return result;
	}

	/** Resolves an EMF fragment path such as {@code //@ownedViewpoints[name='X']/@defaultLayer/@toolSections.0}. */
	private Element resolve(String reference) {
		if (!reference.startsWith("//")) {
			return null;
		}
		Element current = root;
		for (String segment : reference.substring(2).split("/")) {
			Matcher matcher = SEGMENT.matcher(segment);
			if (!matcher.matches()) {
				return null;
			}
			List<Element> candidates = children(current, matcher.group(1));
			if (matcher.group(2) != null) {
				String name = URLDecoder.decode(matcher.group(2), StandardCharsets.UTF_8);
				current = candidates.stream().filter(c -> c.getAttribute("name").equals(name)).findFirst().orElse(null);
			} else {
				int index = matcher.group(3) == null ? 0 : Integer.parseInt(matcher.group(3));
				current = index < candidates.size() ? candidates.get(index) : null;
			}
			if (current == null) {
				return null;
			}
		}
		return current;
	}

	// ------------------------------------------------------------ DOM helpers

	private void report(Element element, String attribute, String message) {
		findings.add(source + ": " + path(element) + " @" + attribute + ": " + message);
	}

	/** A readable location: the names of the element and its ancestors. */
	private static String path(Element element) {
		List<String> parts = new ArrayList<>();
		for (Node node = element; node instanceof Element e && node.getParentNode() instanceof Element; node = node.getParentNode()) {
			parts.add(0, e.getTagName() + (e.hasAttribute("name") ? "[" + e.getAttribute("name") + "]" : ""));
		}
		return String.join("/", parts);
	}

	private static List<Element> layers(Element representation) {
		return children(representation, "defaultLayer", "additionalLayers");
	}

	static List<Element> children(Element parent, String... tags) {
		List<Element> result = new ArrayList<>();
		for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element child && (tags.length == 0 || List.of(tags).contains(child.getTagName()))) {
				result.add(child);
			}
		}
		return result;
	}

	static List<Element> descendants(Element parent, String tag) {
		List<Element> result = new ArrayList<>();
		for (Element child : children(parent)) {
			if (child.getTagName().equals(tag)) {
				result.add(child);
			}
			result.addAll(descendants(child, tag));
		}
		return result;
	}

	private static List<Element> withDescendants(Element element) {
		List<Element> result = new ArrayList<>(List.of(element));
		for (Element child : children(element)) {
			result.addAll(withDescendants(child));
		}
		return result;
	}
}
