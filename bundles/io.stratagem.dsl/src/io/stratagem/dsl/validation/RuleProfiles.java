/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.validation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;

import com.google.inject.Singleton;

/**
 * Finds the rule profile of a model file: the nearest {@code stratagem.properties} in the file's
 * folder or a parent folder. Files that are not on disk (for example in-memory test resources)
 * get the {@link RuleProfile#DEFAULT default profile}. Profiles are cached by path and
 * modification time, so an edited profile applies at the next validation.
 */
@Singleton
public class RuleProfiles {

	private record Cached(FileTime modified, RuleProfile profile) {
	}

	private final Map<Path, Cached> cache = new ConcurrentHashMap<>();

	private volatile Path override;

	/**
	 * Uses one profile file for every model, instead of looking for the nearest one (the command
	 * line's {@code --profile}); null goes back to the lookup.
	 */
	public void useProfile(Path file) {
		override = file == null ? null : file.toAbsolutePath().normalize();
	}

	/** The profile that applies to a resource. */
	public RuleProfile profileFor(Resource resource) {
		if (override != null) {
			return load(override);
		}
		Path file = profileFile(resource == null ? null : resource.getURI());
		return file == null ? RuleProfile.DEFAULT : load(file);
	}

	/** The profile file that applies to a model URI, or null. */
	public Path profileFile(URI uri) {
		if (uri == null || !uri.isFile()) {
			return null;
		}
		try {
			Path folder = Paths.get(uri.toFileString()).toAbsolutePath().getParent();
			for (Path dir = folder; dir != null; dir = dir.getParent()) {
				Path candidate = dir.resolve(RuleProfile.FILE_NAME);
				if (Files.isRegularFile(candidate)) {
					return candidate;
				}
			}
		} catch (RuntimeException e) {
			return null;
		}
		return null;
	}

	private RuleProfile load(Path file) {
		try {
			FileTime modified = Files.getLastModifiedTime(file);
			Cached cached = cache.get(file);
			if (cached != null && cached.modified().equals(modified)) {
				return cached.profile();
			}
			RuleProfile profile = RuleProfile.parse(file.toString(), Files.readString(file));
			cache.put(file, new Cached(modified, profile));
			return profile;
		} catch (IOException e) {
			return RuleProfile.parse(file.toString(), "# unreadable\n" + "cannot read the file: " + e.getMessage());
		}
	}
}
