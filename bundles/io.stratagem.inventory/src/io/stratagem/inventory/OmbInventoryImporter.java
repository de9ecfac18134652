package io.stratagem.inventory;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.conversion.IValueConverterService;

import com.google.inject.Inject;

import io.stratagem.dsl.writer.StrategyWriter;
import io.stratagem.model.Framework;
import io.stratagem.model.files.PortableFileNames;
import io.stratagem.model.time.StrategyDate;

/**
 * Turns the federal AI use case inventory (CSV) into one .strategy file per agency: a namespace
 * per agency, business units from the bureaus, one use case per row, and one control per
 * reported minimum practice of OMB M-25-21; each use case states the frameworks that apply to a
 * US federal agency ({@link InventoryMapping#FRAMEWORKS}). Every field of every row is kept: mapped onto a
 * feature when its value maps exactly, else as a property under its column name.
 */
public class OmbInventoryImporter {

	/** What an import produced. */
	public record Result(Map<String, String> files, List<InventoryFinding> findings, Map<String, Integer> rowsPerAgency) {

		public int rows() {
			return rowsPerAgency.values().stream().mapToInt(Integer::intValue).sum();
		}
	}

	/** Raised when the file is not an inventory: its header does not have the 36 columns. */
	public static class NotAnInventoryException extends IOException {
		private static final long serialVersionUID = 1L;

		NotAnInventoryException(String message) {
			super(message);
		}
	}

	@Inject
	private IValueConverterService converters;

	@Inject
	private ValidSelections validSelections;

	@Inject
	private OmbPractices practices;

	private java.util.Set<String> keywords;

	@Inject
	void setGrammar(IGrammarAccess grammar) {
		keywords = GrammarUtil.getAllKeywords(grammar.getGrammar());
	}

	public Result read(Reader csv) throws IOException {
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
		Map<String, AgencyFile> agencies = new TreeMap<>();
		List<InventoryFinding> findings = new ArrayList<>();
		Map<String, Integer> firstRowOfId = new HashMap<>(); // ids are meant to be unique across agencies
		try (CSVParser parser = format.parse(csv)) {
			checkHeader(parser.getHeaderNames());
			for (CSVRecord record : parser) {
				int row = (int) record.getRecordNumber() + 1;
				if (record.size() != InventoryColumns.ALL.size()) {
					findings.add(new InventoryFinding(InventoryFinding.RAGGED_ROW, row, "", "the row has " + record.size()
							+ " fields instead of " + InventoryColumns.ALL.size() + "; missing fields are read as empty"));
				}
				Map<String, String> values = new LinkedHashMap<>();
				for (String column : InventoryColumns.ALL) {
					values.put(column, record.isSet(column) ? record.get(column) : "");
				}
				String agency = values.get(InventoryColumns.AGENCY);
				agencies.computeIfAbsent(agency, a -> new AgencyFile(a, values.get(InventoryColumns.AGENCY_NAME))).add(row, values, firstRowOfId, findings);
			}
		} catch (IllegalStateException | java.io.UncheckedIOException e) {
			throw new IOException("cannot read the inventory: " + e.getMessage(), e);
		}
		Map<String, String> files = new TreeMap<>();
		Map<String, Integer> rowsPerAgency = new TreeMap<>();
		java.util.Set<String> segments = new java.util.HashSet<>();
		for (AgencyFile agency : agencies.values()) {
			agency.segment = agency.uniqueSegment(segments);
			files.put(agency.fileName(), agency.text());
			rowsPerAgency.put(agency.agency, agency.useCases.size());
		}
		findings.sort(java.util.Comparator.comparingInt(InventoryFinding::row).thenComparingInt(f -> InventoryColumns.ALL.indexOf(f.column())));
		return new Result(files, findings, rowsPerAgency);
	}

	private static void checkHeader(List<String> header) throws NotAnInventoryException {
		List<String> missing = new ArrayList<>(InventoryColumns.ALL);
		missing.removeAll(header);
		List<String> unexpected = new ArrayList<>(header);
		unexpected.removeAll(InventoryColumns.ALL);
		if (!missing.isEmpty() || !unexpected.isEmpty()) {
			throw new NotAnInventoryException("the header is not the 2025 inventory's 36 columns"
					+ (missing.isEmpty() ? "" : "; missing: " + String.join(", ", missing))
					+ (unexpected.isEmpty() ? "" : "; unexpected: " + String.join(", ", unexpected)));
		}
	}

	/** The elements of one agency's file, gathered row by row and written at the end. */
	private final class AgencyFile {

		final String agency;
		final String agencyName;
		final Identifiers names = new Identifiers(keywords);
		final String agencyUnit;
		final Map<String, String> bureaus = new LinkedHashMap<>();
		final Map<String, String> contacts = new LinkedHashMap<>();
		final Map<String, String> vendors = new LinkedHashMap<>();
		final List<String> useCases = new ArrayList<>();

		AgencyFile(String agency, String agencyName) {
			this.agency = agency;
			this.agencyName = agencyName;
			this.agencyUnit = names.fromId(agency, "Agency");
		}

		/** Leads names made from ids that start with no letter, such as "34". */
		private String agencyPrefix() {
			String prefix = agency.replaceAll("[^A-Za-z0-9]", "");
			return prefix.isEmpty() || !Character.isLetter(prefix.charAt(0)) ? "UseCase" : prefix;
		}

		/** The namespace segment and file name, set once every agency is known. */
		String segment;

		/** The segment, made safe where it is a device name on Windows ("con" is written to con_.strategy). */
		String fileName() {
			return PortableFileNames.safeStem(segment) + ".strategy";
		}

		/**
		 * Letters and digits of the agency code, so that no code can name a path; codes that differ
		 * only in case or punctuation ("DOJ", "D.O.J.") get a numbered segment rather than one file.
		 */
		String uniqueSegment(java.util.Set<String> taken) {
			String base = agency.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
			base = base.isEmpty() || !Character.isLetter(base.charAt(0)) ? "agency" + base : base;
			base = base.length() > 48 ? base.substring(0, 48) : base;
			String candidate = base;
			for (int n = 2; !taken.add(candidate); n++) {
				candidate = base + "_" + n;
			}
			return candidate;
		}

		void add(int row, Map<String, String> values, Map<String, Integer> firstRowOfId, List<InventoryFinding> findings) {
			Map<String, String> properties = new LinkedHashMap<>();
			String id = values.get(InventoryColumns.ID);
			String name = useCaseName(row, id, firstRowOfId, findings);
			StrategyWriter text = new StrategyWriter(converters);
			text.open("usecase", name, values.get(InventoryColumns.USE_CASE_NAME));
			if (!agencyName.equals(values.get(InventoryColumns.AGENCY_NAME))) {
				properties.put(InventoryColumns.AGENCY_NAME, values.get(InventoryColumns.AGENCY_NAME));
			}
			String bureau = values.get(InventoryColumns.AGENCY_BUREAU);
			text.item("unit " + (bureau.isEmpty() ? agencyUnit : bureaus.computeIfAbsent(bureau, b -> names.fromWords(b, "Bureau"))));
			text.item("frameworks " + InventoryMapping.FRAMEWORKS.stream().map(Framework::getLiteral).collect(Collectors.joining(", ")));
			mapped(text, properties, row, values, findings);
			for (String column : InventoryColumns.ALL) {
				if (InventoryColumns.isPractice(column) || handled(column)) {
					continue;
				}
				String value = values.get(column);
				checkSelection(row, column, value, findings);
				if (!value.isEmpty() && !(InventoryColumns.LISTS.contains(column) && value.equals(InventoryColumns.EMPTY_LIST))) {
					properties.put(column, value);
				}
			}
			if (!id.isEmpty()) {
				text.property(InventoryColumns.ID, id);
			}
			text.property(InventoryMapping.ROW_PROPERTY, Integer.toString(row));
			properties.forEach(text::property);
			text.close();
			practiceControls(text, name, row, values, findings);
			useCases.add(text.toString());
		}

		private String useCaseName(int row, String id, Map<String, Integer> firstRowOfId, List<InventoryFinding> findings) {
			if (id.isEmpty()) {
				String name = names.fromId(agencyPrefix() + "_row_" + row, "UseCase");
				findings.add(new InventoryFinding(InventoryFinding.EMPTY_ID, row, InventoryColumns.ID, "empty id: the use case is named " + name));
				return name;
			}
			Integer first = firstRowOfId.putIfAbsent(id, row);
			String name = names.fromId(id, agencyPrefix());
			if (first != null) {
				findings.add(new InventoryFinding(InventoryFinding.REPEATED_ID, row, InventoryColumns.ID,
						"id " + id + " repeats row " + first + ": the use case is named " + name));
			}
			return name;
		}

		/** Columns with a feature; a value that does not map exactly stays a property. */
		private void mapped(StrategyWriter text, Map<String, String> properties, int row, Map<String, String> values, List<InventoryFinding> findings) {
			String stage = values.get(InventoryColumns.DEVELOPMENT_STAGE);
			if (InventoryMapping.STAGES.containsKey(stage)) {
				text.item("stage " + InventoryMapping.STAGES.get(stage).getLiteral());
			} else {
				keep(properties, row, InventoryColumns.DEVELOPMENT_STAGE, stage, findings);
			}
			String classification = values.get(InventoryColumns.CLASSIFICATION);
			if (InventoryMapping.TECHNIQUES.containsKey(classification)) {
				text.item("technique " + InventoryMapping.TECHNIQUES.get(classification).getLiteral());
			} else {
				keep(properties, row, InventoryColumns.CLASSIFICATION, classification, findings);
			}
			String highImpact = values.get(InventoryColumns.IS_HIGH_IMPACT);
			if (highImpact.equals(InventoryMapping.HIGH_IMPACT)) {
				text.item("highImpact yes");
			} else if (highImpact.equals(InventoryMapping.NOT_HIGH_IMPACT)) {
				text.item("highImpact no");
			} else {
				if (validSelections.isValid(InventoryColumns.IS_HIGH_IMPACT, highImpact) && !highImpact.isEmpty()) {
					text.item("highImpact no"); // presumed high-impact, determined not: kept verbatim too
				}
				keep(properties, row, InventoryColumns.IS_HIGH_IMPACT, highImpact, findings);
			}
			String pii = values.get(InventoryColumns.HAS_PII);
			if (pii.equals(InventoryMapping.YES) || pii.equals(InventoryMapping.NO)) {
				text.item("personalData " + (pii.equals(InventoryMapping.YES) ? "yes" : "no"));
			} else {
				keep(properties, row, InventoryColumns.HAS_PII, pii, findings);
			}
			String topic = values.get(InventoryColumns.TOPIC_AREA);
			checkSelection(row, InventoryColumns.TOPIC_AREA, topic, findings);
			text.text("topic", topic);
			text.text("purpose", values.get(InventoryColumns.PROBLEM_SOLVED));
			text.text("benefits", values.get(InventoryColumns.BENEFITS));
			text.text("outputs", values.get(InventoryColumns.SYSTEM_OUTPUTS));
			String date = values.get(InventoryColumns.OPERATIONAL_DATE);
			if (isCanonicalDate(date)) {
				text.item("deployment " + date);
			} else if (!date.isEmpty()) {
				properties.put(InventoryColumns.OPERATIONAL_DATE, date);
			}
			String vendor = values.get(InventoryColumns.VENDOR_NAME);
			if (!vendor.isEmpty()) {
				text.item("partners " + vendors.computeIfAbsent(vendor, v -> names.fromWords(v, "Vendor")));
			}
			String email = values.get(InventoryColumns.CONTACT_EMAIL);
			if (!email.isEmpty()) {
				text.item("owner " + contacts.computeIfAbsent(email, e -> names.fromId("Contact_" + e.split("@")[0], "Contact")));
			}
		}

		private void keep(Map<String, String> properties, int row, String column, String value, List<InventoryFinding> findings) {
			checkSelection(row, column, value, findings);
			if (!value.isEmpty()) {
				properties.put(column, value);
			}
		}

		private void checkSelection(int row, String column, String value, List<InventoryFinding> findings) {
			if (!validSelections.isValid(column, value)) {
				findings.add(new InventoryFinding(InventoryFinding.INVALID_SELECTION, row, column,
						"'" + value + "' is not a valid selection of the data dictionary; kept verbatim"));
			}
		}

		private boolean handled(String column) {
			return switch (column) {
			case InventoryColumns.AGENCY, InventoryColumns.AGENCY_NAME, InventoryColumns.ID, InventoryColumns.USE_CASE_NAME,
					InventoryColumns.AGENCY_BUREAU, InventoryColumns.CONTACT_EMAIL, InventoryColumns.DEVELOPMENT_STAGE,
					InventoryColumns.IS_HIGH_IMPACT, InventoryColumns.TOPIC_AREA, InventoryColumns.CLASSIFICATION,
					InventoryColumns.PROBLEM_SOLVED, InventoryColumns.BENEFITS, InventoryColumns.SYSTEM_OUTPUTS,
					InventoryColumns.OPERATIONAL_DATE, InventoryColumns.VENDOR_NAME, InventoryColumns.HAS_PII -> true;
			default -> false;
			};
		}

		/** One control per reported practice, applying to the use case and satisfying the library's practice. */
		private void practiceControls(StrategyWriter text, String useCase, int row, Map<String, String> values, List<InventoryFinding> findings) {
			for (String column : InventoryColumns.ALL) {
				if (!InventoryColumns.isPractice(column)) {
					continue;
				}
				String value = values.get(column);
				checkSelection(row, column, value, findings);
				if (value.isEmpty() || (InventoryColumns.LISTS.contains(column) && value.equals(InventoryColumns.EMPTY_LIST))) {
					continue;
				}
				OmbPractices.Practice practice = practices.forColumn(column);
				text.blank();
				text.open("control", names.fromId(useCase + "_" + practice.name(), "Control"), practice.title());
				text.item("status " + InventoryMapping.controlStatus(column, value));
				text.item("satisfies " + practice.qualifiedName());
				text.item("applies to " + useCase);
				text.property(column, value);
				text.close();
			}
		}

		String text() {
			StrategyWriter head = new StrategyWriter(converters);
			head.line("// " + agencyName + " (" + agency + "): AI use cases of the 2025 US federal AI use case inventory.");
			head.line("// Imported by stratagem import omb-inventory; every field is kept, see docs/inventory.md.");
			head.line("namespace federal." + segment);
			head.blank();
			head.open("unit", agencyUnit, agencyName).property(InventoryMapping.AGENCY_PROPERTY, agency).close();
			for (Map.Entry<String, String> bureau : bureaus.entrySet()) {
				head.blank().open("unit", bureau.getValue(), bureau.getKey()).item("part of " + agencyUnit).close();
			}
			for (Map.Entry<String, String> contact : contacts.entrySet()) {
				head.blank().open("role", contact.getValue(), null).text("email", contact.getKey()).close();
			}
			for (Map.Entry<String, String> vendor : vendors.entrySet()) {
				head.blank().open("partner", vendor.getValue(), vendor.getKey()).item("kind vendor").close();
			}
			StringBuilder file = new StringBuilder(head.toString());
			for (String useCase : useCases) {
				file.append('\n').append(useCase);
			}
			return file.toString();
		}
	}

	private static boolean isCanonicalDate(String text) {
		if (text.isEmpty()) {
			return false;
		}
		try {
			return StrategyDate.parse(text).toString().equals(text);
		} catch (IllegalArgumentException e) {
			return false;
		}
	}
}
