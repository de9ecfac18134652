package io.stratagem.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import io.stratagem.testing.CommandRun;

/** {@code stratagem diagram}: both diagrams as SVG and PNG, filters, markers and clear errors. */
class DiagramCommandTest {

	private static final String SVG = "http://www.w3.org/2000/svg";

	@TempDir
	Path dir;

	@Test
	void drawsTheRoadmapOfTheExampleAsSvg() throws Exception {
		Path svg = dir.resolve("out/roadmap.svg");
		CommandRun result = Cli.run("diagram", Cli.example().toString(), "--kind", "roadmap", "-o", svg.toString());
		assertEquals(0, result.exitCode(), result.toString());
		assertTrue(result.out().startsWith("drew the roadmap acme.delivery.AcmeAIRoadmap (35 initiatives, 7 milestones) to "), result.out());
		Document document = parse(Files.readString(svg));
		assertEquals(35, count(document, "initiative"));
		assertEquals(7, count(document, "milestone"));
	}

	@Test
	void drawsAFilteredStrategyGraphAsPng() throws IOException {
		Path png = dir.resolve("graph.png");
		CommandRun result = Cli.run("diagram", Cli.example().toString(), "--kind", "strategy", "--type", "usecase,kpi", "--unit", "Claims", "-o", png.toString());
		assertEquals(0, result.exitCode(), result.toString());
		assertTrue(result.out().startsWith("drew the strategy graph ("), result.out());
		assertArrayEquals(new byte[] { (byte) 0x89, 'P', 'N', 'G' }, Arrays.copyOf(Files.readAllBytes(png), 4));
	}

	@Test
	void marksElementsThatHaveFindings() throws Exception {
		Path model = dir.resolve("model");
		Files.createDirectories(model);
		// a use case without an owner, unit or KPI draws rule warnings; the graph still shows it
		Files.writeString(model.resolve("a.strategy"), "namespace demo\n\nobjective Grow \"Grow & <prosper>\"\n\nusecase Bot \"Chat bot\" {\n\tserves Grow\n}\n");
		Path svg = dir.resolve("graph.svg");
		CommandRun result = Cli.run("diagram", model.toString(), "--kind", "strategy", "-o", svg.toString());
		assertEquals(0, result.exitCode(), result.toString());
		Document document = parse(Files.readString(svg));
		Element bot = element(document, "demo.Bot");
		assertTrue(bot.getAttribute("class").matches("node usecase marker-(error|warning)"), bot.getAttribute("class"));
		assertTrue(bot.getElementsByTagNameNS(SVG, "title").item(0).getTextContent().contains("STRAT-"), "the tooltip names the rule");
		assertEquals("node objective", element(document, "demo.Grow").getAttribute("class").replaceAll(" marker-\\w+", ""));
	}

	@Test
	void badRequestsAreClearErrorsAndWriteNothing() throws IOException {
		Path out = dir.resolve("x.svg");
		CommandRun pdf = Cli.run("diagram", Cli.example().toString(), "--kind", "roadmap", "-o", dir.resolve("x.pdf").toString());
		assertEquals(2, pdf.exitCode());
		assertTrue(pdf.err().contains("the output must end in .svg or .png"), pdf.err());
		CommandRun unit = Cli.run("diagram", Cli.example().toString(), "--kind", "strategy", "--unit", "Marketing", "-o", out.toString());
		assertEquals(2, unit.exitCode());
		assertTrue(unit.err().contains("the model has no business unit 'Marketing'; its units are: acme.org.AcmeGroup"), unit.err());
		CommandRun type = Cli.run("diagram", Cli.example().toString(), "--kind", "strategy", "--type", "usecase,initiative", "-o", out.toString());
		assertEquals(2, type.exitCode());
		assertTrue(type.err().contains("unknown element type 'initiative'; use one of objective, usecase"), type.err());
		CommandRun mixed = Cli.run("diagram", Cli.example().toString(), "--kind", "roadmap", "--type", "kpi", "-o", out.toString());
		assertEquals(2, mixed.exitCode());
		Path broken = dir.resolve("broken");
		Files.createDirectories(broken);
		Files.writeString(broken.resolve("b.strategy"), "namespace b\n\nusecase {\n");
		CommandRun parse = Cli.run("diagram", broken.toString(), "--kind", "strategy", "-o", out.toString());
		assertEquals(1, parse.exitCode(), parse.toString());
		assertTrue(parse.err().contains("b.strategy:"), parse.err());
		assertTrue(parse.err().contains("nothing drawn"), parse.err());
		assertFalse(Files.exists(out), "nothing is written on error");
	}

	private static Document parse(String svg) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
	}

	private static int count(Document document, String kind) {
		NodeList groups = document.getElementsByTagNameNS(SVG, "g");
		int count = 0;
		for (int i = 0; i < groups.getLength(); i++) {
			if ((((Element) groups.item(i)).getAttribute("class") + " ").startsWith(kind + " ")) {
				count++;
			}
		}
		return count;
	}

	private static Element element(Document document, String id) {
		NodeList groups = document.getElementsByTagNameNS(SVG, "g");
		for (int i = 0; i < groups.getLength(); i++) {
			Element group = (Element) groups.item(i);
			if (id.equals(group.getAttribute("data-element"))) {
				return group;
			}
		}
		throw new AssertionError("no element " + id);
	}
}
