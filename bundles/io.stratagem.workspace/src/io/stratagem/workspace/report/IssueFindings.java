package io.stratagem.workspace.report;

import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;

import io.stratagem.dsl.validation.IssueElements;
import io.stratagem.dsl.validation.SourceCodes;
import io.stratagem.model.NamedElement;

/**
 * The one mapping from an Xtext issue to a {@link Finding}, for the command line, the workbench,
 * the server and the diagrams alike. The parser, the linker and the rules give the STRAT codes
 * themselves, so the code passes through ({@link #codeOf} only guards a code-less issue).
 */
public class IssueFindings {

	@Inject
	private IQualifiedNameProvider names;

	/**
	 * The finding of one issue of a file.
	 *
	 * @param file     the file as the finding should show it
	 * @param resource the file's resource, to name the element the issue is about
	 */
	public Finding of(Issue issue, String file, XtextResource resource) {
		return of(issue, file, elementOf(issue, resource));
	}

	/** The finding of one issue of a file, about the element with this qualified name (or none). */
	public static Finding of(Issue issue, String file, String element) {
		int line = issue.getLineNumber() == null ? 0 : issue.getLineNumber();
		int column = issue.getColumn() == null ? 0 : issue.getColumn();
		int offset = issue.getOffset() == null ? -1 : issue.getOffset();
		int length = issue.getLength() == null ? 0 : issue.getLength();
		return new Finding(Severity.of(issue.getSeverity()), codeOf(issue.getCode()), issue.getMessage(), file, line, column, element, offset, length);
	}

	/** The qualified name of the named element the issue is about, or of its nearest named container; null when none. */
	public String elementOf(Issue issue, XtextResource resource) {
		NamedElement element = IssueElements.namedElementOf(issue, resource);
		QualifiedName name = element == null ? null : names.getFullyQualifiedName(element);
		return name == null ? null : name.toString();
	}

	/**
	 * The code to show for an issue's code: Stratagem's codes pass through unchanged; an issue
	 * without one of them (none is known to reach a report) shows {@link SourceCodes#OTHER}, never a Java name.
	 */
	private static String codeOf(String issueCode) {
		return issueCode != null && issueCode.startsWith("STRAT-") ? issueCode : SourceCodes.OTHER;
	}
}
