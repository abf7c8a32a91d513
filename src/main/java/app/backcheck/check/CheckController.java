package app.backcheck.check;

import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import app.backcheck.inbox.Organisation;
import app.backcheck.result.AnswerWords;
import app.backcheck.result.ResultPages;
import app.backcheck.triage.AnswerProblem;
import app.backcheck.triage.Question;
import app.backcheck.triage.Questionnaire;
import app.backcheck.triage.Section;
import app.backcheck.web.ErrorMessages;
import app.backcheck.web.LanguageResolver;
import app.backcheck.web.PublicAddress;
import app.backcheck.web.TypedNames;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The check, page by page. Each page posts every answer so far; the reply is the next
 * page, the same page with its errors, the emergency stop, check your answers or the
 * result. Answers never go into a URL.
 */
@Controller
class CheckController {

	static final String START_VIEW = "check/start";

	static final String SECTION_VIEW = "check/section";

	static final String ANSWERS_VIEW = "check/check-answers";

	static final String FIRST_PAGE = "/check/" + Section.EMERGENCY_SIGNS.slug();

	/** Sent by pages opened from check your answers: continuing goes back there. */
	static final String RETURN_TO_ANSWERS = "returnTo";

	/** Each page with its questions, in order. */
	private static final Map<Section, List<Question>> SECTIONS = Arrays.stream(Section.values())
		.collect(Collectors.toMap(Function.identity(), Questionnaire::in, (a, b) -> a, LinkedHashMap::new));

	private final ResultPages results;

	private final ErrorMessages errorMessages;

	private final PublicAddress address;

	private final Clock clock;

	private final AnswerWords words;

	private final QuestionWords questionWords;

	CheckController(ResultPages results, PublicAddress address, ErrorMessages errorMessages, AnswerWords words,
			QuestionWords questionWords, ObjectProvider<Clock> clock) {
		this.results = results;
		this.address = address;
		this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
		this.errorMessages = errorMessages;
		this.words = words;
		this.questionWords = questionWords;
	}

	private static String firstPage(boolean kiosk, String lang, Organisation org) {
		return "redirect:" + UriComponentsBuilder.fromPath(FIRST_PAGE)
			.queryParamIfPresent("kiosk", Optional.of("true").filter((value) -> kiosk))
			.queryParamIfPresent("org", Optional.ofNullable(org).map(Organisation::code))
			.queryParamIfPresent(LanguageResolver.PARAMETER, Optional.ofNullable(lang))
			.toUriString();
	}

	/** Longest club or squad name a coach's link may carry. */
	static final int MAX_FROM = 60;

	/**
	 * The start page, with a panel to share the check. A coach's link may name who shared
	 * it ({@code ?from=}); that name is plain text, shortened and shown escaped, and the
	 * QR code encodes the same link.
	 */
	@GetMapping("/")
	String start(@RequestParam(name = "from", required = false) String from,
			@RequestParam(name = "made", required = false) String made, Model model) {
		String sharedBy = sharedBy(from);
		UriComponentsBuilder link = this.address.builder().path("/");
		if (sharedBy != null) {
			link.queryParam("from", sharedBy);
		}
		// Encoded as plain components: braces in a club's name are text, not a URI
		// template
		String shareLink = link.build().encode().toUriString();
		model.addAttribute("sharedBy", sharedBy);
		model.addAttribute("shareLink", shareLink);
		model.addAttribute("qr", QrCodeSvg.of(shareLink));
		// "Make a link" says the link is ready; the link itself does not carry this, so a
		// runner never sees it
		model.addAttribute("linkMade", "true".equals(made));
		return START_VIEW;
	}

	/**
	 * An organisation's start page: its name on the page, and its link (the coach's or
	 * the clinic's) in the share panel and the QR code. The check started here carries
	 * the organisation to its end, where the person may send their answers to it. An
	 * unknown code is a page that does not exist.
	 */
	@GetMapping("/o/{code}")
	String organisationStart(@ModelAttribute(name = "org", binding = false) Organisation org, Model model) {
		if (org == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		String shareLink = this.address.builder().path("/o/{code}").buildAndExpand(org.code()).toUriString();
		model.addAttribute("sharedBy", org.name());
		model.addAttribute("shareLink", shareLink);
		model.addAttribute("qr", QrCodeSvg.of(shareLink));
		model.addAttribute("linkMade", false);
		return START_VIEW;
	}

	private static String sharedBy(String from) {
		String name = TypedNames.clean(from);
		if (name == null) {
			return null;
		}
		// Cleaned, it starts with a character that is not a space, so it is never empty
		return name.codePoints()
			.limit(MAX_FROM)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString()
			.strip();
	}

	@GetMapping("/check")
	String startCheck(@ModelAttribute("kiosk") boolean kiosk, @ModelAttribute("lang") String lang,
			@ModelAttribute(name = "org", binding = false) Organisation org) {
		return firstPage(kiosk, lang, org);
	}

	/**
	 * Later pages need the answers before them, which only a form post carries: they
	 * begin at the first page.
	 */
	@GetMapping("/check/{page}")
	String initSection(@PathVariable String page, @ModelAttribute("kiosk") boolean kiosk,
			@ModelAttribute("lang") String lang, @ModelAttribute(name = "org", binding = false) Organisation org,
			Model model) {
		if (!Section.EMERGENCY_SIGNS.slug().equals(page)) {
			return firstPage(kiosk, lang, org);
		}
		return showSection(Section.EMERGENCY_SIGNS, AnswerForm.empty(), List.of(), false, model);
	}

	@PostMapping("/check/{page}")
	String processSection(@PathVariable String page, @RequestParam MultiValueMap<String, String> params, Model model,
			HttpServletResponse response) {
		Section section = Section.fromSlug(page).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		AnswerForm form = AnswerForm.from(params);
		model.addAttribute("noneAndOthers", form.noneAndOthers());
		boolean returnToAnswers = params.containsKey(RETURN_TO_ANSWERS);
		Optional<String> stop = this.results.emergencyStop(form.raw(), this.clock.instant(), model, response);
		if (stop.isPresent()) {
			return stop.get();
		}
		List<AnswerProblem> problems = form.problems(section);
		if (!problems.isEmpty()) {
			return showSection(section, form, problems, returnToAnswers, model);
		}
		int next = section.ordinal() + 1;
		if (!returnToAnswers && next < Section.values().length) {
			return showSection(Section.values()[next], form, List.of(), false, model);
		}
		return showAnswersOrFirstIncomplete(form, model);
	}

	/**
	 * "Change" on check your answers, "Back" on a question page, and the language switch
	 * on any page with answers: show a page without checking it.
	 */
	@PostMapping("/check/change")
	String change(@RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response) {
		CheckPage page = CheckPage.from(params.getFirst("change"));
		if (page.equals(CheckPage.RESULT)) {
			return result(params, model, response);
		}
		AnswerForm form = AnswerForm.from(params);
		return page.questionPage()
			.map((section) -> showSection(section, form, List.of(), params.containsKey(RETURN_TO_ANSWERS), model))
			.orElseGet(() -> showAnswersOrFirstIncomplete(form, model));
	}

	@PostMapping("/check/result")
	String result(@RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response) {
		AnswerForm form = AnswerForm.from(params);
		// The rules give the emergency stop from the answers so far, and a result only
		// from complete ones
		return this.results.result(form.raw(), this.clock.instant(), model, response).orElseGet(() -> {
			Section section = form.firstIncomplete().orElseThrow();
			return showSection(section, form, form.problems(section), false, model);
		});
	}

	private String showAnswersOrFirstIncomplete(AnswerForm form, Model model) {
		return form.firstIncomplete()
			.map((section) -> showSection(section, form, List.of(), false, model))
			.orElseGet(() -> {
				Map<Section, List<AnswerWords.Answered>> sections = new LinkedHashMap<>();
				SECTIONS.forEach((section, questions) -> sections.put(section, this.words.of(form, questions)));
				model.addAttribute("form", form);
				model.addAttribute("sections", sections);
				model.addAttribute("languagePage", CheckPage.ANSWERS.value());
				return ANSWERS_VIEW;
			});
	}

	private String showSection(Section section, AnswerForm form, List<AnswerProblem> problems, boolean returnToAnswers,
			Model model) {
		List<Question> questions = Questionnaire.in(section);
		boolean single = questions.size() == 1;
		model.addAttribute("section", section);
		model.addAttribute("questions", this.questionWords.of(questions));
		model.addAttribute("single", single);
		model.addAttribute("headingKey",
				single ? "question." + questions.get(0).field() : "section." + section.slug() + ".title");
		model.addAttribute("form", form);
		model.addAttribute("errors", this.errorMessages.of(problems));
		model.addAttribute("pageNumber", section.ordinal() + 1);
		model.addAttribute("pageCount", Section.values().length);
		model.addAttribute("previous", (section.ordinal() > 0) ? Section.values()[section.ordinal() - 1].slug() : null);
		model.addAttribute("returnToAnswers", returnToAnswers);
		model.addAttribute("languagePage", CheckPage.of(section).value());
		return SECTION_VIEW;
	}

}
