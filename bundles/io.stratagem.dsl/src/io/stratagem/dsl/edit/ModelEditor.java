/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.edit;

import static io.stratagem.model.StratagemPackage.Literals.*;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;
import com.google.inject.Singleton;

import io.stratagem.model.Dependency;
import io.stratagem.model.Duration;
import io.stratagem.model.Import;
import io.stratagem.model.Initiative;
import io.stratagem.model.Milestone;
import io.stratagem.model.NamedElement;
import io.stratagem.model.StrategyModel;
import io.stratagem.model.time.StrategyDate;
import io.stratagem.roadmap.Cycles;

/**
 * The model edits of the graphical editors, as text changes. Each edit touches only the text of
 * the elements it changes (a date, an item of a block, a reference in a list), so comments and
 * formatting everywhere else stay byte-identical. Edits that would make the model wrong (a
 * dependency cycle, a duplicate name, a name that is not an identifier) throw an
 * {@link EditException} that says why.
 */
@Singleton
public class ModelEditor {

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

	private Set<String> keywords;

	// ---------------------------------------------------------------- roadmap

	/**
	 * Moves an initiative to start in the month nearest to {@code newStart}. An explicit start is
	 * replaced (and an explicit end moved with it); an initiative dated by its end moves its end; one
	 * dated by its dependencies gets an explicit start (the schedule reports it when the
	 * dependencies do not allow it).
	 */
	public ModelChange moveInitiative(Initiative initiative, LocalDate newStart) {
		LocalDate month = nearestMonth(newStart);
		StrategyDate start = StrategyDate.ofMonth(month.getYear(), month.getMonthValue());
		ModelChange.Builder change = new ModelChange.Builder("Move " + initiative.getName() + " to " + start);
		SourceEdits source = source(initiative);
		Path file = file(initiative);
		if (initiative.getStart() != null) {
			long months = ChronoUnit.MONTHS.between(initiative.getStart().firstDay().withDayOfMonth(1), month);
			change.add(file, source.replace(node(initiative, SCHEDULED__START), start.toString()));
			if (initiative.getEnd() != null && months != 0) {
				change.add(file, source.replace(node(initiative, SCHEDULED__END), shift(initiative.getEnd(), months).toString()));
			}
		} else if (initiative.getEnd() != null && initiative.getDependencies().isEmpty() && initiative.getDuration() != null) {
			LocalDate derivedStart = minus(initiative.getEnd().lastDay().plusDays(1), initiative.getDuration());
			long months = ChronoUnit.MONTHS.between(nearestMonth(derivedStart), month);
			change.add(file, source.replace(node(initiative, SCHEDULED__END), shift(initiative.getEnd(), months).toString()));
		} else {
			change.add(file, source.addItem(initiative, "start " + start));
		}
		return change.build();
	}

	/**
	 * Moves a milestone to be due at the end of the month whose last day is nearest to
	 * {@code newDue}: its date becomes that month ({@code at 2027-10}), whatever its precision was.
	 */
	public ModelChange moveMilestone(Milestone milestone, LocalDate newDue) {
		LocalDate month = newDue.minusDays(newDue.lengthOfMonth() / 2).withDayOfMonth(1);
		StrategyDate due = StrategyDate.ofMonth(month.getYear(), month.getMonthValue());
		if (due.equals(milestone.getDate())) {
			throw new EditException(milestone.getName() + " is already due at " + due);
		}
		ModelChange.Builder change = new ModelChange.Builder("Move " + milestone.getName() + " to " + due);
		change.add(file(milestone), source(milestone).replace(node(milestone, MILESTONE__DATE), due.toString()));
		return change.build();
	}

	/** Sets an initiative's duration in whole months (an explicit end moves instead when it has no duration). */
	public ModelChange resizeInitiative(Initiative initiative, int durationMonths) {
		if (durationMonths < 1) {
			throw new EditException("an initiative lasts at least one month; " + initiative.getName() + " cannot be made shorter");
		}
		String duration = durationMonths + (durationMonths == 1 ? " month" : " months");
		ModelChange.Builder change = new ModelChange.Builder("Resize " + initiative.getName() + " to " + duration);
		SourceEdits source = source(initiative);
		Path file = file(initiative);
		if (initiative.getDuration() != null) {
			change.add(file, source.replace(NodeModelUtils.findActualNodeFor(initiative.getDuration()), duration));
		} else if (initiative.getEnd() != null && initiative.getStart() != null) {
			LocalDate last = initiative.getStart().firstDay().withDayOfMonth(1).plusMonths(durationMonths - 1L);
			change.add(file, source.replace(node(initiative, SCHEDULED__END), StrategyDate.ofMonth(last.getYear(), last.getMonthValue()).toString()));
		} else {
			change.add(file, source.addItem(initiative, "duration " + duration));
		}
		return change.build();
	}

	/** Makes {@code dependant} wait for {@code dependedOn} to finish. */
	public ModelChange addDependency(Initiative dependant, Initiative dependedOn) {
		if (dependant == dependedOn) {
			throw new EditException(dependant.getName() + " cannot wait for itself");
		}
		if (dependant.getDependencies().stream().anyMatch(d -> d.getTarget() == dependedOn)) {
			throw new EditException(dependant.getName() + " already waits for " + dependedOn.getName());
		}
		List<Initiative> path = dependencyPath(dependedOn, dependant);
		if (path != null) {
			path.add(0, dependant);
			throw new EditException("this dependency would make a cycle: " + Cycles.text(path, Initiative::getName, " <- ")
					+ "; remove one of these dependencies first");
		}
		return new ModelChange.Builder("Make " + dependant.getName() + " wait for " + dependedOn.getName())
				.add(file(dependant), source(dependant).addItem(dependant, "after " + references.textOf(dependant, dependedOn))).build();
	}

	public ModelChange removeDependency(Initiative dependant, Initiative dependedOn) {
		ModelChange.Builder change = new ModelChange.Builder("Remove the dependency of " + dependant.getName() + " on " + dependedOn.getName());
		SourceEdits source = source(dependant);
		for (Dependency dependency : dependant.getDependencies()) {
			if (dependency.getTarget() == dependedOn) {
				change.add(file(dependant), source.removeItem(dependency));
			}
		}
		ModelChange result = change.build();
		if (result.isEmpty()) {
			throw new EditException(dependant.getName() + " does not wait for " + dependedOn.getName());
		}
		return result;
	}

	/**
	 * The chain of initiatives by which {@code from} waits for {@code to} (the first found depth
	 * first), or null when it does not. Iterative, so a long chain cannot overflow the stack.
	 */
	private static List<Initiative> dependencyPath(Initiative from, Initiative to) {
		Set<Initiative> seen = new HashSet<>();
		Deque<Initiative> path = new ArrayDeque<>();
		Deque<Iterator<Dependency>> pending = new ArrayDeque<>();
		seen.add(from);
		path.addLast(from);
		pending.addLast(from.getDependencies().iterator());
		while (!pending.isEmpty()) {
			Iterator<Dependency> next = pending.peekLast();
			if (!next.hasNext()) {
				pending.removeLast();
				path.removeLast();
				continue;
			}
			Initiative target = next.next().getTarget();
			if (target == null || target.eIsProxy()) {
				continue;
			}
			if (target == to) {
				List<Initiative> result = new ArrayList<>(path);
				result.add(to);
				return result;
			}
			if (seen.add(target)) {
				path.addLast(target);
				pending.addLast(target.getDependencies().iterator());
			}
		}
		return null;
	}

	// ---------------------------------------------------------------- references between elements

	/** Adds the reference between two elements that a diagram edge shows (either may be the source). */
	public ModelChange connect(NamedElement from, NamedElement to) {
		if (from instanceof Initiative dependant && to instanceof Initiative dependedOn) {
			return addDependency(dependant, dependedOn);
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

	private ModelChange addReference(Connection connection, NamedElement owner, NamedElement target) {
		List<?> values = (List<?>) owner.eGet(connection.feature());
		if (values.contains(target)) {
			throw new EditException(owner.getName() + " already refers to " + target.getName());
		}
		return new ModelChange.Builder("Link " + owner.getName() + " to " + target.getName())
				.add(file(owner), appendReference(owner, connection, references.textOf(owner, target))).build();
	}

	/** {@code , X} after the list of the feature when the owner has one, else a new item. */
	private TextEdit appendReference(EObject owner, Connection connection, String reference) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(owner, connection.feature());
		if (!nodes.isEmpty()) {
			return new TextEdit(SourceEdits.range(nodes.get(nodes.size() - 1))[1], 0, ", " + reference);
		}
		return source(owner).addItem(owner, connection.keyword() + " " + reference);
	}

	/** Removes every reference between two elements, in either direction (a diagram edge deleted). */
	public ModelChange disconnect(NamedElement from, NamedElement to) {
		if (from instanceof Initiative dependant && to instanceof Initiative dependedOn) {
			return removeDependency(dependant, dependedOn);
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

	// ---------------------------------------------------------------- elements

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
			Connection fromExisting = CONNECTIONS.stream().filter(c -> c.fits(connectTo, type)).findFirst().orElse(null);
			if (fromExisting != null) {
				change.add(file(connectTo), appendReference(connectTo, fromExisting, references.textOf(connectTo, namespace, name)));
			} else {
				Connection fromNew = CONNECTIONS.stream().filter(c -> c.owner() == type && c.feature().getEReferenceType().isInstance(connectTo))
						.findFirst().orElseThrow(() -> new EditException(
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

	// ---------------------------------------------------------------- helpers

	@FunctionalInterface
	private interface ReferenceVisitor {
		void visit(EReference feature, int index, Object value);
	}

	/** Visits the cross-references written in the text of an element (not those of its children). */
	private static void forEachReference(EObject owner, ReferenceVisitor visitor) {
		for (EReference feature : owner.eClass().getEAllReferences()) {
			if (feature.isContainment() || feature.isContainer() || feature.isDerived() || feature.isTransient() || !owner.eIsSet(feature)) {
				continue;
			}
			if (feature.isMany()) {
				List<?> values = (List<?>) owner.eGet(feature);
				for (int i = 0; i < values.size(); i++) {
					visitor.visit(feature, i, values.get(i));
				}
			} else {
				visitor.visit(feature, 0, owner.eGet(feature));
			}
		}
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

	/** The user's files of a resource set (the built-in libraries are not files). */
	public static List<XtextResource> userResources(ResourceSet resourceSet) {
		List<XtextResource> result = new ArrayList<>();
		for (Resource resource : resourceSet.getResources()) {
			if (resource instanceof XtextResource xtext && resource.getURI().isFile() && !resource.getContents().isEmpty()) {
				result.add(xtext);
			}
		}
		return result;
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

	private static INode node(EObject owner, org.eclipse.emf.ecore.EStructuralFeature feature) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(owner, feature);
		if (nodes.isEmpty()) {
			throw new EditException("the text of " + feature.getName() + " was not found; save the file and try again");
		}
		return nodes.get(0);
	}

	private static SourceEdits source(EObject element) {
		if (!(element.eResource() instanceof XtextResource resource) || resource.getParseResult() == null) {
			throw new EditException("the element is not in a parsed .strategy file");
		}
		return new SourceEdits(resource);
	}

	static Path file(EObject element) {
		return path(element.eResource().getURI());
	}

	static Path path(URI uri) {
		return Path.of(uri.isFile() ? uri.toFileString() : uri.toString()).toAbsolutePath().normalize();
	}

	private static LocalDate nearestMonth(LocalDate day) {
		LocalDate first = day.withDayOfMonth(1);
		return day.getDayOfMonth() > (day.lengthOfMonth() + 1) / 2 ? first.plusMonths(1) : first;
	}

	/** A date moved by whole months, keeping its precision when it can (a quarter moved by 1 month becomes a month). */
	private static StrategyDate shift(StrategyDate date, long months) {
		switch (date.precision()) {
		case QUARTER:
			if (months % 3 == 0) {
				LocalDate first = date.firstDay().plusMonths(months);
				return StrategyDate.ofQuarter(first.getYear(), (first.getMonthValue() - 1) / 3 + 1);
			}
			LocalDate lastMonth = date.lastDay().withDayOfMonth(1).plusMonths(months);
			return StrategyDate.ofMonth(lastMonth.getYear(), lastMonth.getMonthValue());
		case MONTH:
			LocalDate month = date.firstDay().plusMonths(months);
			return StrategyDate.ofMonth(month.getYear(), month.getMonthValue());
		default:
			return StrategyDate.ofDay(date.firstDay().plusMonths(months));
		}
	}

	private static LocalDate minus(LocalDate day, Duration duration) {
		long amount = duration.getAmount();
		return switch (duration.getUnit()) {
		case DAYS -> day.minusDays(amount);
		case WEEKS -> day.minusWeeks(amount);
		case MONTHS -> day.minusMonths(amount);
		case QUARTERS -> day.minusMonths(3 * amount);
		case YEARS -> day.minusYears(amount);
		};
	}
}
