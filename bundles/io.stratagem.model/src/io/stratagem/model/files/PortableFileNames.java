package io.stratagem.model.files;

import java.util.Locale;
import java.util.regex.Pattern;

/** File names made from data (agency codes and the like) that every common file system accepts. */
public final class PortableFileNames {

	/** Names Windows reserves for devices, with or without an extension, in any case. */
	private static final Pattern RESERVED = Pattern.compile("(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\\..*)?");

	private PortableFileNames() {
	}

	/** Whether Windows refuses {@code name} as a file name: a device name, or a trailing dot or space. */
	public static boolean isReservedOnWindows(String name) {
		return RESERVED.matcher(name.toLowerCase(Locale.ROOT)).matches() || name.endsWith(".") || name.endsWith(" ");
	}

	/**
	 * {@code stem} without trailing dots and spaces, followed by an underscore when it is a device
	 * name ("con" becomes "con_"), so that {@code stem + extension} names a file everywhere.
	 */
	public static String safeStem(String stem) {
		String trimmed = stem.replaceAll("[. ]+$", "");
		if (trimmed.isEmpty()) {
			return "_";
		}
		return isReservedOnWindows(trimmed) ? trimmed + "_" : trimmed;
	}
}
