package io.stratagem.workspace.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;

import io.stratagem.workspace.load.ModelSet;
import io.stratagem.workspace.load.PathDisplay;

/** Validates every file of a model set and turns Xtext issues into findings. */
public class FindingCollector {

	@Inject
	private IResourceValidator validator;

	@Inject
	private IssueFindings issueFindings;

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
			findings.add(issueFindings.of(issue, shown, file.getValue()));
		}
		return findings;
	}
}
