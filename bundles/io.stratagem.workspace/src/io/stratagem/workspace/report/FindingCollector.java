package io.stratagem.workspace.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;

import io.stratagem.dsl.validation.IssueElements;
import io.stratagem.dsl.validation.RuleCodes;
import io.stratagem.dsl.validation.rules.StructureValidator;
import io.stratagem.model.NamedElement;
import io.stratagem.workspace.load.ModelSet;
import io.stratagem.workspace.load.PathDisplay;

/** Validates every file of a model set and turns Xtext issues into findings. */
public class FindingCollector {

	@Inject
	private IResourceValidator validator;

	@Inject
	private IQualifiedNameProvider names;

	@Inject
	private PathDisplay display;

	/** Every finding of the model set, load problems included, in compiler order. */
	public List<Finding> collect(ModelSet models) {
		List<Finding> findings = new ArrayList<>(models.loadFindings());
		List<Map.Entry<Path, XtextResource>> files = List.copyOf(models.resources().entrySet());
		if (!models.fullyLinked() || files.size() < 2) {
			// an unresolved reference is tried again by whoever reads it, writing to its file: one thread then
			files.forEach(file -> findings.addAll(validate(file)));
		} else {
			// the first file alone: what validation keeps for all files (the model's index) is made by one thread
			findings.addAll(validate(files.get(0)));
			files.subList(1, files.size()).parallelStream().map(this::validate).forEachOrdered(findings::addAll);
		}
		findings.sort(Finding.ORDER);
		return findings;
	}

	private List<Finding> validate(Map.Entry<Path, XtextResource> file) {
		String shown = display.show(file.getKey());
		List<Finding> findings = new ArrayList<>();
		for (Issue issue : validator.validate(file.getValue(), CheckMode.ALL, CancelIndicator.NullImpl)) {
			findings.add(toFinding(issue, shown, file.getValue()));
		}
		return findings;
	}

	private Finding toFinding(Issue issue, String file, XtextResource resource) {
		Severity severity = Severity.of(issue.getSeverity());
		if (RuleCodes.STRUCT_PROFILE_PROBLEM.equals(issue.getCode())) {
			Finding atProfileLine = atProfileLine(issue, severity);
			if (atProfileLine != null) {
				return atProfileLine;
			}
		}
		int line = issue.getLineNumber() == null ? 0 : issue.getLineNumber();
		int column = issue.getColumn() == null ? 0 : issue.getColumn();
		return new Finding(severity, CoreCodes.of(issue.getCode()), issue.getMessage(), file, line, column, elementOf(issue, resource));
	}

	/**
	 * A problem of a rule profile, shown at its line of the profile rather than on the model file
	 * the validator reported it on (once for all the files the profile applies to).
	 */
	private Finding atProfileLine(Issue issue, Severity severity) {
		String[] data = issue.getData();
		if (data == null || data.length <= StructureValidator.DATA_PROFILE_LINE) {
			return null;
		}
		try {
			int line = Integer.parseInt(data[StructureValidator.DATA_PROFILE_LINE]);
			return new Finding(severity, issue.getCode(), issue.getMessage(), display.show(Path.of(data[0])), line, 1, null);
		} catch (RuntimeException e) {
			return null; // not a path and a line: shown where it was reported
		}
	}

	/** The qualified name of the named element the issue is about, or of its nearest named container. */
	private String elementOf(Issue issue, XtextResource resource) {
		NamedElement element = IssueElements.namedElementOf(issue, resource);
		QualifiedName name = element == null ? null : names.getFullyQualifiedName(element);
		return name == null ? null : name.toString();
	}
}
