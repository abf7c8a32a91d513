package app.backcheck;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import app.backcheck.triage.TestAnswers;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Fetches one of every kind of page the site shows, as raw HTML, by walking the check as
 * a person would.
 */
public final class PageTour {

	public static final TestAnswers SEE_DOCTOR = TestAnswers.baseline()
		.with("painLocation=LOWER_ONE_SIDE; severity=8; unevenLanding=YES; tenderKnot=true; worseWhen=ONE_LEG_LOADING");

	public static final TestAnswers URGENT = TestAnswers.baseline()
		.with("warningSigns=FEVER, NIGHT_OR_REST_PAIN; archedBack=YES; coreTraining=NEVER");

	public static final TestAnswers SELF_CARE = TestAnswers.baseline()
		.with("worseWhen=AS_RUN_GOES_ON; backTraining=NEVER; recentIncrease=true");

	/** A sacral stress fracture: see someone within days and stop running until then. */
	public static final TestAnswers STOP_RUNNING = TestAnswers.baseline()
		.with("age=24; painLocation=LOWER_ONE_SIDE; worseWhen=ONE_LEG_LOADING; recentIncrease=true; "
				+ "boneStressRisks=PERIODS_STOPPED; impactPain=YES; tenderKnot=true");

	private PageTour() {
	}

	/** Page name to the HTML the site sent. */
	public static Map<String, HttpResponse<String>> visitEveryPage(SiteClient site) {
		Map<String, HttpResponse<String>> pages = new LinkedHashMap<>();
		pages.put("start", site.get("/"));
		HttpResponse<String> page = site.get("/check/emergency-signs");
		pages.put("emergency-signs", page);
		pages.put("emergency-signs-error",
				site.submit(parse(page), TestAnswers.baseline().without("emergencySigns"), SiteClient.CONTINUE));
		pages.put("emergency-stop", site.submit(parse(page),
				TestAnswers.baseline().with("emergencySigns", "SADDLE_NUMBNESS", "BOTH_LEGS"), SiteClient.CONTINUE));
		for (String name : new String[] { "warning-signs", "where-it-hurts", "how-it-started", "bone-stress",
				"your-running", "training-habits", "check-answers" }) {
			page = site.submit(parse(page), SEE_DOCTOR, SiteClient.CONTINUE);
			pages.put(name, page);
		}
		pages.put("where-it-hurts-error", site.submit(parse(pages.get("where-it-hurts")),
				SEE_DOCTOR.with("severity", "lots").without("painLocation"), SiteClient.CONTINUE));
		pages.put("result-see-doctor", site.submit(parse(page), SEE_DOCTOR, SiteClient.CONTINUE));
		pages.put("result-urgent", result(site, parse(page), URGENT));
		pages.put("result-self-care", result(site, parse(page), SELF_CARE));
		pages.put("result-stop-running", result(site, parse(page), STOP_RUNNING));
		pages.put("how-it-decides", site.get("/how-it-decides"));
		pages.put("privacy", site.get("/privacy"));
		pages.put("not-found", site.get("/no-such-page", "Accept", "text/html"));
		pages.put("method-not-allowed",
				site.send(HttpRequest.newBuilder(site.uri("/how-it-decides")).header("Accept", "text/html").DELETE()));
		return pages;
	}

	/** Posts a full answer set to the result, as check your answers would. */
	private static HttpResponse<String> result(SiteClient site, Document checkAnswers, TestAnswers answers) {
		Document form = checkAnswers.clone();
		form.select("input[type=hidden]").remove();
		form.selectFirst("form").attr("action", "/check/result");
		answers.formParameters().forEach((pair) -> {
			for (int i = 1; i < pair.length; i++) {
				form.selectFirst("form")
					.appendElement("input")
					.attr("type", "hidden")
					.attr("name", pair[0])
					.attr("value", pair[i]);
			}
		});
		return site.submit(form, answers, "button.app-button");
	}

	private static Document parse(HttpResponse<String> response) {
		return Jsoup.parse(response.body());
	}

}
