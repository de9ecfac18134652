package io.stratagem.workspace.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;

import io.stratagem.dsl.linking.StrategyResource;
import io.stratagem.dsl.validation.RuleCodes;
import io.stratagem.dsl.validation.StrategyResourceValidator;
import io.stratagem.dsl.validation.rules.StructureValidator;
import io.stratagem.workspace.load.OnAllCores;
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
			files.forEach(file -> findings.addAll(validate(file, models.fullyLinked())));
		} else {
			// the first file alone: what validation keeps for all files (the model's index) is made by one thread
			List<List<Finding>> perFile = new ArrayList<>(Collections.nCopies(files.size(), null));
			perFile.set(0, validate(files.get(0), true));
			// then the others, the longest text first, each thread taking the next file when done; their
			// findings are put together in the files' order, as one thread gives them
			List<Integer> others = IntStream.range(1, files.size()).boxed().toList();
			OnAllCores.forEachLargestFirst(others, i -> OnAllCores.textLength(files.get(i).getValue()), i -> perFile.set(i, validate(files.get(i), true)));
			perFile.forEach(findings::addAll);
		}
		findings.sort(Finding.ORDER);
		return findings;
	}

	/** The findings of one file; {@code linked}: every cross-reference of the model is resolved. */
	private List<Finding> validate(Map.Entry<Path, XtextResource> file, boolean linked) {
		String shown = display.show(file.getKey());
		List<Finding> findings = new ArrayList<>();
		XtextResource resource = file.getValue();
		// each finding's element is found by its URI fragment: made from list positions found once per list
		List<Issue> issues = resource instanceof StrategyResource strategy
				? strategy.withListPositions(() -> validate(strategy, linked))
				: validate(resource, linked);
		for (Issue issue : issues) {
			Finding finding = issueFindings.of(issue, shown, file.getValue());
			findings.add(RuleCodes.STRUCT_PROFILE_PROBLEM.equals(finding.code()) ? atProfileLine(issue, finding) : finding);
		}
		return findings;
	}

	private List<Issue> validate(XtextResource resource, boolean linked) {
		// a linked model's references need not be resolved again (Xtext's validator walks them all)
		return linked && validator instanceof StrategyResourceValidator strategyValidator
				? strategyValidator.validateLinked(resource, CheckMode.ALL, CancelIndicator.NullImpl)
				: validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
	}

	/**
	 * A problem of a rule profile, shown at its line of the profile rather than on the model file
	 * the validator reported it on (once for all the files the profile applies to).
	 */
	private Finding atProfileLine(Issue issue, Finding finding) {
		String[] data = issue.getData();
		if (data == null || data.length <= StructureValidator.DATA_PROFILE_LINE) {
			return finding;
		}
		try {
			int line = Integer.parseInt(data[StructureValidator.DATA_PROFILE_LINE]);
			return new Finding(finding.severity(), finding.code(), finding.message(), display.show(Path.of(data[0])), line, 1, null);
		} catch (RuntimeException e) {
			return finding; // not a path and a line: shown where it was reported
		}
	}
}
