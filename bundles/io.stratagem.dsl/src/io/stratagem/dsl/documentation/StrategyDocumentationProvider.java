package io.stratagem.dsl.documentation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;
import org.eclipse.xtext.documentation.impl.MultiLineCommentDocumentationProvider;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;

import com.google.inject.Inject;

import io.stratagem.model.NamedElement;

/**
 * What an editor shows when hovering over an element or a reference to it, in Markdown: its kind
 * and qualified name, its title and description, the {@code /** ... *}{@code /} comment written
 * before it, and what its kind means (the metamodel's documentation).
 */
public class StrategyDocumentationProvider implements IEObjectDocumentationProvider {

	@Inject
	private MultiLineCommentDocumentationProvider comments;

	@Inject
	private IQualifiedNameProvider names;

	@Override
	public String getDocumentation(EObject object) {
		StringBuilder text = new StringBuilder();
		QualifiedName name = names.getFullyQualifiedName(object);
		text.append("**").append(kind(object)).append("**");
		if (name != null) {
			text.append(" `").append(name).append('`');
		}
		if (object instanceof NamedElement element) {
			if (element.getTitle() != null) {
				text.append(": ").append(element.getTitle());
			}
			if (element.getDescription() != null) {
				text.append("\n\n").append(element.getDescription());
			}
		}
		String comment = comments.getDocumentation(object);
		if (comment != null && !comment.isBlank()) {
			text.append("\n\n").append(comment.trim());
		}
		String meaning = EcoreUtil.getDocumentation(object.eClass());
		if (meaning != null) {
			text.append("\n\n---\n").append(meaning);
		}
		return text.toString();
	}

	/** The class name as words: {@code EthicsReview} becomes "Ethics review". */
	static String kind(EObject object) {
		String name = object.eClass().getName();
		if (name.equals("KPI")) {
			return "KPI";
		}
		String words = name.replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(java.util.Locale.ROOT);
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}
}
