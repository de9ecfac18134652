package io.stratagem.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same model gives the same board pack, byte for byte: no clock, no random document ID. Its
 * dates are the model's "as of" date, the day of the example's latest KPI measurement.
 */
class BoardPackReproducibleTest {

	@TempDir
	Path dir;

	@Test
	void twoRunsWriteTheSameBytes() throws Exception {
		byte[] first = Files.readAllBytes(BoardPacks.generate(Cli.example(), dir.resolve("a")).resolve("board-pack.pdf"));
		byte[] second = Files.readAllBytes(BoardPacks.generate(Cli.example(), dir.resolve("b")).resolve("board-pack.pdf"));
		assertArrayEquals(first, second);
	}

	@Test
	void theDocumentIsDatedByTheModel() throws Exception {
		try (PDDocument pack = BoardPacks.open(BoardPacks.generate(Cli.example(), dir.resolve("site")))) {
			PDDocumentInformation info = pack.getDocumentInformation();
			assertEquals(Instant.parse("2027-12-31T00:00:00Z"), info.getCreationDate().toInstant());
			assertEquals(Instant.parse("2027-12-31T00:00:00Z"), info.getModificationDate().toInstant());
			assertEquals("Acme Insurance AI Strategy 2027-2029: board pack", info.getTitle());
			assertEquals("Stratagem", info.getProducer());
		}
	}
}
