package io.stratagem.inventory;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Inject;
import com.google.inject.Provider;
import com.google.inject.Singleton;

import io.stratagem.dsl.library.BuiltInLibrary;
import io.stratagem.model.FrameworkRequirement;
import io.stratagem.model.Property;

/**
 * The OMB M-25-21 practices of the built-in library, by the inventory column that reports each
 * (the {@code inventoryColumn} property of the library's requirements).
 */
@Singleton
public class OmbPractices {

	/** A practice of the library. */
	public record Practice(String qualifiedName, String name, String title) {
	}

	private final Map<String, Practice> byColumn = new LinkedHashMap<>();

	@Inject
	OmbPractices(BuiltInLibrary library, Provider<XtextResourceSet> resourceSets) {
		XtextResourceSet resourceSet = resourceSets.get();
		for (URI uri : library.uris()) {
			if (!uri.lastSegment().startsWith("omb-")) {
				continue;
			}
			Resource resource = resourceSet.getResource(uri, true);
			resource.getAllContents().forEachRemaining(object -> {
				if (object instanceof FrameworkRequirement requirement) {
					for (Property property : requirement.getProperties()) {
						if ("inventoryColumn".equals(property.getKey())) {
							byColumn.put(property.getValue(),
									new Practice("stratagem.omb." + requirement.getName(), requirement.getName(), requirement.getTitle()));
						}
					}
				}
			});
		}
		if (byColumn.isEmpty()) {
			throw new IllegalStateException("the built-in OMB M-25-21 library maps no inventory column");
		}
	}

	/** The practice a hi_* column reports, or null. */
	public Practice forColumn(String column) {
		return byColumn.get(column);
	}
}
