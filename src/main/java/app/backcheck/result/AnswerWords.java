package app.backcheck.result;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import app.backcheck.triage.Question;
import app.backcheck.triage.Questionnaire;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The answers of a check in the reader's words, as result pages, the clinician summary
 * and check your answers list them: each question's text and the answer given. Made in
 * Java in one pass per page; a template fragment per question made the list a third of a
 * result page's time (docs/performance.md).
 */
@Component
public class AnswerWords {

	private final MessageSource messages;

	AnswerWords(MessageSource messages) {
		this.messages = messages;
	}

	/** Every question, in order, with the answer given. */
	public List<Answered> of(AnswerSheet sheet) {
		return of(sheet, Questionnaire.QUESTIONS);
	}

	/** These questions, in this order, with the answers given. */
	public List<Answered> of(AnswerSheet sheet, List<Question> questions) {
		Locale locale = LocaleContextHolder.getLocale();
		List<Answered> answered = new ArrayList<>(questions.size());
		for (Question question : questions) {
			answered.add(answered(question, sheet, locale));
		}
		return answered;
	}

	private Answered answered(Question question, AnswerSheet sheet, Locale locale) {
		String field = question.field();
		String text = message("question." + field, locale);
		if (!sheet.answered(field)) {
			return new Answered(field, text, null, null);
		}
		String value = sheet.text(field);
		return switch (question.kind()) {
			case ANY_OF ->
				sheet.values(field).isEmpty() ? new Answered(field, text, message("answers.none", locale), null)
						: new Answered(field, text, null,
								sheet.values(field)
									.stream()
									.map((code) -> message("question." + field + "." + code, locale))
									.toList());
			case ONE_OF -> new Answered(field, text, message("question." + field + "." + value, locale), null);
			case YES_NO -> new Answered(field, text, message("answer." + value, locale), null);
			case WHOLE_NUMBER -> new Answered(field, text, value, null);
		};
	}

	/**
	 * A code no question has (only a hand-made post could carry one) shows as a missing
	 * message always showed on these pages, {@code ??code_locale??}, rather than failing
	 * the page.
	 */
	private String message(String code, Locale locale) {
		return this.messages.getMessage(code, null, "??" + code + "_" + locale + "??", locale);
	}

	/**
	 * A question in words and the answer given: a text, or the items of a set with some
	 * ticked. Neither for a question not asked (after an emergency stop, or one added
	 * since a share link was made).
	 *
	 * @param field the question's field
	 * @param question the question's text
	 * @param text the answer, or {@code null}
	 * @param items the ticked items of a set, or {@code null}
	 */
	public record Answered(String field, String question, String text, List<String> items) {

		public boolean asked() {
			return this.text != null || this.items != null;
		}

	}

}
