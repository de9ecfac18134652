/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.workspace.load;

import java.util.Collection;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.linking.impl.ImportedNamesAdapter;
import org.eclipse.xtext.linking.impl.XtextLinkingDiagnostic;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.IResourceScopeCache;

import com.google.inject.Inject;
import com.google.inject.Provider;

import io.stratagem.dsl.library.BuiltInLibrary;
import io.stratagem.dsl.scoping.ExportedNamesIndex;
import io.stratagem.dsl.scoping.LinkingScopes;

/**
 * Resolves every cross-reference of a freshly loaded model set, one file per thread, after the
 * exported names are indexed ({@code ExportedNamesIndex}).
 *
 * <p>Resolving the references of one file writes to that file only: names are looked up in the
 * index, whose descriptions hold the target objects themselves (or, for the built-in library,
 * proxies into library files that are loaded and linked here first, so no thread loads a file).
 * Other threads do read each file's adapters (a file's exported names are looked up in its scope
 * cache), so the adapters linking adds to a file are made before the threads start: its scope
 * cache, and, where the set records the names each file looks up (the editing session's
 * {@code IncrementalModel}; the command line does not: {@code StrategyLinkingService}), that record.
 * Made by the first reference on a linking thread, it raced with other threads reading the file's
 * adapters (an ArrayIndexOutOfBoundsException in ConnectEditTest, once). Xtext alone links lazily,
 * one reference at a time, on one thread.
 *
 * <p>While linking, each file keeps its root's scope per reference type and what it found for each
 * name ({@link LinkingScopes}): nothing it depends on changes during the pass. It is dropped when
 * the pass ends, so that the next pass of an editing session sees the changed files and index.
 */
public class ModelLinker {

	private static final String CACHE_CREATED = ModelLinker.class.getName() + ".cacheCreated";

	@Inject
	private BuiltInLibrary library;

	@Inject
	private Provider<ImportedNamesAdapter> importedNames;

	@Inject
	private IResourceScopeCache cache;

	/**
	 * Links every resource and tells whether every reference resolved. When one does not, later
	 * readers may try it again and write to its file's diagnostics: they must then work on one thread.
	 */
	public boolean link(XtextResourceSet resourceSet, Collection<XtextResource> resources) {
		prepare(resourceSet, resources);
		resolveInParallel(resources);
		return resources.stream().allMatch(resource -> resource.getErrors().stream().noneMatch(XtextLinkingDiagnostic.class::isInstance));
	}

	/**
	 * Links {@code toLink}, files of a set whose other files ({@code all} holds every file) are
	 * already linked: what an editing session does after a change, for the files it touched
	 * ({@code io.stratagem.workspace.edit.IncrementalModel}). The library is loaded and linked once.
	 */
	public void link(XtextResourceSet resourceSet, Collection<XtextResource> all, Collection<XtextResource> toLink) {
		for (URI uri : library.uris()) {
			if (resourceSet.getResource(uri, false) == null) {
				EcoreUtil2.resolveLazyCrossReferences(resourceSet.getResource(uri, true), CancelIndicator.NullImpl);
			}
		}
		for (XtextResource resource : all) {
			cache.get(CACHE_CREATED, resource, () -> Boolean.TRUE);
		}
		recordImportedNames(resourceSet, toLink);
		resolveInParallel(toLink);
	}

	/** Resolves the references of {@code resources} on all cores, largest first, with their root scopes kept for the pass. */
	private static void resolveInParallel(Collection<XtextResource> resources) {
		LinkingScopes.attach(resources);
		try {
			OnAllCores.forEachLargestFirst(resources, OnAllCores::textLength, resource -> EcoreUtil2.resolveLazyCrossReferences(resource, CancelIndicator.NullImpl));
		} finally {
			resources.forEach(LinkingScopes::detach);
		}
	}

	/**
	 * On the caller's thread, makes what linking would otherwise make while other threads read it:
	 * the library files, loaded and linked, and each file's adapters.
	 */
	public void prepare(XtextResourceSet resourceSet, Collection<XtextResource> resources) {
		for (URI uri : library.uris()) {
			Resource file = resourceSet.getResource(uri, true);
			EcoreUtil2.resolveLazyCrossReferences(file, CancelIndicator.NullImpl);
		}
		for (XtextResource resource : resources) {
			cache.get(CACHE_CREATED, resource, () -> Boolean.TRUE);
		}
		recordImportedNames(resourceSet, resources);
	}

	/**
	 * Drops what linking left in the files of a set whose every reference resolved: the values of
	 * Xtext's per-file cache (qualified names, scopes, exported-name lookups, filled while indexing
	 * and linking) and the lazy-linking proxies' records (one per reference, read only to resolve a
	 * proxy, and none is left). At a million elements they held over 100 MB until the command
	 * ended. Exact: a cached value is made again, the same, when someone asks for it, and a file
	 * linked again ({@code relink}) records its proxies afresh. The cache stays attached to each
	 * file, so no thread adds an adapter to a file another thread reads.
	 */
	public void forgetLinkingState(Collection<XtextResource> resources) {
		for (XtextResource resource : resources) {
			cache.clear(resource);
			if (resource instanceof LazyLinkingResource lazy) {
				lazy.clearLazyProxyInformation();
			}
		}
	}

	/** Gives each file its record of imported names now, on this thread, where the set keeps one. */
	private void recordImportedNames(XtextResourceSet resourceSet, Collection<XtextResource> resources) {
		if (!ExportedNamesIndex.recordsImportedNames(resourceSet)) {
			return;
		}
		for (XtextResource resource : resources) {
			if (ImportedNamesAdapter.find(resource) == null) {
				resource.eAdapters().add(importedNames.get());
			}
		}
	}
}
