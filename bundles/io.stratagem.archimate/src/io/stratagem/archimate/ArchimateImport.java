package io.stratagem.archimate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import com.google.inject.Inject;

import io.stratagem.archimate.ArchimateMapping.Concept;
import io.stratagem.dsl.writer.StrategyWriter;
import io.stratagem.model.xml.SecureXml;

/**
 * Reads an ArchiMate Open Exchange Format document back into .strategy text. A document written by
 * {@link ArchimateExport} gives the same elements, references and values: its files, names and
 * items travel in {@code stratagem:} properties. Elements of other tools become the concept of
 * their type where Stratagem has one ({@link ArchimateMapping#conceptOfForeignType}); what cannot
 * be written is reported, never guessed. The XML is read with {@link SecureXml}: a document type
 * declaration, and so every entity, is refused.
 */
public class ArchimateImport {

	/** The file of elements that name none, such as those of other tools. */
	public static final String DEFAULT_FILE = "archimate.strategy";

	private static final Pattern QUALIFIED_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");
	private static final Pattern FILE = Pattern.compile("([A-Za-z0-9_][A-Za-z0-9_.-]*/)*[A-Za-z0-9_][A-Za-z0-9_.-]*\\.strategy");
	private static final Pattern HEADER_LINE = Pattern.compile("namespace [A-Za-z_][A-Za-z0-9_.]*|import [A-Za-z_][A-Za-z0-9_.]*(\\.\\*)?");
	private static final Pattern WORDS = Pattern.compile("[A-Za-z]+( [A-Za-z]+)*");
	private static final Pattern KEYWORD = Pattern.compile("[A-Za-z]+");

	/** The concepts that are written inside another: in a roadmap, or in one of its phases. */
	private static final Set<String> NESTED = Set.of("phase", "initiative", "milestone");

	/** Whether the grammar lets a {@code container} hold a {@code child}: a roadmap its phases, both initiatives and milestones. */
	private static boolean contains(String container, String child) {
		return container.equals("roadmap") && NESTED.contains(child) || container.equals("phase") && !child.equals("phase") && NESTED.contains(child);
	}

	/** A finding of the import: its code and what happened. */
	public record Finding(String code, String message) {
	}

	/**
	 * What an import produced.
	 *
	 * @param files         .strategy text by relative path with forward slashes
	 * @param elements      how many elements were written
	 * @param relationships how many relationships were written as references
	 */
	public record Result(Map<String, String> files, List<Finding> findings, int elements, int relationships) {
	}

	/** Raised when the file is refused as a whole; {@link #code()} says why. */
	public static class RefusedException extends IOException {
		private static final long serialVersionUID = 1L;
		private final String code;

		RefusedException(String code, String message) {
			super(message);
			this.code = code;
		}

		public String code() {
			return code;
		}
	}

	@Inject
	private IValueConverterService converters;

	/**
	 * Reads an exchange document.
	 *
	 * @param source names the document in messages, such as its file name
	 * @throws RefusedException when the text is not well-formed XML, declares a document type or is
	 *                          not an ArchiMate model
	 */
	public Result read(String xml, String source) throws RefusedException {
		Document document;
		try {
			document = SecureXml.parse(xml, source);
		} catch (IOException e) {
			boolean doctype = e.getMessage() != null && e.getMessage().contains("DOCTYPE");
			throw new RefusedException(doctype ? ArchimateCodes.DOCTYPE : ArchimateCodes.NOT_XML, e.getMessage());
		}
		Element root = document.getDocumentElement();
		if (!ArchimateMapping.NAMESPACE.equals(root.getNamespaceURI()) || !root.getLocalName().equals("model")) {
			throw new RefusedException(ArchimateCodes.NOT_EXCHANGE, source + ": not an ArchiMate exchange model: the root element is {"
					+ root.getNamespaceURI() + "}" + root.getLocalName() + ", not {" + ArchimateMapping.NAMESPACE + "}model");
		}
		return new Run(root).read();
	}

	/** A concept of the document: element or relationship. */
	private record Entry(String id, String type, String name, String documentation, List<String[]> properties, String source, String target) {

		String property(String key) {
			return properties.stream().filter(p -> p[0].equals(key)).map(p -> p[1]).findFirst().orElse(null);
		}
	}

	/** An element to write. */
	private static final class Written {
		Entry xml;
		Concept concept;
		String qualifiedName;
		String file;
		Written container;
		final List<Written> children = new ArrayList<>();
		/** References written in this element: words, target and the rest of a dependency (null for a list). */
		final List<String[]> references = new ArrayList<>();

		String simpleName() {
			return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
		}
	}

	/** State of one import; never shared. */
	private final class Run {

		private final Element root;
		private final Map<String, String> definitions = new LinkedHashMap<>();
		private final List<Finding> findings = new ArrayList<>();
		private final Map<String, Written> elements = new LinkedHashMap<>();
		private int relationships;

		Run(Element root) {
			this.root = root;
		}

		Result read() {
			for (Element definition : children(child(root, "propertyDefinitions"), "propertyDefinition")) {
				definitions.put(definition.getAttribute("identifier"), text(child(definition, "name")));
			}
			Map<String, String> headers = new LinkedHashMap<>();
			for (String[] property : properties(root)) {
				if (property[0].equals(ArchimateMapping.FILE_HEADER)) {
					String[] lines = property[1].split("\n", -1);
					if (FILE.matcher(lines[0]).matches()) {
						headers.put(lines[0], header(lines));
					}
				}
			}
			Set<String> names = new HashSet<>();
			for (Element xml : children(child(root, "elements"), "element")) {
				element(entry(xml), names);
			}
			List<Entry> relations = children(child(root, "relationships"), "relationship").stream().map(this::entry).toList();
			// containment first: a phase, initiative or milestone no roadmap contains cannot be written
			relations.stream().filter(r -> ArchimateMapping.CONTAINS.equals(r.property(ArchimateMapping.REFERENCE))).forEach(this::containment);
			while (elements.values().removeIf(this::orphan)) {
				// again: what an orphan phase contained is an orphan too
			}
			relations.stream().filter(r -> !ArchimateMapping.CONTAINS.equals(r.property(ArchimateMapping.REFERENCE))).forEach(this::relationship);
			Map<String, List<String>> files = new LinkedHashMap<>();
			for (Written element : elements.values()) {
				if (element.container == null) {
					StrategyWriter writer = new StrategyWriter(converters);
					write(element, writer);
					files.computeIfAbsent(element.file, f -> new ArrayList<>()).add(writer.toString());
				}
			}
			Map<String, String> texts = new LinkedHashMap<>();
			files.forEach((file, blocks) -> texts.put(file, headers.getOrDefault(file, "") + String.join("\n", blocks)));
			return new Result(texts, findings, elements.size(), relationships);
		}

		private String header(String[] lines) {
			StringBuilder header = new StringBuilder();
			for (int i = 1; i < lines.length; i++) {
				if (HEADER_LINE.matcher(lines[i]).matches()) {
					header.append(lines[i]).append('\n');
				} else if (!lines[i].isEmpty()) {
					findings.add(new Finding(ArchimateCodes.REPLACED, "file " + lines[0] + ": header line '" + lines[i] + "' is not a namespace or import; dropped"));
				}
			}
			return header.length() == 0 ? "" : header.append('\n').toString();
		}

		private void element(Entry xml, Set<String> names) {
			String kind = xml.property(ArchimateMapping.KIND);
			Concept concept = kind != null ? ArchimateMapping.conceptOfKeyword(kind).orElse(null) : ArchimateMapping.conceptOfForeignType(xml.type()).orElse(null);
			if (concept == null) {
				findings.add(new Finding(ArchimateCodes.ELEMENT_SKIPPED, "element " + xml.id() + " '" + xml.name() + "' of type " + xml.type()
						+ (kind == null ? "" : " and kind " + kind) + ": Stratagem has no concept for it; not imported"));
				return;
			}
			Written written = new Written();
			written.xml = xml;
			written.concept = concept;
			String name = xml.property(ArchimateMapping.NAME);
			if (name == null || !QUALIFIED_NAME.matcher(name).matches()) {
				String made = identifier(xml.name() == null || xml.name().isBlank() ? xml.id() : xml.name());
				if (name != null) {
					findings.add(new Finding(ArchimateCodes.REPLACED, "element " + xml.id() + ": '" + name + "' is not a qualified name; named " + made));
				}
				name = made;
			}
			String unique = name;
			for (int n = 2; !names.add(unique); n++) {
				unique = name + "_" + n;
			}
			written.qualifiedName = unique;
			String file = xml.property(ArchimateMapping.FILE);
			if (file != null && !FILE.matcher(file).matches()) {
				findings.add(new Finding(ArchimateCodes.REPLACED, "element " + xml.id() + ": file '" + file + "' is not a safe relative path; written to " + DEFAULT_FILE));
				file = null;
			}
			written.file = file == null ? DEFAULT_FILE : file;
			elements.put(xml.id(), written);
		}

		/**
		 * The value when it stays inside its line of .strategy: outside string literals no line
		 * break, no comment and no brace that closes more than the value opens, so that a value
		 * cannot end its element, declare another or comment out what follows; null (and a
		 * finding) otherwise. Null stays null.
		 */
		private String confined(String value, String where, String key) {
			if (value == null) {
				return null;
			}
			int depth = 0;
			char quote = 0; // the quote of the string literal the scan is in (the language has '...' and "...")
			boolean confined = true;
			for (int i = 0; i < value.length() && confined; i++) {
				char c = value.charAt(i);
				if (quote != 0) {
					if (c == '\\') {
						i++;
					} else if (c == quote) {
						quote = 0;
					}
				} else if (c == '"' || c == '\'') {
					quote = c;
				} else if (c == '{') {
					depth++;
				} else if (c == '}') {
					confined = --depth >= 0;
				} else if (c == '\n' || c == '\r' || c == '/' && i + 1 < value.length() && (value.charAt(i + 1) == '/' || value.charAt(i + 1) == '*')) {
					confined = false;
				}
			}
			if (confined && depth == 0 && quote == 0) {
				return value;
			}
			findings.add(new Finding(ArchimateCodes.REPLACED, where + ": the value of '" + key + "' would reach beyond its line in .strategy; dropped"));
			return null;
		}

		/** A name from free text: letters, digits and underscores, starting with a letter. */
		private static String identifier(String text) {
			String name = text.replaceAll("[^A-Za-z0-9_]+", "_").replaceAll("^_+|_+$", "");
			return name.isEmpty() || !Character.isLetter(name.charAt(0)) ? "Element_" + name : name;
		}

		/** A roadmap or phase containing a phase, an initiative or a milestone. */
		private void containment(Entry xml) {
			Written source = elements.get(xml.source());
			Written target = elements.get(xml.target());
			if (source == null || target == null || !contains(source.concept.keyword(), target.concept.keyword()) || target.container != null) {
				findings.add(new Finding(ArchimateCodes.RELATIONSHIP_SKIPPED, "relationship " + xml.id() + " (" + xml.type() + " from " + xml.source() + " to "
						+ xml.target() + "): only a roadmap or a phase contains a phase, an initiative or a milestone, each in one place; not imported"));
				return;
			}
			relationships++;
			target.container = source;
			source.children.add(target);
		}

		private boolean orphan(Written element) {
			boolean orphan = NESTED.contains(element.concept.keyword())
					&& (element.container == null || !elements.containsKey(element.container.xml.id()));
			if (orphan) {
				findings.add(new Finding(ArchimateCodes.ELEMENT_SKIPPED, "element " + element.xml.id() + " '" + element.xml.name() + "' ("
						+ element.concept.keyword() + "): it belongs in a roadmap and no roadmap contains it; not imported"));
			}
			return orphan;
		}

		private void relationship(Entry xml) {
			Written source = elements.get(xml.source());
			Written target = elements.get(xml.target());
			String words = xml.property(ArchimateMapping.REFERENCE);
			if (source == null || target == null || words == null || !WORDS.matcher(words).matches()) {
				findings.add(new Finding(ArchimateCodes.RELATIONSHIP_SKIPPED, "relationship " + xml.id() + " (" + xml.type() + " from " + xml.source() + " to "
						+ xml.target() + "): " + (source == null || target == null ? "an end is not imported" : "it carries no Stratagem reference") + "; not imported"));
				return;
			}
			relationships++;
			boolean reversed = "target".equals(xml.property(ArchimateMapping.REFERRER));
			Written referrer = reversed ? target : source;
			Written referenced = reversed ? source : target;
			String dependency = xml.property(ArchimateMapping.DEPENDENCY);
			if (dependency != null && confined(dependency, "relationship " + xml.id(), ArchimateMapping.DEPENDENCY) == null) {
				return;
			}
			referrer.references.add(new String[] { words, referenced.qualifiedName, dependency });
		}

		private void write(Written element, StrategyWriter writer) {
			String title = element.xml.name() == null || element.xml.name().equals(element.simpleName()) ? null : element.xml.name();
			String heading = confined(element.xml.property(ArchimateMapping.HEADING), "element " + element.xml.id(), ArchimateMapping.HEADING);
			String head = converters.toString(element.simpleName(), "ID") + (title == null ? "" : " " + writer.string(title))
					+ (heading == null || heading.isEmpty() ? "" : " " + heading);
			writer.open(element.concept.keyword(), head, null);
			writer.text("description", element.xml.documentation());
			for (String[] property : element.xml.properties()) {
				String key = property[0];
				if (key.equals(ArchimateMapping.KIND) || key.equals(ArchimateMapping.NAME) || key.equals(ArchimateMapping.FILE)
						|| key.equals(ArchimateMapping.HEADING)) {
					continue;
				}
				if (key.startsWith(ArchimateMapping.PREFIX)) {
					String keyword = key.substring(ArchimateMapping.PREFIX.length());
					String value = confined(property[1], "element " + element.xml.id(), key);
					if (!KEYWORD.matcher(keyword).matches()) {
						findings.add(new Finding(ArchimateCodes.REPLACED, "element " + element.xml.id() + ": property '" + key + "' names no keyword; dropped"));
					} else if (value != null) {
						writer.item(keyword + (value.isEmpty() ? "" : " " + value));
					}
				} else {
					writer.property(key, property[1]);
				}
			}
			Map<String, List<String>> lists = new LinkedHashMap<>();
			for (String[] reference : element.references) {
				String target = converters.toString(reference[1], "QualifiedName");
				if (reference[2] != null) {
					writer.item(reference[0] + " " + target + (reference[2].isEmpty() ? "" : " " + reference[2]));
				} else {
					lists.computeIfAbsent(reference[0], w -> new ArrayList<>()).add(target);
				}
			}
			lists.forEach((words, targets) -> writer.item(words + " " + String.join(", ", targets)));
			for (Written child : element.children) {
				write(child, writer);
			}
			writer.close();
		}

		private Entry entry(Element xml) {
			String type = xml.getAttributeNS(ArchimateMapping.XSI, "type");
			type = type.substring(type.indexOf(':') + 1);
			Element documentation = child(xml, "documentation");
			return new Entry(xml.getAttribute("identifier"), type, text(child(xml, "name")), documentation == null ? null : text(documentation), properties(xml),
					xml.getAttribute("source"), xml.getAttribute("target"));
		}

		private List<String[]> properties(Element xml) {
			List<String[]> properties = new ArrayList<>();
			for (Element property : children(child(xml, "properties"), "property")) {
				String key = definitions.get(property.getAttribute("propertyDefinitionRef"));
				if (key != null) {
					String value = text(child(property, "value"));
					properties.add(new String[] { key, value == null ? "" : value });
				}
			}
			return properties;
		}
	}

	/** The first child element of the exchange namespace with this name, or null. */
	private static Element child(Element parent, String name) {
		List<Element> children = children(parent, name);
		return children.isEmpty() ? null : children.get(0);
	}

	private static List<Element> children(Element parent, String name) {
		List<Element> children = new ArrayList<>();
		if (parent == null) {
			return children;
		}
		for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element && ArchimateMapping.NAMESPACE.equals(element.getNamespaceURI()) && element.getLocalName().equals(name)) {
				children.add(element);
			}
		}
		return children;
	}

	private static String text(Element element) {
		return element == null ? null : element.getTextContent();
	}
}
