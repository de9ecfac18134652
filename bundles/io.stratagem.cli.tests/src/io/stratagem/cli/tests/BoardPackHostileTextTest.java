package io.stratagem.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Model strings stay text in the board pack: markup, ampersands, a name far wider than a page and
 * right-to-left text are laid out as the characters they are, never read as XHTML.
 */
class BoardPackHostileTextTest {

	private static final String LONG_NAME = "Supercalifragilistic".repeat(15);

	@TempDir
	Path dir;

	@Test
	void markupAmpersandsLongNamesAndRightToLeftTextAreShownAsText() throws Exception {
		Path models = Files.createDirectories(dir.resolve("models"));
		Files.writeString(models.resolve("x.strategy"), """
				namespace evil
				strategy S "<script>alert(1)</script> & Co" {
					horizon 2027-Q1 to 2027-Q4
				}
				usecase Long "%s" {
					stage pilot
					priority { value 5 criticality 3 riskReduction 2 effort 3 reach 10 impact 1 confidence 50%% }
				}
				usecase Hebrew "שלום עולם <b>&amp;</b>" {
					stage pilot
					priority { value 4 criticality 3 riskReduction 2 effort 3 reach 10 impact 1 confidence 50%% }
				}
				roadmap R {
					initiative I "</text><script>x</script> | *bold* & more" {
						start 2027-01
						duration 2 months
					}
				}
				""".formatted(LONG_NAME));
		Path site = BoardPacks.generate(models, dir.resolve("site"));
		try (PDDocument pack = BoardPacks.open(site)) {
			assertEquals("<script>alert(1)</script> & Co: board pack", pack.getDocumentInformation().getTitle());
			String text = BoardPacks.flat(new PDFTextStripper().getText(pack));
			assertTrue(text.contains("<script>alert(1)</script> & Co Board pack"), text);
			assertTrue(text.contains("</text><script>x</script> | *bold* & more 2027-01-01"), text);
			assertTrue(text.contains("<b>&amp;</b>"), text);
			assertTrue(text.contains("שלום") || text.contains("םולש"), "the Hebrew letters are text: " + text);
			assertTrue(text.replace(" ", "").contains(LONG_NAME), "the long name is shown whole, wrapped: " + text);
		}
	}
}
