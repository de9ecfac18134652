/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.linking;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.FeatureMapUtil;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.resource.DefaultFragmentProvider;

/**
 * Xtext's resource, unloading in time linear in the file.
 * <p>
 * Unloading turns every object into a proxy whose URI is the object's fragment, so that other
 * files' references to it find its successor after the file is parsed again. EMF computes each
 * fragment on its own, finding the object's position in its containing list with
 * {@code indexOf}: quadratic in a file whose lists hold thousands of elements (a tenth of a
 * language-server edit of the imported federal {@code doj.strategy}). Here the fragments of the
 * whole file are computed in one walk before unloading; they are the texts EMF computes (same
 * segments, same root segment), which {@code StrategyResourceTest} checks against EMF's own.
 */
public class StrategyResource extends LazyLinkingResource {

	/** The fragments of the contents being unloaded, or null outside an unload. */
	private Map<EObject, String> unloadingFragments;

	@Override
	protected void doUnload() {
		unloadingFragments = fragmentsOfContents();
		try {
			super.doUnload();
		} finally {
			unloadingFragments = null;
		}
	}

	/** Positions in the file's long lists while findings are made ({@link #withListPositions}), else null. */
	private volatile ListPositions listPositions;

	/**
	 * Runs {@code work} (validating this file) with fragments made from the positions of long lists
	 * found once per list ({@link ListPositions}) rather than searched per fragment. The fragments are
	 * EMF's, only cheaper; what was found is dropped when {@code work} returns.
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
		Map<EObject, String> fragments = unloadingFragments;
		if (fragments != null) {
			String fragment = fragments.get(object);
			if (fragment != null) {
				return fragment;
			}
		}
		ListPositions positions = listPositions;
		if (positions != null && (getFragmentProvider() == null || getFragmentProvider().getClass() == DefaultFragmentProvider.class)) {
			String fragment = positions.fragment(this, object);
			if (fragment != null) {
				return fragment;
			}
		}
		return super.getURIFragment(object);
	}

	/**
	 * The fragment of every object of the file as EMF's default would give it, or null (EMF then
	 * computes them) when a fragment provider or an ID attribute makes fragments other than paths.
	 */
	private Map<EObject, String> fragmentsOfContents() {
		if (getFragmentProvider() != null && getFragmentProvider().getClass() != DefaultFragmentProvider.class) {
			return null;
		}
		List<EObject> roots = unloadingContents != null ? unloadingContents : getContents();
		Map<EObject, String> fragments = new IdentityHashMap<>();
		for (int i = 0; i < roots.size(); i++) {
			EObject root = roots.get(i);
			String fragment = "/" + (roots.size() > 1 ? Integer.toString(i) : "");
			if (!addFragments(root, fragment, fragments)) {
				return null;
			}
		}
		return fragments;
	}

	/** Adds the fragments of an object and its contents; false if one is not a plain path. */
	private static boolean addFragments(EObject object, String fragment, Map<EObject, String> fragments) {
		if (object.eClass().getEIDAttribute() != null) {
			return false;
		}
		fragments.put(object, fragment);
		for (EReference containment : object.eClass().getEAllContainments()) {
			if (!object.eIsSet(containment)) {
				continue;
			}
			if (containment.isMany()) {
				List<?> children = (List<?>) object.eGet(containment, false);
				boolean plainIndex = containment.getEKeys().isEmpty() && !FeatureMapUtil.isFeatureMap(containment);
				for (int index = 0; index < children.size(); index++) {
					EObject child = (EObject) children.get(index);
					String segment = plainIndex ? "@" + containment.getName() + "." + index
							: ((InternalEObject) object).eURIFragmentSegment(containment, child);
					if (!addFragments(child, fragment + "/" + segment, fragments)) {
						return false;
					}
				}
			} else {
				EObject child = (EObject) object.eGet(containment, false);
				if (child != null && !addFragments(child, fragment + "/@" + containment.getName(), fragments)) {
					return false;
				}
			}
		}
		return true;
	}

}
