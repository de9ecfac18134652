package io.stratagem.cli.tests;

import static io.stratagem.cli.tests.SiteFiles.byClass;
import static io.stratagem.cli.tests.SiteFiles.children;
import static io.stratagem.cli.tests.SiteFiles.parseXml;
import static io.stratagem.cli.tests.SiteFiles.texts;
import static io.stratagem.testing.ProjectFiles.files;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/**
 * The readiness board and the readiness of a use case's page on the bundled example: the four
 * levels explained and counted, each gap with its level, and what would make each use case ready.
 */
class SiteReadinessTest {

	@TempDir
	static Path dir;

	private static Map<String, String> site;

	@BeforeAll
	static void generate() throws Exception {
		site = files(Cli.generateExample(dir.resolve("site")));
	}

	/** Before issue 21 all 13 use cases were "at risk" and the levels were ready, at risk and missing. */
	@Test
	void boardExplainsAndCountsTheFourLevels() throws Exception {
		Element page = page("readiness.html");
		assertEquals(List.of("ready: nothing left to do.", "on track: something is still to be done, and an initiative or a dated plan does it before go-live.",
				"at risk: something is still to be done and nothing planned does it before go-live, or a gap that does not stop the use case.",
				"blocked: the use case may not go live, or go on running, until it is done: an obligation unmet while it is in use (a deployed or piloted system), or a hard stop such as a rejected ethics review."),
				texts(byClass(page, "ul", "readiness-levels").get(0).getElementsByTagName("li")));
		List<String> totals = byClass(page, "span", "rag").stream().map(Element::getTextContent).filter(t -> t.contains(": ")).toList();
		assertEquals(List.of("ready: 0", "on track: 7", "at risk: 6", "blocked: 0"), totals);
		assertEquals("on track: 7", byClass(parseXml(site.get("index.html")).getDocumentElement(), "span", "track").get(0).getTextContent());
	}

	/** ClaimsCorrespondence goes live in 2028-01; its vendor-exit controls come with ModelPortability by 2028-06-30. */
	@Test
	void boardSaysWhatWouldMakeEachUseCaseReady() throws Exception {
		Element board = byClass(page("readiness.html"), "table", "board").get(0);
		assertEquals(List.of("Use case", "Overall", "Data", "Skills", "Capabilities", "Vendors", "Ethics review", "Controls", "What would make it ready"),
				texts(board.getElementsByTagName("th")));
		Element letters = row(board, "Drafting of claims letters and e-mails");
		List<Element> cells = children(letters, "td");
		assertEquals("at risk", cells.get(1).getTextContent());
		assertEquals("at riskon track: AIGeneratedLabel (for UndisclosedAI) is implementing; initiative ClaimsLettersPilot delivers it by 2027-12-31, before deployment 2028-01"
				+ "at risk: VendorExitPlans (for ModelVendorLockIn) is planned; initiative ModelPortability delivers it by 2028-06-30, after deployment 2028-01"
				+ "at risk: ModelPortabilityTests (for ModelVendorLockIn) is planned; initiative ModelPortability delivers it by 2028-06-30, after deployment 2028-01",
				cells.get(7).getTextContent());
		assertEquals(List.of("at risk Deliver VendorExitPlans by deployment 2028-01 (ModelPortability finishes later)",
				"at risk Deliver ModelPortabilityTests by deployment 2028-01 (ModelPortability finishes later)",
				"on track Complete training LLMEngineeringCourse for team ClaimsAnalytics by deployment 2028-01",
				"on track Deliver AIGeneratedLabel through ClaimsLettersPilot by deployment 2028-01"), texts(cells.get(8).getElementsByTagName("li")));
	}

	@Test
	void useCasePageSaysWhatWouldMakeItReady() throws Exception {
		Element page = parseXml(site.get("use-cases/acme.usecases.candidatescreening.html")).getDocumentElement();
		assertEquals("Readiness: at risk", texts(page.getElementsByTagName("h2")).stream().filter(h -> h.startsWith("Readiness")).findFirst().orElseThrow());
		List<Element> actions = byClass(page, "ol", "actions");
		assertEquals(1, actions.size());
		assertEquals(List.of("at risk Plan training in FairnessTesting for team EthicsBoard before deployment 2028-04",
				"at risk Plan training in AIRiskAssessment for team EthicsBoard before deployment 2028-04",
				"at risk List the capabilities CandidateScreening requires",
				"at risk Deliver AIManagementSystemAudit by deployment 2028-04 (ManagementSystemCertification finishes later)",
				"on track Meet the condition of ReviewCandidateScreening: Works council agreement on the use of pre-screening",
				"on track Meet the condition of ReviewCandidateScreening: Adverse-impact test on the pilot data before rollout",
				"on track Meet the condition of ReviewCandidateScreening: Candidates informed in the job advert and the confirmation e-mail",
				"on track Deliver RecruiterFinalDecision through CandidateScreeningRollout by deployment 2028-04",
				"on track Deliver WorksCouncilInformation through CandidateScreeningRollout by deployment 2028-04",
				"on track Deliver CandidateNotice through CandidateScreeningRollout by deployment 2028-04"), texts(actions.get(0).getElementsByTagName("li")));
	}

	private static Element row(Element table, String useCase) {
		return children(children(table, "tbody").get(0), "tr").stream().filter(r -> r.getTextContent().startsWith(useCase)).findFirst().orElseThrow();
	}

	private static Element page(String name) throws Exception {
		return parseXml(site.get(name)).getDocumentElement();
	}
}
