/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.scoping;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;

/**
 * Indexes the names that a set of parsed files export, once, as Xtext's standalone builder does.
 * Without it, each cross-reference is looked up in every file of the set, which made linking
 * quadratic in the number of files (100k elements in 127 files: minutes instead of seconds).
 */
public final class ExportedNamesIndex {

	private ExportedNamesIndex() {
	}

	/** Load option naming a resource set indexed once by {@link #install}, with no incremental builder. */
	private static final String INSTALLED = ExportedNamesIndex.class.getName() + ".installed";

	/** Whether the set's names come from this index: no builder then asks which names each file imported. */
	public static boolean isInstalled(ResourceSet resourceSet) {
		return resourceSet != null && Boolean.TRUE.equals(resourceSet.getLoadOptions().get(INSTALLED));
	}

	/** Load option naming an indexed resource set whose files record the names they look up all the same. */
	private static final String RECORDING = ExportedNamesIndex.class.getName() + ".recordingImportedNames";

	/**
	 * Makes the files of an indexed set record the names each looks up (Xtext's imported names), as
	 * for an incremental builder: an editing session that links again only the files a change
	 * touches reads them to know which files do.
	 */
	public static void recordImportedNames(ResourceSet resourceSet) {
		resourceSet.getLoadOptions().put(RECORDING, Boolean.TRUE);
	}

	/** Whether the files of the set record the names they look up (not recorded for an indexed set unless asked). */
	public static boolean recordsImportedNames(ResourceSet resourceSet) {
		return resourceSet == null || !isInstalled(resourceSet) || Boolean.TRUE.equals(resourceSet.getLoadOptions().get(RECORDING));
	}

	public static void install(XtextResourceSet resourceSet, Collection<XtextResource> resources) {
		resourceSet.getLoadOptions().put(INSTALLED, Boolean.TRUE);
		List<IResourceDescription> descriptions = new ArrayList<>();
		for (XtextResource resource : resources) {
			descriptions.add(resource.getResourceServiceProvider().getResourceDescriptionManager().getResourceDescription(resource));
		}
		ResourceDescriptionsData.ResourceSetAdapter.installResourceDescriptionsData(resourceSet, new ResourceDescriptionsData(descriptions));
	}
}
