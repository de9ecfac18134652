package io.stratagem.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every page of the example's board pack renders (PDFBox's own renderer, as a reader would open
 * it); the first page of each section (cover, executive summary, roadmap...) is written as PNG into
 * {@code target/screenshots} for the note. The pack embeds its one font, so it reads the
 * same on every machine.
 */
class BoardPackPagesRenderTest {

	@TempDir
	Path dir;

	@Test
	void everyPageRendersAndEachSectionsFirstPageIsSavedAsAScreenshot() throws Exception {
		Path site = BoardPacks.generate(Cli.example(), dir.resolve("site"));
		Path screenshots = Files.createDirectories(Paths.get(System.getProperty("stratagem.screenshots", "target/screenshots")));
		try (PDDocument pack = BoardPacks.open(site)) {
			Map<String, Integer> sections = BoardPacks.bookmarks(pack);
			PDFRenderer renderer = new PDFRenderer(pack);
			for (int page = 0; page < pack.getNumberOfPages(); page++) {
				BufferedImage image = renderer.renderImageWithDPI(page, 60);
				assertTrue(image.getWidth() > image.getHeight() && image.getWidth() > 600, "page " + (page + 1) + " is drawn, in landscape");
			}
			for (Map.Entry<String, String> shot : Map.of("Cover", "board-pack-cover.png", "Executive summary", "board-pack-summary.png", "Roadmap",
					"board-pack-roadmap.png", "KPI scorecard", "board-pack-kpis.png", "Risks", "board-pack-risks.png", "Conformity", "board-pack-conformity.png")
					.entrySet()) {
				Path file = screenshots.resolve(shot.getValue());
				ImageIO.write(renderer.renderImageWithDPI(sections.get(shot.getKey()), 110), "png", file.toFile());
				assertTrue(Files.size(file) > 10_000, file + " is a picture of the page");
			}
		}
	}

	@Test
	void theOnlyFontIsLiberationSansEmbeddedAsASubset() throws Exception {
		Path site = BoardPacks.generate(Cli.example(), dir.resolve("site"));
		try (PDDocument pack = BoardPacks.open(site)) {
			java.util.Set<String> fonts = new java.util.TreeSet<>();
			for (PDPage page : pack.getPages()) {
				for (org.apache.pdfbox.cos.COSName name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					assertTrue(font.isEmbedded(), font.getName() + " is embedded");
					fonts.add(font.getName().substring(font.getName().indexOf('+') + 1));
				}
			}
			assertEquals(java.util.Set.of("LiberationSans"), fonts);
		}
	}
}
