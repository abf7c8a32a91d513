package app.backcheck.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import app.backcheck.result.AnswerWords;
import app.backcheck.triage.Question;
import app.backcheck.triage.Questionnaire;
import app.backcheck.web.LanguageResolver;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What a question page shows of each question that is the same for everyone: its text,
 * hint and options, with their labels, hints and the ids the page gives them. Made once
 * per language and kept; the templates add only what one person's answers and errors
 * change (docs/performance.md).
 */
@Component
public class QuestionWords {

	private final MessageSource messages;

	private final Map<Locale, Map<String, Words>> languages = new ConcurrentHashMap<>();

	QuestionWords(MessageSource messages) {
		this.messages = messages;
	}

	/** These questions in the reader's language. */
	List<Words> of(List<Question> questions) {
		Locale locale = LocaleContextHolder.getLocale();
		// Only the site's languages are kept: the resolver gives no other, but no
		// request may grow the map, whatever language it asks for
		Map<String, Words> words = LanguageResolver.LANGUAGES.contains(locale)
				? this.languages.computeIfAbsent(locale, this::make) : make(locale);
		return questions.stream().map((question) -> words.get(question.field())).toList();
	}

	private Map<String, Words> make(Locale locale) {
		Map<String, Words> words = new LinkedHashMap<>();
		for (Question question : Questionnaire.QUESTIONS) {
			words.put(question.field(), words(question, locale));
		}
		return words;
	}

	private Words words(Question question, Locale locale) {
		String field = question.field();
		String hint = message("question." + field + ".hint", locale);
		boolean multiple = question.kind() == Question.Kind.ANY_OF;
		String hintId = (hint != null || multiple) ? field + "-hint" : null;
		List<Option> options = new ArrayList<>();
		for (String code : question.codes()) {
			// The first option's id is the question's field, where an error summary's
			// link lands
			String id = options.isEmpty() ? field : field + "-" + code;
			String label = message(AnswerWords.answerCode(question, code), locale);
			String optionHint = message("question." + field + "." + code + ".hint", locale);
			options.add(new Option(code, id, label, optionHint,
					(optionHint != null) ? field + "-" + code + "-hint" : null));
		}
		return new Words(field, question.kind().name(), message(AnswerWords.questionCode(question), locale), hint,
				join(hintId, null), join(hintId, field + "-error"), options);
	}

	/** The ids a question's {@code aria-describedby} names, or {@code null} for none. */
	private static String join(String hintId, String errorId) {
		if (hintId == null) {
			return errorId;
		}
		return (errorId != null) ? hintId + " " + errorId : hintId;
	}

	private String message(String code, Locale locale) {
		return this.messages.getMessage(code, null, null, locale);
	}

	/**
	 * One question's words.
	 *
	 * @param field the question's field
	 * @param kind the kind of answer it takes ({@link Question.Kind})
	 * @param text the question
	 * @param hint its hint, or {@code null}
	 * @param describedBy what describes it without an error, or {@code null}
	 * @param describedByWithError what describes it when its answer has an error
	 * @param options its options, in order (none for a whole number)
	 */
	public record Words(String field, String kind, String text, String hint, String describedBy,
			String describedByWithError, List<Option> options) {
	}

	/**
	 * One option of a question.
	 *
	 * @param code the value it sends
	 * @param id its input's id
	 * @param label its label
	 * @param hint its hint, or {@code null}
	 * @param hintId its hint's id, or {@code null} without a hint
	 */
	public record Option(String code, String id, String label, String hint, String hintId) {
	}

}
