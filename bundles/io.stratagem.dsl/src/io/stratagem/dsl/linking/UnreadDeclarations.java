/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.linking;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.IResourceScopeCache;

import com.google.inject.Inject;
import com.google.inject.Singleton;

import io.stratagem.dsl.services.StrategyGrammarAccess;
import io.stratagem.model.NamedElement;

/**
 * The names that text the model set could not read or parse would declare: a file that is not
 * UTF-8 or too large, or the part of a file the parser skipped after a syntax error. A reference to
 * such a name is not reported as unresolved ({@link StrategyLinkingDiagnosticMessages}): the one
 * finding on that file (not UTF-8, too large, the syntax error) says why, so one mistake gives one
 * finding, not one per reference into the file.
 * <p>
 * The names are read from the text by a scan that knows only braces, strings, comments and the
 * keywords that declare an element (read from the grammar): enough to name what the file declares
 * without parsing it. A loader that links on several threads {@linkplain #install installs} the
 * names first; otherwise (the language server) they are read, and cached, per file with syntax
 * errors when a reference does not resolve.
 */
@Singleton
public class UnreadDeclarations {

	/** Load option of a resource set: the {@link Installed} names, read before linking. */
	private static final String INSTALLED = UnreadDeclarations.class.getName() + ".installed";

	private static final String CACHE_KEY = UnreadDeclarations.class.getName() + ".unparsed";

	/** The names, and how many references to them were not reported. */
	private record Installed(Set<String> names, AtomicInteger explained) {
	}

	private final Set<String> elementKeywords = new HashSet<>();

	private final Set<String> nestedKeywords = new HashSet<>();

	@Inject
	private IResourceScopeCache cache;

	@Inject
	UnreadDeclarations(StrategyGrammarAccess grammar) {
		for (Assignment assignment : EcoreUtil2.getAllContentsOfType(grammar.getGrammar(), Assignment.class)) {
			if ("name".equals(assignment.getFeature()) && assignment.eContainer() instanceof Group group) {
				List<AbstractElement> elements = group.getElements();
				int index = elements.indexOf(assignment);
				if (index > 0 && elements.get(index - 1) instanceof Keyword keyword) {
					nestedKeywords.add(keyword.getValue());
				}
			}
		}
		for (RuleCall call : EcoreUtil2.getAllContentsOfType(grammar.getElementRule(), RuleCall.class)) {
			if (call.getRule().getAlternatives() instanceof Group group && group.getElements().get(0) instanceof Keyword keyword) {
				elementKeywords.add(keyword.getValue());
			}
		}
		// an element keyword declares only at the top of a file (skill, data and unit also appear inside blocks)
		nestedKeywords.removeAll(elementKeywords);
	}

	/**
	 * Before linking on several threads: the names declared by the texts of files that could not be
	 * read (read leniently by the caller) and by the parts of the parsed files that the parser
	 * skipped.
	 */
	public void install(ResourceSet resourceSet, Collection<? extends CharSequence> unreadTexts, Collection<XtextResource> parsed) {
		Set<String> names = new HashSet<>();
		unreadTexts.forEach(text -> names.addAll(declaredIn(text)));
		for (XtextResource resource : parsed) {
			names.addAll(unparsed(resource));
		}
		resourceSet.getLoadOptions().put(INSTALLED, new Installed(Set.copyOf(names), new AtomicInteger()));
	}

	/** How many references to unread names were not reported in an {@linkplain #install installed} set. */
	public int explained(ResourceSet resourceSet) {
		return resourceSet.getLoadOptions().get(INSTALLED) instanceof Installed installed ? installed.explained().get() : 0;
	}

	/** Whether an unresolved reference with this text, from this object, names an element that unread text declares. */
	public boolean explains(EObject context, String linkText) {
		Resource resource = context == null ? null : context.eResource();
		ResourceSet resourceSet = resource == null ? null : resource.getResourceSet();
		if (resourceSet == null || linkText == null) {
			return false;
		}
		String name = linkText.substring(linkText.lastIndexOf('.') + 1).replace("^", "");
		if (resourceSet.getLoadOptions().get(INSTALLED) instanceof Installed installed) {
			boolean explained = installed.names().contains(name);
			if (explained) {
				installed.explained().incrementAndGet();
			}
			return explained;
		}
		for (Resource other : new ArrayList<>(resourceSet.getResources())) {
			if (other instanceof XtextResource file && unparsed(file).contains(name)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The names that a file with syntax errors declares in text that did not become elements
	 * (none for a file that parsed); cached until it changes. An editing session that links again
	 * only what a change touches reads them to know which references a change explains or no longer explains.
	 */
	public Set<String> unparsed(XtextResource resource) {
		if (resource.getParseResult() == null || !resource.getParseResult().hasSyntaxErrors()) {
			return Set.of();
		}
		return cache.get(CACHE_KEY, resource, () -> {
			Set<String> names = declaredIn(resource.getParseResult().getRootNode().getText());
			resource.getAllContents().forEachRemaining(object -> {
				if (object instanceof NamedElement element) {
					names.remove(element.getName());
				}
			});
			return Set.copyOf(names);
		});
	}

	/** The names that the text declares, read by a scan of braces, strings, comments and declaring keywords. */
	Set<String> declaredIn(CharSequence text) {
		Set<String> names = new HashSet<>();
		int depth = 0;
		String declaring = null;
		int length = text.length();
		int i = 0;
		while (i < length) {
			char c = text.charAt(i);
			if (c == '"' || c == '\'') {
				i = skipString(text, i);
				declaring = null;
			} else if (c == '/' && i + 1 < length && text.charAt(i + 1) == '/') {
				while (i < length && text.charAt(i) != '\n') {
					i++;
				}
			} else if (c == '/' && i + 1 < length && text.charAt(i + 1) == '*') {
				int end = indexOf(text, "*/", i + 2);
				i = end < 0 ? length : end + 2;
			} else if (c == '^' || Character.isLetter(c) || c == '_') {
				int start = c == '^' ? i + 1 : i;
				i = start;
				while (i < length && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
					i++;
				}
				String word = text.subSequence(start, i).toString();
				if (declaring != null) {
					names.add(word);
					declaring = null;
				} else if (depth == 0 && elementKeywords.contains(word) || nestedKeywords.contains(word)) {
					declaring = word;
				}
			} else {
				if (c == '{') {
					depth++;
				} else if (c == '}') {
					depth = Math.max(0, depth - 1);
				}
				if (!Character.isWhitespace(c)) {
					declaring = null;
				}
				i++;
			}
		}
		return names;
	}

	private static int skipString(CharSequence text, int open) {
		char quote = text.charAt(open);
		int i = open + 1;
		while (i < text.length() && text.charAt(i) != quote) {
			i += text.charAt(i) == '\\' ? 2 : 1;
		}
		return i + 1;
	}

	private static int indexOf(CharSequence text, String what, int from) {
		for (int i = from; i + what.length() <= text.length(); i++) {
			if (text.subSequence(i, i + what.length()).toString().equals(what)) {
				return i;
			}
		}
		return -1;
	}
}
