package io.stratagem.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;

import io.stratagem.testing.CommandRun;

/** The board pack as the tests read it back: generated with {@code generate --pdf}, opened with PDFBox. */
final class BoardPacks {

	/** The sections of the pack, as its outline names them, in order. */
	static final List<String> SECTIONS = List.of("Cover", "Executive summary", "Roadmap", "KPI scorecard", "Risks", "Conformity");

	private BoardPacks() {
	}

	/** Generates the site and the board pack of {@code models} into {@code site}; returns {@code site}. */
	static Path generate(Path models, Path site) {
		CommandRun result = Cli.run("generate", models.toString(), "-o", site.toString(), "--pdf");
		assertEquals(0, result.exitCode(), result.toString());
		return site;
	}

	static PDDocument open(Path site) throws IOException {
		return Loader.loadPDF(Files.readAllBytes(site.resolve("board-pack.pdf")));
	}

	/** The top-level bookmarks: title and the index of the page each opens. */
	static Map<String, Integer> bookmarks(PDDocument pack) throws IOException {
		Map<String, Integer> pages = new LinkedHashMap<>();
		for (PDOutlineItem item : pack.getDocumentCatalog().getDocumentOutline().children()) {
			pages.put(item.getTitle(), pack.getPages().indexOf(item.findDestinationPage(pack)));
		}
		return pages;
	}

	/** The text of each section: from the page its bookmark opens to the page before the next one's. */
	static Map<String, String> sections(PDDocument pack) throws IOException {
		Map<String, Integer> starts = bookmarks(pack);
		List<String> titles = new ArrayList<>(starts.keySet());
		Map<String, String> texts = new LinkedHashMap<>();
		for (int i = 0; i < titles.size(); i++) {
			int first = starts.get(titles.get(i));
			int last = i + 1 < titles.size() ? starts.get(titles.get(i + 1)) - 1 : pack.getNumberOfPages() - 1;
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setStartPage(first + 1);
			stripper.setEndPage(Math.max(first, last) + 1);
			texts.put(titles.get(i), stripper.getText(pack));
		}
		return texts;
	}

	/**
	 * The text as one line: a table cell's text wrapped onto several lines is drawn whole before the
	 * next cell's, so a table row reads as its cells joined by spaces; a line broken after a hyphen
	 * is joined without one.
	 */
	static String flat(String text) {
		return String.join("\n", lines(text)).replaceAll("-\n", "-").replace('\n', ' ');
	}

	/** The lines of a text, trimmed, with runs of white space as one space. */
	static List<String> lines(String text) {
		return text.lines().map(line -> line.replaceAll("\\s+", " ").trim()).filter(line -> !line.isEmpty()).toList();
	}
}
