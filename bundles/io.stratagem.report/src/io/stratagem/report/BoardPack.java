package io.stratagem.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Calendar;
import java.util.Comparator;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TimeZone;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.eclipse.emf.ecore.resource.Resource;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

import io.stratagem.diagram.Markers;
import io.stratagem.diagram.render.DiagramExport;
import io.stratagem.diagram.roadmap.RoadmapDiagram;
import io.stratagem.diagram.roadmap.RoadmapLayout;
import io.stratagem.model.FrameworkRequirement;
import io.stratagem.model.KPI;
import io.stratagem.model.Measurement;
import io.stratagem.model.Objective;
import io.stratagem.model.Roadmap;
import io.stratagem.model.Strategy;
import io.stratagem.model.time.StrategyDate;
import io.stratagem.roadmap.ModelElements;
import io.stratagem.roadmap.conformity.Evidence;
import io.stratagem.roadmap.conformity.FrameworkChecklist;
import io.stratagem.roadmap.conformity.UseCaseChecklist;
import io.stratagem.roadmap.kpi.KpiStatus;
import io.stratagem.workspace.report.Finding;
import io.stratagem.workspace.report.Severity;

/**
 * The board pack, {@code board-pack.pdf}: what leaders take to the board, in one PDF. A cover, an
 * executive summary (objectives, portfolio, top risks, conformity per framework, key findings), the
 * roadmap Gantt, the KPI scorecard with trend charts against target, the risk heat maps and the
 * conformity checklists per framework, each section a bookmark.
 *
 * <p>The figures are the site's: the engine runs once through {@link SiteGenerator#analyse} and
 * the pack reads the same views as the site's pages (overview, portfolio, scorecard, risks,
 * conformity), so a figure in the pack is the figure on the site. The pack's own templates
 * ({@code templates/board-pack/}) escape every model string like the site's. openhtmltopdf lays the
 * XHTML out and PDFBox writes it, in pure Java: no browser. Charts are drawn as PNG images by the
 * diagram painters ({@link DiagramExport#png}) and {@link TrendChart}, because openhtmltopdf draws
 * SVG only through Batik, which the build does not take (docs/board-pack.md).
 *
 * <p>The same model gives the same bytes: the document's dates are the model's "as of" date (its
 * latest KPI measurement), its ID is a digest of the content, and the only font, Liberation Sans,
 * is the one PDFBox ships in its jar, embedded as a subset; no system font is read.
 */
public class BoardPack {

	/** The file {@code stratagem generate --pdf} writes next to the site. */
	public static final String FILE = "board-pack.pdf";

	/** The font PDFBox ships in its jar (SIL Open Font License), the pack's only font. */
	static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

	static final String FONT_FAMILY = "Liberation Sans";

	private static final String COMMONS_LOGGING_FACTORY = "org.apache.commons.logging.LogFactory";

	/** Held here: java.util.logging keeps its loggers only weakly, and with them their level. */
	private static final java.util.logging.Logger TYPE1_FONT_LOG = java.util.logging.Logger.getLogger("org.apache.pdfbox.pdmodel.font.PDType1Font");

	/** How many rows a summary list shows before it refers to the site. */
	private static final int SUMMARY_ROWS = 8;

	/** How many open risks the risks section lists; the site lists all. */
	private static final int RISK_ROWS = 40;

	/** How many of a requirement's controls a checklist row names; the site's checklist names all. */
	private static final int CONTROLS_PER_REQUIREMENT = 3;

	/** The room for the Gantt chart on an A4 landscape page under the section's heading (board-pack.css). */
	private static final double GANTT_WIDTH_MM = 269;
	private static final double GANTT_HEIGHT_MM = 148;

	private final SiteGenerator site = new SiteGenerator();
	private final Templates templates = new Templates();

	/**
	 * The PDF of the board pack.
	 *
	 * @param resources   the user's model files
	 * @param catalogue   every framework requirement (the built-in library)
	 * @param diagnostics the validation findings
	 */
	public byte[] render(List<Resource> resources, List<FrameworkRequirement> catalogue, List<Finding> diagnostics) {
		return render(site.analyse(resources, catalogue, diagnostics));
	}

	/** The PDF of the board pack of a model the site's engine has analysed, for a site made from the same analysis. */
	byte[] render(SiteModel model) {
		Optional<LocalDate> asOf = asOf(model);
		return pdf(html(model, asOf), asOf);
	}

	/** The pack as XHTML, the input of the layout. */
	String html(SiteModel model, Optional<LocalDate> asOf) {
		Map<String, Object> view = new HashMap<>();
		Strategy strategy = model.strategy();
		view.put("css", Templates.resource("board-pack/board-pack.css"));
		view.put("title", strategy == null ? "AI strategy" : ModelElements.label(strategy));
		view.put("asOf", asOf.map(LocalDate::toString).orElse("no dated fact"));
		view.put("roadmapSummary", SiteGenerator.roadmapSummary(model.schedule()));
		view.put("errors", model.count("error"));
		view.put("warnings", model.count("warning"));
		view.put("infos", model.count("info"));
		summary(model, view);
		roadmap(model, view);
		kpis(model, view);
		risks(model, view);
		conformity(model, view);
		return templates.render("board-pack/pack", view);
	}

	// ------------------------------------------------------------------ sections

	private void summary(SiteModel model, Map<String, Object> view) {
		Map<String, Object> overview = site.overview(model, ReadinessBoard.view(model), Map.of());
		view.put("vision", overview.get("vision"));
		view.put("horizon", overview.get("horizon"));
		view.put("counts", overview.get("counts"));
		view.put("ragCounts", overview.get("ragCounts"));
		view.put("readinessCounts", overview.get("readinessCounts"));
		view.put("coverage", overview.get("coverage"));
		putList(view, "topRisks", (List<?>) overview.get("topRisks"));
		List<String> objectives = model.model().all(Objective.class).stream().map(ModelElements::label).toList();
		view.put("objectives", objectives.stream().limit(SUMMARY_ROWS).toList());
		view.put("moreObjectives", objectives.size() > SUMMARY_ROWS ? objectives.size() - SUMMARY_ROWS : null);
		List<?> ranked = (List<?>) site.portfolio(model).get("rows");
		putList(view, "topUseCases", ranked.stream().limit(5).toList());
		view.put("keyFindings", keyFindings(model.diagnostics()));
		view.put("moreFindings", model.diagnostics().isEmpty() ? null : model.diagnostics().size());
	}

	/**
	 * The errors and warnings by code, errors first, then the most frequent: each with how many
	 * findings it has and its first message, so thousands of findings read as a few lines.
	 */
	static List<Map<String, Object>> keyFindings(List<Finding> diagnostics) {
		Map<String, List<Finding>> byCode = new java.util.LinkedHashMap<>();
		diagnostics.stream().filter(f -> f.severity() != Severity.INFO)
				.forEach(f -> byCode.computeIfAbsent(f.severity().label() + " " + Objects.toString(f.code(), ""), k -> new ArrayList<>()).add(f));
		return byCode.values().stream()
				.sorted(Comparator.comparing((List<Finding> l) -> l.get(0).severity() == Severity.ERROR ? 0 : 1)
						.thenComparing(Comparator.comparing((List<Finding> l) -> l.size()).reversed())
						.thenComparing(l -> Objects.toString(l.get(0).code(), "")))
				.limit(SUMMARY_ROWS)
				.map(l -> Map.<String, Object>of("severity", l.get(0).severity().label(), "code", Objects.toString(l.get(0).code(), ""), "count", l.size(),
						"findings", l.size() == 1 ? "finding" : "findings", "message", l.get(0).message()))
				.toList();
	}

	private void roadmap(SiteModel model, Map<String, Object> view) {
		Map<String, Object> page = site.roadmapPage(model);
		putList(view, "rows", (List<?>) page.get("rows"));
		putList(view, "conflicts", (List<?>) page.get("conflicts"));
		List<String> criticalPath = model.schedule() == null ? List.of() : model.schedule().criticalPath().stream().map(ModelElements::label).toList();
		view.put("criticalPath", java.util.stream.IntStream.range(0, criticalPath.size())
				.mapToObj(i -> Map.of("name", criticalPath.get(i), "more", i < criticalPath.size() - 1)).toList());
		if (model.schedule() == null) {
			return;
		}
		Roadmap roadmap = model.model().all(Roadmap.class).stream().findFirst().orElse(null);
		RoadmapDiagram diagram = new RoadmapLayout().layout(roadmap, model.schedule(), Markers.of(model.diagnostics()));
		view.put("gantt", base64(DiagramExport.png(diagram)));
		// the whole chart on one page: scaled to the page's width, or to its height when the chart is tall
		double millimetresPerPixel = Math.min(GANTT_WIDTH_MM / diagram.width(), GANTT_HEIGHT_MM / diagram.height());
		view.put("ganttSize", String.format(Locale.ROOT, "width: %.1fmm; height: %.1fmm", diagram.width() * millimetresPerPixel,
				diagram.height() * millimetresPerPixel));
	}

	private void kpis(SiteModel model, Map<String, Object> view) {
		List<Map<String, Object>> rows = new ArrayList<>();
		List<Map<String, Object>> siteRows = site.kpiRows(model.kpis());
		for (int i = 0; i < siteRows.size(); i++) {
			Map<String, Object> row = new HashMap<>(siteRows.get(i));
			KpiStatus status = model.kpis().get(i);
			row.put("chart", TrendChart.png(status.kpi()).map(BoardPack::base64).orElse(null));
			rows.add(row);
		}
		// the site's rows, named for the scorecard's table ("rows" is the schedule's)
		view.put("kpiRows", rows);
		view.put("hasKpiRows", !rows.isEmpty());
	}

	private void risks(SiteModel model, Map<String, Object> view) {
		// the site's heat-map tables, scales and colours included
		view.put("heatMaps", List.of(site.heatMap("Inherent", model.riskProfile().inherent()), site.heatMap("Residual", model.riskProfile().residual())));
		List<Map<String, Object>> open = model.riskProfile().scores().stream().filter(s -> !SiteGenerator.closed(s.risk())).sorted(SiteGenerator.RISK_ORDER)
				.map(site::riskRow).toList();
		putList(view, "risks", open.stream().limit(RISK_ROWS).toList());
		view.put("moreRisks", open.size() > RISK_ROWS ? open.size() - RISK_ROWS : null);
	}

	private void conformity(SiteModel model, Map<String, Object> view) {
		List<Map<String, Object>> frameworks = new ArrayList<>();
		for (int i = 0; i < model.checklists().size(); i++) {
			FrameworkChecklist checklist = model.checklists().get(i);
			Map<String, Object> section = new HashMap<>(model.frameworks().get(i).view());
			section.put("anchor", "framework-" + Text.frameworkFile(checklist.framework()).replace(".html", ""));
			section.put("first", i == 0);
			section.put("scope", Text.scope(checklist.framework()));
			section.put("perUseCase", !Text.scope(checklist.framework()).isEmpty());
			section.put("organisation", ConformityPages.items(checklist.organisation(), true).stream().map(BoardPack::fewControls).toList());
			List<Map<String, Object>> useCases = new ArrayList<>();
			for (UseCaseChecklist useCase : checklist.useCases()) {
				useCases.add(Map.of("label", ModelElements.label(useCase.useCase()), "evidenced", useCase.count(Evidence.EVIDENCED), "planned",
						useCase.count(Evidence.PLANNED), "missing", useCase.count(Evidence.MISSING), "total", useCase.items().size()));
			}
			putList(section, "useCases", useCases);
			frameworks.add(section);
		}
		view.put("frameworks", frameworks);
	}

	/** A checklist row with its first controls only: an inventory can name thousands for one requirement. */
	private static Map<String, Object> fewControls(Map<String, Object> item) {
		List<?> controls = (List<?>) item.get("controls");
		Map<String, Object> row = new HashMap<>(item);
		row.put("controls", controls.stream().limit(CONTROLS_PER_REQUIREMENT).toList());
		row.put("moreControls", controls.size() > CONTROLS_PER_REQUIREMENT ? controls.size() - CONTROLS_PER_REQUIREMENT : null);
		return row;
	}

	// ------------------------------------------------------------------ PDF

	/** Lays the XHTML out into a PDF with fixed metadata, so the same pack gives the same bytes. */
	static byte[] pdf(String html, Optional<LocalDate> asOf) {
		// openhtmltopdf logs through java.util.logging to standard error by default; the CLI reports itself.
		XRLog.setLoggingEnabled(false);
		// PDFBox logs through commons-logging, which would pick Log4j API (GLSP's, without a provider: it
		// prints an error line on standard error); its own factory logs warnings through java.util.logging.
		if (System.getProperty(COMMONS_LOGGING_FACTORY) == null) {
			System.setProperty(COMMONS_LOGGING_FACTORY, "org.apache.commons.logging.impl.LogFactoryImpl");
		}
		// openhtmltopdf prepares the PDF base-14 fonts; PDFBox warns that Symbol falls back to another font.
		// The pack uses only its embedded font (BoardPackPagesRenderTest), so the warning is noise.
		TYPE1_FONT_LOG.setLevel(java.util.logging.Level.SEVERE);
		try (PDDocument document = new PDDocument()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePDDocument(document);
			builder.withProducer("Stratagem");
			builder.useFont(BoardPack::font, FONT_FAMILY, 400, FontStyle.NORMAL, true);
			// Liberation Sans ships only its regular face: bold text uses it too rather than a system font.
			builder.useFont(BoardPack::font, FONT_FAMILY, 700, FontStyle.NORMAL, true);
			builder.withHtmlContent(html, null);
			try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
				renderer.layout();
				renderer.createPDFWithoutClosing();
			}
			PDDocumentInformation info = document.getDocumentInformation();
			info.setProducer("Stratagem");
			info.setCreator("Stratagem board pack");
			asOf.map(BoardPack::calendar).ifPresent(date -> {
				info.setCreationDate(date);
				info.setModificationDate(date);
			});
			byte[] id = Arrays.copyOf(sha256(html), 16);
			COSArray ids = new COSArray();
			ids.add(new COSString(id));
			ids.add(new COSString(id));
			document.getDocument().getTrailer().setItem(COSName.ID, ids);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static InputStream font() {
		InputStream in = PDDocument.class.getResourceAsStream(FONT);
		if (in == null) {
			throw new IllegalStateException(FONT + " is missing from the PDFBox jar");
		}
		return in;
	}

	/** The latest dated fact of the model: its latest KPI measurement, else the start of the strategy's horizon. */
	static Optional<LocalDate> asOf(SiteModel model) {
		Optional<LocalDate> measured = model.model().all(KPI.class).stream().flatMap(k -> k.getMeasurements().stream()).map(Measurement::getDate)
				.filter(Objects::nonNull).map(StrategyDate::lastDay).max(Comparator.naturalOrder());
		if (measured.isPresent() || model.strategy() == null || model.strategy().getHorizonStart() == null) {
			return measured;
		}
		return Optional.of(model.strategy().getHorizonStart().firstDay());
	}

	private static Calendar calendar(LocalDate day) {
		GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
		calendar.clear();
		calendar.set(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth(), 0, 0, 0);
		return calendar;
	}

	private static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String base64(byte[] png) {
		return Base64.getEncoder().encodeToString(png);
	}

	/** A list for a template with its "hasName" flag, so an empty list shows no empty table. */
	private static void putList(Map<String, Object> view, String name, List<?> list) {
		view.put(name, list);
		view.put("has" + Character.toUpperCase(name.charAt(0)) + name.substring(1), !list.isEmpty());
	}
}
