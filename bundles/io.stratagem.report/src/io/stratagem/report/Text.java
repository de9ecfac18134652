package io.stratagem.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

import io.stratagem.model.Framework;
import io.stratagem.roadmap.conformity.Evidence;
import io.stratagem.roadmap.kpi.Rag;
import io.stratagem.roadmap.readiness.Readiness;

/** How the artifacts write numbers, statuses and names of things, the same on every page. */
final class Text {

	private Text() {
	}

	/** At most two decimals, no trailing zeros, empty for no value. */
	static String decimal(BigDecimal value) {
		return value == null ? "" : value.setScale(Math.min(Math.max(value.scale(), 0), 2), RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
	}

	/** "Data assets" from a class name such as "DataAsset"; a consonant and y make "ies" ("Capabilities"). */
	static String plural(String className) {
		if (className.equals("KPI")) {
			return "KPIs";
		}
		String words = className.replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
		String singular = Character.toUpperCase(words.charAt(0)) + words.substring(1);
		return singular.matches(".*[^aeiou]y") ? singular.substring(0, singular.length() - 1) + "ies" : singular + "s";
	}

	static String rag(Rag rag) {
		return switch (rag) {
		case GREEN -> "green";
		case AMBER -> "amber";
		case RED -> "red";
		case NO_DATA -> "no data";
		case UNRATED -> "unrated";
		};
	}

	static String ragCss(Rag rag) {
		return switch (rag) {
		case GREEN -> "green";
		case AMBER -> "amber";
		case RED -> "red";
		default -> "none";
		};
	}

	static String readiness(Readiness readiness) {
		return switch (readiness) {
		case READY -> "ready";
		case ON_TRACK -> "on track";
		case AT_RISK -> "at risk";
		case BLOCKED -> "blocked";
		};
	}

	/** The traffic-light class of a readiness level; on track has its own class, "track". */
	static String readinessCss(Readiness readiness) {
		return switch (readiness) {
		case READY -> "green";
		case ON_TRACK -> "track";
		case AT_RISK -> "amber";
		case BLOCKED -> "red";
		};
	}

	static String evidence(Evidence evidence) {
		return switch (evidence) {
		case EVIDENCED -> "evidenced";
		case PLANNED -> "planned";
		case MISSING -> "missing";
		};
	}

	static String evidenceCss(Evidence evidence) {
		return switch (evidence) {
		case EVIDENCED -> "green";
		case PLANNED -> "amber";
		case MISSING -> "red";
		};
	}

	static String framework(Framework framework) {
		return switch (framework) {
		case EU_AI_ACT -> "EU AI Act";
		case NIST_AI_RMF -> "NIST AI RMF";
		case ISO42001 -> "ISO/IEC 42001";
		case OMB_M2521 -> "OMB M-25-21";
		case OTHER -> "Other framework";
		};
	}

	/** The file of a framework's checklist under conformity/. */
	static String frameworkFile(Framework framework) {
		return switch (framework) {
		case EU_AI_ACT -> "eu-ai-act.html";
		case NIST_AI_RMF -> "nist-ai-rmf.html";
		case ISO42001 -> "iso-iec-42001.html";
		case OMB_M2521 -> "omb-m-25-21.html";
		case OTHER -> "other.html";
		};
	}

	/** Who a per-use-case checklist covers, as the framework calls them. */
	static String scope(Framework framework) {
		return switch (framework) {
		case EU_AI_ACT -> "high-risk use cases";
		case OMB_M2521 -> "high-impact use cases";
		default -> "";
		};
	}
}
