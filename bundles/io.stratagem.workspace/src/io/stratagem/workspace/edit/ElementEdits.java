/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.workspace.edit;

import static io.stratagem.workspace.edit.EditSupport.file;
import static io.stratagem.workspace.edit.EditSupport.forEachReference;
import static io.stratagem.workspace.edit.EditSupport.node;
import static io.stratagem.workspace.edit.EditSupport.path;
import static io.stratagem.workspace.edit.EditSupport.source;
import static io.stratagem.workspace.edit.EditSupport.userResources;
import static io.stratagem.model.StratagemPackage.Literals.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;
import com.google.inject.Singleton;

import io.stratagem.dsl.edit.EditException;
import io.stratagem.dsl.edit.References;
import io.stratagem.dsl.edit.SourceEdits;
import io.stratagem.dsl.edit.TextEdit;
import io.stratagem.model.Dependency;
import io.stratagem.model.Import;
import io.stratagem.model.NamedElement;
import io.stratagem.model.StrategyModel;
import io.stratagem.workspace.edit.LinkEdits.Connection;

/**
 * The gestures on whole elements, as text changes: an element created (from a palette, perhaps
 * linked to another), renamed with every reference to it, retitled, or deleted with every
 * reference to it. Names must be identifiers, not keywords, and unique.
 */
@Singleton
public class ElementEdits {

	/** The element types a palette can create, with their keywords. */
	public static final Map<EClass, String> CREATABLE = Map.of(USE_CASE, "usecase", KPI, "kpi", RISK, "risk", OBJECTIVE, "objective",
			CONTROL, "control");

	private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

	@Inject
	private References references;

	@Inject
	private IGrammarAccess grammar;

	@Inject
	private IValueConverterService valueConverter;

	private volatile Set<String> keywords;

	/**
	 * Creates an element of the given type, in the file that already holds elements of that type
	 * (the file of {@code connectTo} first), after the last of them; with {@code connectTo}, also
	 * the reference between them.
	 */
	public ModelChange create(ResourceSet resourceSet, EClass type, String name, NamedElement connectTo) {
		String keyword = CREATABLE.get(type);
		if (keyword == null) {
			throw new EditException("a " + type.getName() + " cannot be created from a palette; write it in the text");
		}
		checkIdentifier(name);
		XtextResource target = fileFor(resourceSet, type, connectTo);
		if (target == null) {
			throw new EditException("there is no .strategy file to add the " + type.getName() + " to; create one first");
		}
		StrategyModel model = (StrategyModel) target.getContents().get(0);
		String namespace = model.getNamespace();
		checkUnique(resourceSet, namespace == null ? name : namespace + "." + name, type);
		StringBuilder text = new StringBuilder(keyword).append(' ').append(name);
		ModelChange.Builder change = new ModelChange.Builder("Create " + type.getName() + " " + name);
		if (connectTo != null) {
			Connection fromExisting = LinkEdits.CONNECTIONS.stream().filter(c -> c.fits(connectTo, type)).findFirst().orElse(null);
			if (fromExisting != null) {
				change.add(file(connectTo), LinkEdits.appendReference(connectTo, fromExisting, references.textOf(connectTo, namespace, name)));
			} else {
				Connection fromNew = LinkEdits.CONNECTIONS.stream()
						.filter(c -> c.owner() == type && c.feature().getEReferenceType().isInstance(connectTo)).findFirst()
						.orElseThrow(() -> new EditException(
								"a " + type.getName() + " cannot be linked to a " + connectTo.eClass().getName() + "; create it unlinked"));
				text.append(" {\n\t").append(fromNew.keyword()).append(' ').append(references.textOf(model, connectTo)).append("\n}");
			}
		}
		NamedElement last = null;
		for (NamedElement element : model.getElements()) {
			if (element.eClass() == type) {
				last = element;
			}
		}
		SourceEdits source = new SourceEdits(target);
		change.add(path(target.getURI()), last != null ? source.addElementAfter(last, text.toString()) : source.addElementAtEnd(text.toString()));
		return change.build();
	}

	/** Renames an element, its declaration and every reference to it (and an import that names it). */
	public ModelChange rename(NamedElement element, String newName) {
		checkIdentifier(newName);
		if (newName.equals(element.getName())) {
			throw new EditException(element.getName() + " already has that name");
		}
		String qualified = references.qualifiedName(element);
		String newQualified = qualified.substring(0, qualified.length() - element.getName().length()) + newName;
		checkUnique(element.eResource().getResourceSet(), newQualified, element.eClass());
		ModelChange.Builder change = new ModelChange.Builder("Rename " + element.getName() + " to " + newName);
		change.add(file(element), source(element).replace(node(element, NAMED_ELEMENT__NAME), newName));
		for (XtextResource resource : userResources(element.eResource().getResourceSet())) {
			SourceEdits source = new SourceEdits(resource);
			Path file = path(resource.getURI());
			for (TreeIterator<EObject> all = resource.getAllContents(); all.hasNext();) {
				EObject owner = all.next();
				if (owner instanceof Import imported && qualified.equals(imported.getImportedNamespace())) {
					change.add(file, source.replace(node(imported, IMPORT__IMPORTED_NAMESPACE), newQualified));
				}
				forEachReference(owner, (feature, index, value) -> {
					if (value == element) {
						INode node = NodeModelUtils.findNodesForFeature(owner, feature).get(index);
						String written = source.tokenText(node);
						int[] range = SourceEdits.range(node);
						int lastSegment = written.lastIndexOf('.') + 1;
						change.add(file, new TextEdit(range[0] + lastSegment, written.length() - lastSegment, newName));
					}
				});
			}
		}
		return change.build();
	}

	/**
	 * Sets the title an element shows in the diagrams and reports: the quoted string after its name,
	 * replaced, or added when the element has none. The name and every reference stay as they are.
	 */
	public ModelChange retitle(NamedElement element, String newTitle) {
		String title = newTitle == null ? "" : newTitle.strip();
		if (title.isEmpty()) {
			throw new EditException("a title cannot be empty; to show the name " + element.getName() + " instead, remove its title in the text");
		}
		if (title.chars().anyMatch(Character::isISOControl)) {
			throw new EditException("a title is one line of text without tabs or control characters");
		}
		if (title.equals(element.getTitle())) {
			throw new EditException(element.getName() + " already has that title");
		}
		String quoted = valueConverter.toString(title, "STRING");
		ModelChange.Builder change = new ModelChange.Builder("Retitle " + element.getName() + " to " + quoted);
		SourceEdits source = source(element);
		if (element.getTitle() != null) {
			change.add(file(element), source.replace(node(element, NAMED_ELEMENT__TITLE), quoted));
		} else {
			change.add(file(element), new TextEdit(SourceEdits.range(node(element, NAMED_ELEMENT__NAME))[1], 0, " " + quoted));
		}
		return change.build();
	}

	/** Deletes an element with everything it contains, and every reference to them from elsewhere. */
	public ModelChange delete(NamedElement element) {
		Set<EObject> removed = new HashSet<>();
		removed.add(element);
		element.eAllContents().forEachRemaining(removed::add);
		ModelChange.Builder change = new ModelChange.Builder("Delete " + element.getName());
		change.add(file(element), source(element).removeElement(element));
		for (XtextResource resource : userResources(element.eResource().getResourceSet())) {
			SourceEdits source = new SourceEdits(resource);
			Path file = path(resource.getURI());
			Map<EObject, Set<EReference>> referring = new LinkedHashMap<>();
			for (TreeIterator<EObject> all = resource.getAllContents(); all.hasNext();) {
				EObject owner = all.next();
				if (removed.contains(owner)) {
					all.prune();
					continue;
				}
				forEachReference(owner, (feature, index, value) -> {
					if (removed.contains(value)) {
						referring.computeIfAbsent(owner, o -> new LinkedHashSet<>()).add(feature);
					}
				});
			}
			referring.forEach((owner, features) -> {
				if (owner instanceof Dependency dependency) {
					change.add(file, source.removeItem(dependency));
				} else {
					features.forEach(feature -> change.addAll(file, source.removeReferences(owner, feature, removed)));
				}
			});
		}
		return change.build();
	}

	private void checkIdentifier(String name) {
		if (name == null || !IDENTIFIER.matcher(name).matches()) {
			throw new EditException("'" + name + "' is not a name: use letters, digits and _, starting with a letter (e.g. ClaimsBacklog)");
		}
		if (keywords().contains(name)) {
			throw new EditException("'" + name + "' is a keyword of the language; choose another name");
		}
	}

	private void checkUnique(ResourceSet resourceSet, String qualifiedName, EClass type) {
		for (XtextResource resource : userResources(resourceSet)) {
			for (TreeIterator<EObject> all = resource.getAllContents(); all.hasNext();) {
				EObject other = all.next();
				if (other instanceof NamedElement named && qualifiedName.equals(references.qualifiedName(named))) {
					throw new EditException("there is already a " + named.eClass().getName() + " named " + qualifiedName + "; choose another name");
				}
			}
		}
	}

	private Set<String> keywords() {
		if (keywords == null) {
			keywords = GrammarUtil.getAllKeywords(grammar.getGrammar());
		}
		return keywords;
	}

	private static XtextResource fileFor(ResourceSet resourceSet, EClass type, NamedElement connectTo) {
		List<XtextResource> candidates = new ArrayList<>();
		if (connectTo != null && connectTo.eResource() instanceof XtextResource own) {
			candidates.add(own);
		}
		candidates.addAll(userResources(resourceSet));
		for (XtextResource resource : candidates) {
			if (((StrategyModel) resource.getContents().get(0)).getElements().stream().anyMatch(e -> e.eClass() == type)) {
				return resource;
			}
		}
		return candidates.isEmpty() ? null : candidates.get(0);
	}
}
