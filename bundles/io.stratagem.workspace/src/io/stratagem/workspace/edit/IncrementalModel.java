/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.workspace.edit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EContentsEList;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.linking.impl.ImportedNamesAdapter;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.util.ReplaceRegion;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import io.stratagem.dsl.linking.UnreadDeclarations;
import io.stratagem.dsl.scoping.ExportedNamesIndex;
import io.stratagem.workspace.load.ModelLinker;

/**
 * The linked model of a workspace's folder, kept up to date by changes instead of parsed again as
 * a whole: a change re-parses the files it changed, links again the files that depend on them, and
 * validates again only the files whose findings it can change. The result equals a fresh load of
 * the same texts ({@code IncrementalModelTest} checks this after random edit sequences).
 *
 * <p>What depends on a changed file F is read from what each file's last linking found, as Xtext's
 * builder reads a resource description's imported names:
 * <ul>
 * <li>a file is linked again when it looked up a qualified name that appears in F, disappears from
 * it or changes type there (Xtext's imported names: the reference may now resolve elsewhere, or
 * resolve at last), or when the last name of one of its references is a name that F's unparsed text
 * ({@link UnreadDeclarations}) declares now and did not before, or the other way round (the reference
 * may no longer be explained);</li>
 * <li>otherwise a file whose references resolved into F keeps its links, pointed at the elements of
 * F's new parse with the same qualified names (what a fresh link would find), without linking again;</li>
 * <li>a file is validated again when it is changed, linked again or pointed at F's new parse, or when F referred to one of
 * its elements before or does now (rules read the elements that refer to an element). A change that
 * adds, removes or renames an element (F's exported names differ) may change any rule that reads
 * the model as a whole, so every file is validated again then.</li>
 * </ul>
 * The files stay in path order in the resource set, and the index of exported names is rebuilt in
 * that order whenever a changed file shares a name with another file, so that an ambiguous name
 * resolves as in a fresh load.
 *
 * <p>A save of one file that changes it inside its elements costs less again: F is not parsed as a
 * whole, but in the places that changed ({@link ChangedLines}), each as the smallest node that
 * encloses it (Xtext's partial parsing, {@link ElementReparser}); the rules above then apply to the
 * part instead of the file: the part's names instead of F's, the files that looked up one of the
 * old part's names instead of all files referring into F, the files the part refers to. The rest
 * of F keeps its objects, so references to them need nothing. Not thread-safe: the workspace calls
 * it under its lock.
 */
final class IncrementalModel {

	/**
	 * What one file's last linking found: the files its references resolved into, the qualified names
	 * it looked up in the other files (Xtext's imported names, lower case) and the last names of all
	 * its references.
	 */
	private record Links(Set<Path> targets, Set<String> lookedUp, Set<String> names) {
	}

	/**
	 * What a change did: files parsed (of which {@code parsedInPart} only in the part that changed),
	 * linked again as a whole and validated again (the rest reused).
	 */
	record Update(Set<Path> parsed, Set<Path> parsedInPart, Set<Path> relinked, Set<Path> revalidated) {
	}

	private final XtextResourceSet resourceSet;
	private final ModelLinker linker;
	private final UnreadDeclarations unread;
	private final IResourceValidator validator;
	private final ElementReparser reparser;
	private final ElementLinker elementLinker;
	private final KeptFileScope keptScopes;
	private final Map<Path, XtextResource> resources = new TreeMap<>();
	private final Map<URI, Path> files = new HashMap<>();
	private final Map<Path, Links> links = new HashMap<>();
	private final Map<Path, List<Issue>> issues = new HashMap<>();
	/** Each file's objects by qualified name (the first of a name in content order), kept until the file changes. */
	private final Map<Path, Map<String, EObject>> namesByFile = new ConcurrentHashMap<>();
	private List<String> unreadTexts = List.of();
	private Update last = new Update(Set.of(), Set.of(), Set.of(), Set.of());
	/** At most so many lines added or removed by a change parsed in part, and at most so many places. */
	private static final int MAX_CHANGED_LINES = 64;
	private static final int MAX_PLACES = 16;

	/** Set when a partial parse failed after it had begun to change its file: the whole-file path then links every file again. */
	private boolean relinkAll;

	IncrementalModel(XtextResourceSet resourceSet, ModelLinker linker, UnreadDeclarations unread, IResourceValidator validator, ElementReparser reparser,
			ElementLinker elementLinker, KeptFileScope keptScopes) {
		this.resourceSet = resourceSet;
		this.linker = linker;
		this.unread = unread;
		this.validator = validator;
		this.reparser = reparser;
		this.elementLinker = elementLinker;
		this.keptScopes = keptScopes;
		resourceSet.getLoadOptions(); // created eagerly: the parallel parse only reads them
		resourceSet.getURIConverter();
		ExportedNamesIndex.recordImportedNames(resourceSet);
	}

	/**
	 * Parses and links every file: the state a fresh load gives.
	 *
	 * @param unreadTexts the texts (read leniently) of the folder's files that could not be read, for
	 *                    the names they declare
	 */
	void loadAll(Map<Path, String> texts, List<String> unreadTexts) {
		this.unreadTexts = List.copyOf(unreadTexts);
		namesByFile.clear();
		Map<Path, XtextResource> parsed = parse(texts);
		resources.putAll(parsed);
		parsed.forEach((file, resource) -> files.put(resource.getURI(), file));
		ExportedNamesIndex.install(resourceSet, resources.values());
		unread.install(resourceSet, this.unreadTexts, resources.values());
		linker.link(resourceSet, resources.values(), resources.values());
		resources.keySet().forEach(file -> links.put(file, linksOf(resources.get(file))));
		last = new Update(parsed.keySet(), Set.of(), Set.of(), resources.keySet());
	}

	/**
	 * Applies new texts: a null text removes the file. Files not named keep their parse.
	 *
	 * @param unreadTexts the texts of the files that could not be read, as for {@link #loadAll}
	 */
	Update update(Map<Path, String> changed, List<String> unreadTexts) {
		// whichever way a changed file is parsed, its objects are new: their names are collected again
		namesByFile.keySet().removeAll(changed.keySet());
		Update inPart = null;
		if (changed.size() == 1 && this.unreadTexts.equals(unreadTexts)) {
			Map.Entry<Path, String> only = changed.entrySet().iterator().next();
			inPart = updateInPlaces(only.getKey(), only.getValue());
			if (inPart != null && inPart.parsedInPart().contains(only.getKey())) {
				last = inPart;
				return inPart;
			}
		}
		Update whole = updateWholeFiles(changed, unreadTexts);
		if (inPart != null) {
			// some places were parsed in part before one could not be
			whole = merge(inPart, whole);
			whole = new Update(whole.parsed(), Set.of(), whole.relinked(), whole.revalidated());
		}
		last = whole;
		return whole;
	}

	/**
	 * A change of one file made in places each inside one element (a save may change several):
	 * each place, from the last to the first, is parsed in part ({@link #updatePart}). Returns null
	 * when no place was; the update of the places parsed before one that could not be (its
	 * {@code parsedInPart} is then empty: the rest is for the whole-file path).
	 */
	private Update updateInPlaces(Path file, String text) {
		XtextResource resource = resources.get(file);
		if (!parsedWithoutProblems(resource) || text == null) {
			return null;
		}
		String current = resource.getParseResult().getRootNode().getText();
		List<ReplaceRegion> places = ChangedLines.regions(current, text, MAX_CHANGED_LINES);
		if (places == null || places.isEmpty() || places.size() > MAX_PLACES) {
			return null;
		}
		Update done = null;
		for (ReplaceRegion place : places) {
			StringBuilder next = new StringBuilder(current);
			place.applyTo(next);
			Update step = updatePart(file, next.toString(), trimmed(current, place));
			if (step == null) {
				return done == null ? null : new Update(done.parsed(), Set.of(), done.relinked(), done.revalidated());
			}
			done = done == null ? step : merge(done, step);
			current = next.toString();
		}
		if (!current.equals(text)) {
			// the places did not make the saved text: the whole-file path takes it from here
			return new Update(done.parsed(), Set.of(), done.relinked(), done.revalidated());
		}
		return done;
	}

	/** A replacement without the characters it leaves as they were at its start and end. */
	private static ReplaceRegion trimmed(String text, ReplaceRegion region) {
		String replaced = text.substring(region.getOffset(), region.getEndOffset());
		String by = region.getText();
		ChangedLines.CommonEnds ends = ChangedLines.CommonEnds.of(replaced, by);
		int prefix = ends.prefix();
		int suffix = ends.suffix();
		return new ReplaceRegion(region.getOffset() + prefix, replaced.length() - prefix - suffix, by.substring(prefix, by.length() - suffix));
	}

	private static Update merge(Update first, Update then) {
		return new Update(union(first.parsed(), then.parsed()), union(first.parsedInPart(), then.parsedInPart()), union(first.relinked(), then.relinked()),
				union(first.revalidated(), then.revalidated()));
	}

	private static Set<Path> union(Set<Path> a, Set<Path> b) {
		Set<Path> all = new TreeSet<>(a);
		all.addAll(b);
		return all;
	}

	private static boolean parsedWithoutProblems(XtextResource resource) {
		return resource != null && resource.getParseResult() != null && !resource.getParseResult().hasSyntaxErrors() && resource.getErrors().isEmpty()
				&& resource.getWarnings().isEmpty();
	}

	/** Parses the changed files as a whole, links and validates again what depends on them. */
	private Update updateWholeFiles(Map<Path, String> changed, List<String> unreadTexts) {
		ResourceDescriptionsData index = ResourceDescriptionsData.ResourceSetAdapter.findResourceDescriptionsData(resourceSet);
		Set<String> unparsedBefore = new HashSet<>();
		Set<Path> referencedByChanged = new HashSet<>();
		Set<String> exportedBefore = new HashSet<>();
		Map<EObject, QualifiedName> oldNames = new IdentityHashMap<>();
		Set<Resource> oldResources = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Path file : changed.keySet()) {
			XtextResource old = resources.get(file);
			if (old != null) {
				IResourceDescription description = index.getResourceDescription(old.getURI());
				collectNames(description, exportedBefore);
				for (IEObjectDescription exported : description.getExportedObjects()) {
					oldNames.put(exported.getEObjectOrProxy(), exported.getName());
				}
				oldResources.add(old);
				unparsedBefore.addAll(unread.unparsed(old));
				referencedByChanged.addAll(links.get(file).targets());
			}
		}
		boolean damaged = relinkAll;
		boolean unreadChanged = !this.unreadTexts.equals(unreadTexts) || damaged;
		relinkAll = false;
		this.unreadTexts = List.copyOf(unreadTexts);

		// the old parses leave the set; the new ones take their place in path order
		for (Path file : changed.keySet()) {
			XtextResource old = resources.remove(file);
			if (old != null) {
				index.removeDescription(old.getURI());
				files.remove(old.getURI());
				links.remove(file);
				// not unloaded (a walk of the whole file): every file that referred into it is linked again below
				resourceSet.getResources().remove(old);
			}
			issues.remove(file);
		}
		Map<Path, String> texts = new TreeMap<>();
		changed.forEach((file, text) -> {
			if (text != null) {
				texts.put(file, text);
			}
		});
		Map<Path, XtextResource> parsed = parse(texts);
		resources.putAll(parsed);
		parsed.forEach((file, resource) -> files.put(resource.getURI(), file));
		keepPathOrder();

		Set<String> exportedAfter = new HashSet<>();
		Set<String> unparsedAfter = new HashSet<>();
		Map<QualifiedName, EObject> newObjects = new HashMap<>();
		boolean sharesName = false;
		List<IResourceDescription> descriptions = new ArrayList<>();
		for (XtextResource resource : parsed.values()) {
			IResourceDescription description = resource.getResourceServiceProvider().getResourceDescriptionManager().getResourceDescription(resource);
			descriptions.add(description);
			collectNames(description, exportedAfter);
			unparsedAfter.addAll(unread.unparsed(resource));
			for (IEObjectDescription exported : description.getExportedObjects()) {
				sharesName |= index.getExportedObjects(EcorePackage.Literals.EOBJECT, exported.getName(), false).iterator().hasNext();
				newObjects.putIfAbsent(exported.getName(), exported.getEObjectOrProxy());
			}
		}
		if (sharesName || parsed.size() > 1 || damaged) {
			// an ambiguous name resolves to the first file that declares it, as in a fresh load: the index is made again in path order
			resourceSet.eAdapters().removeIf(ResourceDescriptionsData.ResourceSetAdapter.class::isInstance);
			ExportedNamesIndex.install(resourceSet, resources.values());
		} else {
			descriptions.forEach(description -> index.addDescription(description.getURI(), description));
		}
		unread.install(resourceSet, this.unreadTexts, resources.values());

		// only names that appear, disappear or change type can change what a lookup finds
		Set<String> touchedNames = new HashSet<>();
		symmetricDifference(exportedBefore, exportedAfter).forEach(name -> touchedNames.add(name.substring(0, name.lastIndexOf(' '))));
		Set<String> unparsedNames = symmetricDifference(unparsedBefore, unparsedAfter);
		Set<Path> relinked = new TreeSet<>();
		Set<Path> rebound = new TreeSet<>();
		if (unreadChanged) {
			relinked.addAll(resources.keySet());
		} else {
			links.forEach((file, found) -> {
				if (!Collections.disjoint(found.lookedUp(), touchedNames) || !Collections.disjoint(found.names(), unparsedNames)) {
					relinked.add(file);
				} else if (!Collections.disjoint(found.targets(), changed.keySet())) {
					rebound.add(file);
				}
			});
		}
		relinked.removeAll(parsed.keySet());
		rebound.removeAll(parsed.keySet());
		for (Path file : rebound) {
			// its references resolved into the old parse of a changed file; the same names, of the same types, now
			// name the new parse's elements: a fresh link would find them, so the references are pointed at them
			if (!rebind(resources.get(file), target -> !target.eIsProxy() && oldResources.contains(target.eResource()), oldNames, newObjects)) {
				relinked.add(file);
			}
		}
		rebound.removeAll(relinked);
		List<XtextResource> toLink = new ArrayList<>(parsed.values());
		for (Path file : relinked) {
			XtextResource resource = resources.get(file);
			ImportedNamesAdapter recorded = ImportedNamesAdapter.find(resource);
			if (recorded != null) {
				recorded.clear();
			}
			resource.relink();
			toLink.add(resource);
		}
		linker.link(resourceSet, resources.values(), toLink);
		for (XtextResource resource : toLink) {
			Path file = files.get(resource.getURI());
			links.put(file, linksOf(resource));
			if (parsed.containsKey(file)) {
				referencedByChanged.addAll(links.get(file).targets());
			}
		}

		Set<Path> revalidated = new TreeSet<>();
		boolean sameElements = exportedBefore.equals(exportedAfter) && !unreadChanged;
		if (sameElements) {
			revalidated.addAll(parsed.keySet());
			revalidated.addAll(relinked);
			revalidated.addAll(rebound);
			referencedByChanged.stream().filter(resources::containsKey).forEach(revalidated::add);
		} else {
			revalidated.addAll(resources.keySet());
		}
		issues.keySet().removeAll(revalidated);
		return new Update(parsed.keySet(), Set.of(), relinked, revalidated);
	}

	/**
	 * A change inside one element of one file that parsed and linked without a problem: only the
	 * part that changed is parsed again ({@link ElementReparser}) and linked; the file's other
	 * objects stay, and so do the references of other files to them. What depends on the part is
	 * found as for a whole file, from the part's old and new names: references into the old part
	 * (of the file itself, and of the files that looked up one of its names) are pointed at the
	 * new part's elements of the same names, and a file that looked up a name the change adds,
	 * removes or retypes is linked again. Returns null, with nothing changed, when the change is
	 * not such a change: the caller then parses the file as a whole.
	 */
	private Update updatePart(Path file, String text, ReplaceRegion region) {
		XtextResource resource = resources.get(file);
		if (text == null || !parsedWithoutProblems(resource)) {
			return null;
		}
		ResourceDescriptionsData index = ResourceDescriptionsData.ResourceSetAdapter.findResourceDescriptionsData(resourceSet);
		// the file's description lists what the file holds now (Xtext computes it again after a change, from the whole file):
		// the part's names are read from the part instead where that is exact, else the old names are read first
		IResourceDescription described = index.getResourceDescription(resource.getURI());
		boolean namesByPart = reparser.exportsByPart();
		List<IEObjectDescription> exportedBefore = new ArrayList<>();
		if (!namesByPart) {
			described.getExportedObjects().forEach(exportedBefore::add);
		}
		KeptFileScope.Kept kept = keptScopes.keep(resource);
		ElementReparser.Replaced replaced;
		try {
			replaced = reparser.reparsePart(resource.getParser(), resource.getParseResult(), region);
			if (replaced != null && !resource.getParseResult().getRootNode().getText().equals(text)) {
				throw new IllegalStateException("the partial parse of " + file + " does not hold the saved text");
			}
		} catch (RuntimeException e) {
			// the parse began to change the file and did not finish: the file is parsed afresh and every file linked again
			relinkAll = true;
			replaced = null;
		}
		if (replaced == null) {
			return null;
		}
		EObject added = replaced.replacement();
		Set<EObject> removed = contentsOf(replaced.old());
		Set<EObject> addedObjects = added == null ? Set.of() : contentsOf(added);
		boolean linkedAlone = true;
		Set<String> lookedUpByPart = new HashSet<>();
		if (added != null) {
			linkedAlone = elementLinker.installReferences(added);
			kept.restore(removed, added);
			lookedUpByPart = resolveReferences(resource, added);
		} else {
			kept.restore(removed, null);
		}
		// an unresolved reference in the part: the file is linked again as a whole, so its problems come in a fresh load's order
		linkedAlone &= resource.getErrors().isEmpty() && resource.getWarnings().isEmpty();

		// the file's names change only where the part's do: the old part's names and types against the new part's
		Map<EObject, QualifiedName> oldNames = new IdentityHashMap<>();
		Map<String, Integer> namesBefore = new HashMap<>();
		for (IEObjectDescription exported : namesByPart ? replaced.oldExported() : exportedBefore) {
			if (removed.contains(exported.getEObjectOrProxy())) {
				oldNames.put(exported.getEObjectOrProxy(), exported.getName());
				namesBefore.merge(exported.getName().toLowerCase() + " " + exported.getEClass().getName(), 1, Integer::sum);
			}
		}
		Map<QualifiedName, EObject> newObjects = new HashMap<>();
		Map<String, Integer> namesAfter = new HashMap<>();
		for (IEObjectDescription exported : !namesByPart ? described.getExportedObjects() : added == null ? List.<IEObjectDescription>of() : reparser.exported(added)) {
			if (addedObjects.contains(exported.getEObjectOrProxy())) {
				newObjects.putIfAbsent(exported.getName(), exported.getEObjectOrProxy());
				namesAfter.merge(exported.getName().toLowerCase() + " " + exported.getEClass().getName(), 1, Integer::sum);
			}
		}
		boolean sameNames = namesBefore.equals(namesAfter);
		Set<String> touchedNames = new HashSet<>();
		if (!sameNames) {
			// the index looked names up by the old ones: it is made again, in path order, as a fresh load makes it
			resourceSet.eAdapters().removeIf(ResourceDescriptionsData.ResourceSetAdapter.class::isInstance);
			ExportedNamesIndex.install(resourceSet, resources.values());
			Set<String> changedNames = new HashSet<>(namesBefore.keySet());
			changedNames.addAll(namesAfter.keySet());
			changedNames.removeIf(name -> Objects.equals(namesBefore.get(name), namesAfter.get(name)));
			changedNames.forEach(name -> touchedNames.add(name.substring(0, name.lastIndexOf(' '))));
		}
		unread.install(resourceSet, unreadTexts, resources.values());

		Set<String> replacedNames = new HashSet<>();
		Set<String> replacedSimpleNames = new HashSet<>();
		for (QualifiedName name : oldNames.values()) {
			replacedNames.add(name.toLowerCase().toString());
			replacedSimpleNames.add(name.getLastSegment().toLowerCase());
		}
		Set<Path> relinked = new TreeSet<>();
		Set<Path> rebound = new TreeSet<>();
		if (!linkedAlone) {
			relinked.add(file);
		}
		links.forEach((other, found) -> {
			if (!Collections.disjoint(found.lookedUp(), touchedNames)) {
				relinked.add(other);
			} else if (other.equals(file) ? found.names().stream().anyMatch(name -> replacedSimpleNames.contains(name.toLowerCase()))
					: found.targets().contains(file) && !Collections.disjoint(found.lookedUp(), replacedNames)) {
				// a reference to the old part: its own (a reference's last name is the element's), or another file's (which looked the name up)
				rebound.add(other);
			}
		});
		rebound.removeAll(relinked);
		for (Path each : rebound) {
			if (!rebind(resources.get(each), removed::contains, oldNames, newObjects)) {
				relinked.add(each);
			}
		}
		rebound.removeAll(relinked);
		List<XtextResource> toLink = new ArrayList<>();
		for (Path each : relinked) {
			XtextResource other = resources.get(each);
			ImportedNamesAdapter recorded = ImportedNamesAdapter.find(other);
			if (recorded != null) {
				recorded.clear();
			}
			other.relink();
			toLink.add(other);
		}
		if (!toLink.isEmpty()) {
			linker.link(resourceSet, resources.values(), toLink);
		}
		for (XtextResource each : toLink) {
			links.put(files.get(each.getURI()), linksOf(each));
		}
		Set<Path> partTargets = new HashSet<>(targetsOf(replaced.old(), resource));
		if (added != null) {
			partTargets.addAll(targetsOf(added, resource));
		}
		if (!relinked.contains(file)) {
			// the record only grows (as Xtext's imported names do); it is copied only when the part adds to it (a 2 MB file's sets are large)
			Links was = links.get(file);
			Set<String> partNames = added == null ? Set.of() : referenceNames(NodeModelUtils.findActualNodeFor(added));
			if (!was.targets().containsAll(partTargets) || !was.names().containsAll(partNames) || !was.lookedUp().containsAll(lookedUpByPart)) {
				links.put(file, new Links(grown(was.targets(), partTargets), grown(was.lookedUp(), lookedUpByPart), grown(was.names(), partNames)));
			}
			// rebinding the file's own references cleared its cache again: the scope carried over is put back
			kept.restore(removed, added);
		}

		Set<Path> revalidated = new TreeSet<>();
		if (sameNames) {
			revalidated.add(file);
			revalidated.addAll(relinked);
			revalidated.addAll(rebound);
			partTargets.stream().filter(resources::containsKey).forEach(revalidated::add);
		} else {
			revalidated.addAll(resources.keySet());
		}
		issues.keySet().removeAll(revalidated);
		return new Update(Set.of(file), Set.of(file), relinked, revalidated);
	}

	/** A record's set with more in it, unmodifiable. */
	private static <T> Set<T> grown(Set<T> set, Set<T> more) {
		Set<T> all = new HashSet<>(set);
		all.addAll(more);
		return Set.copyOf(all);
	}

	/** What the last change did. */
	Update last() {
		return last;
	}

	XtextResourceSet resourceSet() {
		return resourceSet;
	}

	/** The files' resources, by absolute path, in path order. */
	Map<Path, XtextResource> resources() {
		return Collections.unmodifiableMap(resources);
	}

	/**
	 * The objects of a file by their qualified names as {@code qualifiedName} gives them (the first
	 * object of a name in the file's content order), collected once per file until it changes.
	 */
	Map<String, EObject> objectsByName(Path file, Function<EObject, String> qualifiedName) {
		XtextResource resource = resources.get(file);
		if (resource == null) {
			return Map.of();
		}
		return namesByFile.computeIfAbsent(file, f -> {
			Map<String, EObject> byName = new HashMap<>();
			for (TreeIterator<EObject> all = resource.getAllContents(); all.hasNext();) {
				EObject element = all.next();
				String name = qualifiedName.apply(element);
				if (name != null) {
					byName.putIfAbsent(name, element);
				}
			}
			return byName;
		});
	}

	/** The parser's, linker's and rules' findings on a file, kept until a change can alter them. */
	List<Issue> issues(Path file) {
		XtextResource resource = resources.get(file);
		if (resource == null) {
			return List.of();
		}
		return issues.computeIfAbsent(file, f -> List.copyOf(validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)));
	}

	/** Parses texts, each into a new resource of the set, in parallel (each parse writes only to its own resource). */
	private Map<Path, XtextResource> parse(Map<Path, String> texts) {
		Map<Path, XtextResource> parsed = new TreeMap<>();
		for (Path file : texts.keySet()) {
			parsed.put(file, (XtextResource) resourceSet.createResource(URI.createFileURI(file.toString())));
		}
		parsed.entrySet().parallelStream().forEach(entry -> {
			try {
				entry.getValue().load(new ByteArrayInputStream(texts.get(entry.getKey()).getBytes(StandardCharsets.UTF_8)), resourceSet.getLoadOptions());
			} catch (IOException e) {
				throw new UncheckedIOException("cannot parse text held in memory: " + entry.getKey(), e);
			}
		});
		return parsed;
	}

	/** The folder's files first, in path order, then the rest (the built-in library), as a fresh load has them. */
	private void keepPathOrder() {
		EList<Resource> all = resourceSet.getResources();
		int position = 0;
		for (XtextResource resource : resources.values()) {
			int index = all.indexOf(resource);
			if (index != position) {
				all.move(position, index);
			}
			position++;
		}
	}

	/** Adds the names a file exports, as looked up (lower case), each followed by a space and its type. */
	private static void collectNames(IResourceDescription description, Set<String> names) {
		if (description == null) {
			return;
		}
		for (IEObjectDescription exported : description.getExportedObjects()) {
			names.add(exported.getName().toLowerCase() + " " + exported.getEClass().getName());
		}
	}

	private static Set<String> symmetricDifference(Set<String> a, Set<String> b) {
		Set<String> result = new HashSet<>(a);
		result.addAll(b);
		Set<String> both = new HashSet<>(a);
		both.retainAll(b);
		result.removeAll(both);
		return result;
	}

	/**
	 * Points a file's references to replaced objects (of the old parses of changed files, or of the
	 * old part of a file parsed in part) at the new parses' elements with the same qualified names;
	 * false (nothing changed) when one has no such element.
	 */
	private static boolean rebind(XtextResource resource, Predicate<EObject> replaced, Map<EObject, QualifiedName> oldNames, Map<QualifiedName, EObject> newObjects) {
		List<Runnable> changes = new ArrayList<>();
		for (TreeIterator<EObject> all = resource.getAllContents(); all.hasNext();) {
			EObject object = all.next();
			for (EReference reference : object.eClass().getEAllReferences()) {
				if (!isCrossReference(reference)) {
					continue;
				}
				Object value = object.eGet(reference, false);
				if (value instanceof InternalEList<?> list) {
					@SuppressWarnings("unchecked")
					InternalEList<EObject> targets = (InternalEList<EObject>) list;
					for (int i = 0; i < targets.size(); i++) {
						EObject target = targets.basicGet(i);
						if (replaced.test(target)) {
							EObject replacement = newObjects.get(oldNames.get(target));
							if (replacement == null) {
								return false;
							}
							int at = i;
							changes.add(() -> targets.setUnique(at, replacement));
						}
					}
				} else if (value instanceof EObject target && replaced.test(target)) {
					EObject replacement = newObjects.get(oldNames.get(target));
					if (replacement == null) {
						return false;
					}
					changes.add(() -> object.eSet(reference, replacement));
				}
			}
		}
		changes.forEach(Runnable::run);
		return true;
	}

	/** The files that a linked file's references resolved into, and the last names of all its references. */
	private Links linksOf(XtextResource resource) {
		Set<String> names = resource.getParseResult() == null ? Set.of() : referenceNames(resource.getParseResult().getRootNode());
		Set<Path> targets = new LinkedHashSet<>();
		for (EObject root : resource.getContents()) {
			targets.addAll(targetsOf(root, resource));
		}
		return new Links(Set.copyOf(targets), lookedUp(resource), Set.copyOf(names));
	}

	/** The last names of the references written below a node (all of them from the root node). */
	private static Set<String> referenceNames(INode top) {
		Set<String> names = new HashSet<>();
		if (top != null) {
			for (INode node : top.getAsTreeIterable()) {
				if (node.getGrammarElement() instanceof CrossReference) {
					String text = NodeModelUtils.getTokenText(node);
					names.add(text.substring(text.lastIndexOf('.') + 1).replace("^", ""));
				}
			}
		}
		return names;
	}

	/** The other files that the resolved references of an object and its contents point into. */
	private Set<Path> targetsOf(EObject part, Resource self) {
		Set<Path> targets = new LinkedHashSet<>();
		List<EObject> objects = new ArrayList<>();
		objects.add(part);
		part.eAllContents().forEachRemaining(objects::add);
		for (EObject object : objects) {
			@SuppressWarnings("unchecked")
			EContentsEList.FeatureIterator<EObject> references = (EContentsEList.FeatureIterator<EObject>) ((InternalEList<EObject>) object.eCrossReferences())
					.basicIterator();
			while (references.hasNext()) {
				EObject target = references.next();
				Resource targetResource = target.eIsProxy() ? null : target.eResource();
				Path file = targetResource == null || targetResource == self ? null : files.get(targetResource.getURI());
				if (file != null) {
					targets.add(file);
				}
			}
		}
		return targets;
	}

	/** The qualified names a file looked up in the other files (Xtext's imported names, lower case). */
	private static Set<String> lookedUp(XtextResource resource) {
		Set<String> lookedUp = new HashSet<>();
		ImportedNamesAdapter recorded = ImportedNamesAdapter.find(resource);
		if (recorded != null) {
			recorded.getImportedNames().forEach(name -> lookedUp.add(name.toString()));
		}
		return Set.copyOf(lookedUp);
	}

	/**
	 * Resolves the references of an object and its contents, as linking a whole file does for all
	 * of its objects, and returns the names they looked up (also added to the file's record). The
	 * lookups are recorded apart, so that the file's record need not be read as a whole.
	 */
	private static Set<String> resolveReferences(XtextResource resource, EObject part) {
		ImportedNamesAdapter recorded = ImportedNamesAdapter.find(resource);
		ImportedNamesAdapter partRecord = new ImportedNamesAdapter();
		int at = resource.eAdapters().indexOf(recorded);
		if (recorded != null) {
			resource.eAdapters().set(at, partRecord);
		}
		try {
			for (EObject object : contentsOf(part)) {
				for (EReference reference : object.eClass().getEAllReferences()) {
					if (isCrossReference(reference) && object.eGet(reference, true) instanceof EList<?> list) {
						for (int i = 0; i < list.size(); i++) {
							list.get(i);
						}
					}
				}
			}
		} finally {
			if (recorded != null) {
				resource.eAdapters().set(at, recorded);
				recorded.getImportedNames().addAll(partRecord.getImportedNames());
			}
		}
		Set<String> names = new HashSet<>();
		partRecord.getImportedNames().forEach(name -> names.add(name.toString()));
		return names;
	}

	/** An object and all its contents, by identity. */
	private static Set<EObject> contentsOf(EObject part) {
		Set<EObject> all = Collections.newSetFromMap(new IdentityHashMap<>());
		all.add(part);
		part.eAllContents().forEachRemaining(all::add);
		return all;
	}

	private static boolean isCrossReference(EReference reference) {
		return !reference.isContainment() && !reference.isContainer() && !reference.isDerived() && !reference.isTransient() && reference.isChangeable();
	}
}
