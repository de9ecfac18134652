package io.stratagem.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The board pack's outline (bookmarks): one per section, in order, each opening its section's first page; one per framework under Conformity. */
class BoardPackOutlineTest {

	@TempDir
	Path dir;

	@Test
	void eachSectionHasOneBookmarkOpeningItsFirstPage() throws Exception {
		try (PDDocument pack = BoardPacks.open(BoardPacks.generate(Cli.example(), dir.resolve("site")))) {
			Map<String, Integer> bookmarks = BoardPacks.bookmarks(pack);
			assertEquals(BoardPacks.SECTIONS, List.copyOf(bookmarks.keySet()));
			assertEquals(0, bookmarks.get("Cover"));
			assertEquals(1, bookmarks.get("Executive summary"));
			List<Integer> pages = List.copyOf(bookmarks.values());
			for (int i = 1; i < pages.size(); i++) {
				assertEquals(true, pages.get(i) > pages.get(i - 1), "each section starts on a page of its own: " + bookmarks);
			}
		}
	}

	@Test
	void conformityHasOneBookmarkPerFramework() throws Exception {
		try (PDDocument pack = BoardPacks.open(BoardPacks.generate(Cli.example(), dir.resolve("site")))) {
			PDOutlineItem conformity = pack.getDocumentCatalog().getDocumentOutline().getLastChild();
			List<String> frameworks = new ArrayList<>();
			conformity.children().forEach(item -> frameworks.add(item.getTitle()));
			assertEquals(List.of("EU AI Act", "NIST AI RMF", "ISO/IEC 42001", "OMB M-25-21"), frameworks);
		}
	}
}
