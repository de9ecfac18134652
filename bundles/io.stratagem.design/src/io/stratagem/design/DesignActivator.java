/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.design;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.core.runtime.Plugin;
import org.eclipse.sirius.business.api.componentization.ViewpointRegistry;
import org.eclipse.sirius.viewpoint.description.Viewpoint;
import org.osgi.framework.BundleContext;

/**
 * Registers the Stratagem viewpoint with Sirius while the bundle runs. This is the only Java of
 * the viewpoint: every expression of the specification is AQL, with no Java service.
 */
public class DesignActivator extends Plugin {

	public static final String PLUGIN_ID = "io.stratagem.design";

	/** Where the viewpoint specification lives, relative to the bundles. */
	public static final String SPECIFICATION = PLUGIN_ID + "/description/stratagem.odesign";

	private final Set<Viewpoint> viewpoints = new HashSet<>();

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		viewpoints.addAll(ViewpointRegistry.getInstance().registerFromPlugin(SPECIFICATION));
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		for (Viewpoint viewpoint : viewpoints) {
			ViewpointRegistry.getInstance().disposeFromPlugin(viewpoint);
		}
		viewpoints.clear();
		super.stop(context);
	}
}
