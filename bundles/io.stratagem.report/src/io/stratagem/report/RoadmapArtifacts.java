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
		return generator.generate(generator.analyse(new ArrayList<>(models.resources().values()), library.requirements(models.resourceSet()), findings,
				models.fullyLinked()));
	}

	/**
	 * The files of {@link #of} in UTF-8 and the board pack, {@link BoardPack#FILE}, from one run of
	 * the engine, so the pack's figures are the site's. openhtmltopdf and PDFBox are needed on the
	 * class path only here (the Maven plugin does not ship them).
	 */
	public Map<String, byte[]> withBoardPack(ModelSet models, List<Finding> findings) {
		SiteModel site = generator.analyse(new ArrayList<>(models.resources().values()), library.requirements(models.resourceSet()), findings,
				models.fullyLinked());
		Map<String, byte[]> files = OutputFolder.utf8(generator.generate(site));
		files.put(BoardPack.FILE, new BoardPack().render(site));
		return files;
	}
}
