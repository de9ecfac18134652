package io.stratagem.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.google.inject.Inject;

import io.stratagem.dsl.library.BuiltInLibrary;
import io.stratagem.workspace.load.ModelSet;
import io.stratagem.workspace.report.Finding;

/** The roadmap artifacts of a validated model set, as the command line and the Maven plugin write them. */
public class RoadmapArtifacts {

	@Inject
	private SiteGenerator generator;

	@Inject
	private BuiltInLibrary library;

	/** The files to write, by relative path, with the findings on their pages. */
	public Map<String, String> of(ModelSet models, List<Finding> findings) {
		return generator.generate(new ArrayList<>(models.resources().values()), library.requirements(models.resourceSet()), findings);
	}

	/**
	 * The board pack, {@link BoardPack#FILE}: the same figures as the site, as one PDF. Made only when
	 * asked for: openhtmltopdf and PDFBox are needed on the class path only then (the Maven plugin
	 * does not ship them).
	 */
	public byte[] boardPack(ModelSet models, List<Finding> findings) {
		return new BoardPack().render(new ArrayList<>(models.resources().values()), library.requirements(models.resourceSet()), findings);
	}
}
