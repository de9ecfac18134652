/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.workbench.services;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;

import io.stratagem.diagram.DiagramSource;
import io.stratagem.diagram.Markers;
import io.stratagem.diagram.render.DiagramExport;
import io.stratagem.diagram.roadmap.RoadmapDiagram;
import io.stratagem.diagram.roadmap.RoadmapLayout;
import io.stratagem.diagram.strategy.GraphFilter;
import io.stratagem.diagram.strategy.StrategyGraph;
import io.stratagem.diagram.strategy.StrategyGraphLayout;
import io.stratagem.model.Roadmap;
import io.stratagem.report.OutputFolder;
import io.stratagem.report.RoadmapArtifacts;
import io.stratagem.roadmap.ModelElements;
import io.stratagem.workspace.load.ModelSet;
import io.stratagem.workspace.load.ModelSetLoader;
import io.stratagem.workspace.report.Finding;
import io.stratagem.workspace.report.FindingCollector;
import io.stratagem.workspace.report.IssueFindings;
import io.stratagem.workspace.report.Severity;

/**
 * What the workbench's commands do with the models of one project folder, with the services of
 * the command line: the same loader, validator, roadmap artifacts and diagrams, so the workbench
 * and {@code stratagem validate|generate|diagram} give the same results.
 */
public class ProjectModels {

	/** The folder of a project that receives the roadmap site. */
	public static final String SITE_FOLDER = "site";

	/** The folder of a project that receives exported diagrams. */
	public static final String DIAGRAM_FOLDER = "diagrams";

	@Inject
	private ModelSetLoader loader;

	@Inject
	private IResourceValidator validator;

	@Inject
	private FindingCollector collector;

	@Inject
	private RoadmapArtifacts artifacts;

	@Inject
	private IssueFindings issueFindings;

	public ModelSet load(Path folder) {
		return loader.load(List.of(folder));
	}

	/** Every finding of the models with its place in its file: unreadable files, syntax, links and the rule catalogue. */
	public List<Finding> problems(ModelSet models) {
		List<Finding> problems = new ArrayList<>(models.loadFindings());
		for (Map.Entry<Path, XtextResource> entry : models.resources().entrySet()) {
			for (Issue issue : validator.validate(entry.getValue(), CheckMode.ALL, CancelIndicator.NullImpl)) {
				// the file by its absolute path: markers find the workspace file from it
				problems.add(issueFindings.of(issue, entry.getKey().toString(), entry.getValue()));
			}
		}
		return problems;
	}

	/**
	 * Writes the roadmap site, as {@code stratagem generate -o <folder>/site} does: nothing is
	 * written while the models have errors, or when the site folder is not Stratagem's
	 * ({@link OutputFolder.RefusedException}).
	 *
	 * @return the number of files written
	 * @throws ModelErrorsException when the models have errors, naming the first ones
	 */
	public int generateSite(ModelSet models, Path folder) throws IOException, ModelErrorsException {
		List<Finding> findings = collector.collect(models);
		List<Finding> errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
		if (!errors.isEmpty()) {
			throw new ModelErrorsException("nothing generated", errors);
		}
		Map<String, String> files = artifacts.of(models, findings.stream().map(f -> relative(f, folder)).toList());
		OutputFolder.replace(folder.resolve(SITE_FOLDER), files, List.of(folder));
		return files.size();
	}

	/** Site pages name files from the project folder, not from the root of the disk. */
	private static Finding relative(Finding finding, Path folder) {
		Path file = Paths.get(finding.file());
		if (!file.isAbsolute() || !file.startsWith(folder)) {
			return finding;
		}
		String shown = folder.relativize(file).toString().replace('\\', '/');
		return new Finding(finding.severity(), finding.code(), finding.message(), shown, finding.line(), finding.column(), finding.element(), finding.offset(),
				finding.length());
	}

	/**
	 * Writes both diagrams as SVG and PNG into {@code <folder>/diagrams} (the roadmap only when the
	 * models have one; the first, as {@code stratagem diagram} without --roadmap). The folder is an
	 * output folder: new or empty, or one Stratagem wrote ({@link OutputFolder}). Nothing is drawn
	 * from a model that is not whole, as on the command line ({@link DiagramSource}).
	 *
	 * @return the files written
	 * @throws DiagramSource.IncompleteModel when a file could not be read, parsed or linked
	 */
	public List<Path> exportDiagrams(ModelSet models, Path folder) throws IOException, DiagramSource.IncompleteModel {
		// the findings of each element, marked in the diagrams as the command line marks them
		DiagramSource source = DiagramSource.of(models, collector.collect(models));
		Markers markers = source.markers();
		List<EObject> roots = source.roots();
		Map<String, byte[]> files = new LinkedHashMap<>();
		List<Roadmap> roadmaps = ModelElements.of(roots).all(Roadmap.class);
		if (!roadmaps.isEmpty()) {
			RoadmapDiagram roadmap = new RoadmapLayout().layout(roadmaps.get(0), markers);
			files.put("roadmap.svg", DiagramExport.svg(roadmap).getBytes(StandardCharsets.UTF_8));
			files.put("roadmap.png", DiagramExport.png(roadmap));
		}
		StrategyGraph graph = new StrategyGraphLayout().layout(roots, GraphFilter.all(), markers);
		files.put("strategy.svg", DiagramExport.svg(graph).getBytes(StandardCharsets.UTF_8));
		files.put("strategy.png", DiagramExport.png(graph));
		Path target = folder.resolve(DIAGRAM_FOLDER);
		OutputFolder.replaceBytes(target, files, List.of(folder));
		return files.keySet().stream().map(target::resolve).toList();
	}

}
