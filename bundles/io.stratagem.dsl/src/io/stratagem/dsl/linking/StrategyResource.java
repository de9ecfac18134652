/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.linking;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.resource.DefaultFragmentProvider;

/**
 * Xtext's resource, making URI fragments in time linear in the file where it makes many.
 * <p>
 * EMF computes each fragment on its own, finding the object's position in its containing list
 * with {@code indexOf}: quadratic in a file whose lists hold thousands of elements. Two steps make
 * a fragment per object: unloading, which turns every object into a proxy whose URI is its fragment
 * (so that other files' references find its successor after the file is parsed again; a tenth of a
 * language-server edit of the imported federal {@code doj.strategy}), and validation, which makes
 * one per finding (the roadmap of a 1M-element model holds 63,000 initiatives). During both, the
 * positions of long lists are found once per list ({@link ListPositions}); the fragments are the
 * texts EMF computes, which {@code StrategyResourceTest} checks against EMF's own.
 */
public class StrategyResource extends LazyLinkingResource {

	/** Positions in the file's long lists while it is unloaded or validated ({@link #withListPositions}), else null. */
	private volatile ListPositions listPositions;

	@Override
	protected void doUnload() {
		withListPositions(() -> {
			super.doUnload();
			return null;
		});
	}

	/**
	 * Runs {@code work} (unloading or validating this file) with fragments made from the positions
	 * of long lists found once per list ({@link ListPositions}) rather than searched per fragment.
	 * The fragments are EMF's, only cheaper; what was found is dropped when {@code work} returns.
	 */
	public <T> T withListPositions(Supplier<T> work) {
		ListPositions outer = listPositions;
		listPositions = new ListPositions();
		try {
			return work.get();
		} finally {
			listPositions = outer;
		}
	}

	@Override
	public String getURIFragment(EObject object) {
		ListPositions positions = listPositions;
		if (positions != null && (getFragmentProvider() == null || getFragmentProvider().getClass() == DefaultFragmentProvider.class)) {
			// while unloading, the roots have left the contents already
			String fragment = positions.fragment(unloadingContents != null ? unloadingContents : getContents(), object);
			if (fragment != null) {
				return fragment;
			}
		}
		return super.getURIFragment(object);
	}
}
