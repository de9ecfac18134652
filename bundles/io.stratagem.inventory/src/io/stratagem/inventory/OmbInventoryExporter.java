package io.stratagem.inventory;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.emf.ecore.resource.Resource;

import io.stratagem.model.BusinessUnit;
import io.stratagem.model.Control;
import io.stratagem.model.LifecycleStage;
import io.stratagem.model.NamedElement;
import io.stratagem.model.Partner;
import io.stratagem.model.Property;
import io.stratagem.model.UseCase;

/**
 * Writes use cases back in the inventory's 36-column schema. A property named after a column
 * wins (it holds the value exactly as imported); otherwise the value is derived from the model's
 * features, so hand-written models export too. Imported use cases keep their original row order.
 */
public class OmbInventoryExporter {

	/** One row per use case of the resources, in inventory order. */
	public List<Map<String, String>> rows(List<Resource> resources) {
		List<UseCase> useCases = new ArrayList<>();
		Map<UseCase, List<Control>> controls = new HashMap<>();
		for (Resource resource : resources) {
			resource.getAllContents().forEachRemaining(object -> {
				if (object instanceof UseCase useCase) {
					useCases.add(useCase);
				} else if (object instanceof Control control) {
					control.getUseCases().forEach(u -> controls.computeIfAbsent(u, k -> new ArrayList<>()).add(control));
				}
			});
		}
		Comparator<UseCase> order = Comparator.comparingInt(OmbInventoryExporter::inventoryRow);
		List<Map<String, String>> rows = new ArrayList<>();
		for (UseCase useCase : useCases.stream().sorted(order).toList()) {
			rows.add(row(useCase, controls.getOrDefault(useCase, List.of())));
		}
		return rows;
	}

	/** Writes the header and the rows as UTF-8 CSV text (the caller writes the byte-order mark). */
	public void write(List<Map<String, String>> rows, Writer out) throws IOException {
		CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').setHeader(InventoryColumns.ALL.toArray(String[]::new)).get();
		try (CSVPrinter printer = new CSVPrinter(out, format)) {
			for (Map<String, String> row : rows) {
				printer.printRecord(InventoryColumns.ALL.stream().map(column -> row.getOrDefault(column, "")).toList());
			}
		}
	}

	private Map<String, String> row(UseCase useCase, List<Control> controls) {
		Map<String, String> row = new LinkedHashMap<>();
		BusinessUnit unit = useCase.getUnit();
		BusinessUnit agency = agencyOf(unit);
		row.put(InventoryColumns.AGENCY, agency == null ? "" : property(agency, InventoryMapping.AGENCY_PROPERTY, agency.getName()));
		row.put(InventoryColumns.AGENCY_NAME, agency == null ? "" : text(agency.getTitle()));
		row.put(InventoryColumns.ID, property(useCase, InventoryColumns.ID, property(useCase, InventoryMapping.ROW_PROPERTY, null) == null ? useCase.getName() : ""));
		row.put(InventoryColumns.USE_CASE_NAME, text(useCase.getTitle()));
		row.put(InventoryColumns.AGENCY_BUREAU, unit == null || unit == agency ? "" : text(unit.getTitle()));
		row.put(InventoryColumns.CONTACT_EMAIL, useCase.getOwner() == null ? "" : text(useCase.getOwner().getEmail()));
		row.put(InventoryColumns.DEVELOPMENT_STAGE, useCase.getStage() == LifecycleStage.IDEA ? "" : InventoryMapping.labelOf(InventoryMapping.STAGES, useCase.getStage()));
		row.put(InventoryColumns.IS_HIGH_IMPACT, useCase.getHighImpact() == null ? "" : useCase.getHighImpact() ? InventoryMapping.HIGH_IMPACT : InventoryMapping.NOT_HIGH_IMPACT);
		row.put(InventoryColumns.TOPIC_AREA, text(useCase.getTopicArea()));
		row.put(InventoryColumns.CLASSIFICATION, useCase.eIsSet(io.stratagem.model.StratagemPackage.Literals.USE_CASE__TECHNIQUE)
				? InventoryMapping.labelOf(InventoryMapping.TECHNIQUES, useCase.getTechnique()) : "");
		row.put(InventoryColumns.PROBLEM_SOLVED, text(useCase.getPurpose()));
		row.put(InventoryColumns.BENEFITS, text(useCase.getBenefits()));
		row.put(InventoryColumns.SYSTEM_OUTPUTS, text(useCase.getOutputs()));
		row.put(InventoryColumns.OPERATIONAL_DATE, useCase.getDeployment() == null ? "" : useCase.getDeployment().toString());
		row.put(InventoryColumns.VENDOR_NAME, useCase.getPartners().stream().map(OmbInventoryExporter::titleOrName).collect(Collectors.joining("; ")));
		row.put(InventoryColumns.HAS_PII, useCase.getPersonalData() == null ? "" : useCase.getPersonalData() ? InventoryMapping.YES : InventoryMapping.NO);
		for (String column : InventoryColumns.ALL) {
			String value = property(useCase, column, null);
			if (value != null && !column.equals(InventoryColumns.ID)) {
				row.put(column, value); // kept verbatim by the import
			}
			if (InventoryColumns.isPractice(column)) {
				row.put(column, controls.stream().map(c -> property(c, column, null)).filter(v -> v != null).findFirst()
						.orElse(InventoryColumns.LISTS.contains(column) ? InventoryColumns.EMPTY_LIST : ""));
			}
			row.putIfAbsent(column, InventoryColumns.LISTS.contains(column) ? InventoryColumns.EMPTY_LIST : "");
		}
		return row;
	}

	private static BusinessUnit agencyOf(BusinessUnit unit) {
		BusinessUnit top = unit;
		for (int depth = 0; top != null && top.getParent() != null && depth < 100; depth++) {
			top = top.getParent();
		}
		return top;
	}

	private static int inventoryRow(UseCase useCase) {
		String row = property(useCase, InventoryMapping.ROW_PROPERTY, null);
		try {
			return row == null ? Integer.MAX_VALUE : Integer.parseInt(row);
		} catch (NumberFormatException e) {
			return Integer.MAX_VALUE;
		}
	}

	private static String property(NamedElement element, String key, String fallback) {
		for (Property property : element.getProperties()) {
			if (key.equals(property.getKey())) {
				return property.getValue();
			}
		}
		return fallback;
	}

	private static String titleOrName(Partner partner) {
		return partner.getTitle() != null ? partner.getTitle() : partner.getName();
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}
}
