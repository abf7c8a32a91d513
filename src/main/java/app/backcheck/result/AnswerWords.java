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

	/** The message that names a question. */
	public static String questionCode(Question question) {
		return "question." + question.field();
	}

	/**
	 * The message that names one of a question's answers: yes and no are the same words
	 * for every question.
	 */
	public static String answerCode(Question question, String code) {
		return (question.kind() == Question.Kind.YES_NO) ? yesOrNoCode(code)
				: "question." + question.field() + "." + code;
	}

	/** The message for yes ({@code true}) or no ({@code false}). */
	public static String yesOrNoCode(Object answer) {
		return "answer." + answer;
	}

	private Answered answered(Question question, AnswerSheet sheet, Locale locale) {
		String field = question.field();
		String text = word(questionCode(question), locale);
		if (!sheet.answered(field)) {
			return new Answered(field, text, null, null);
		}
		String value = sheet.text(field);
		return switch (question.kind()) {
			case ANY_OF -> sheet.values(field).isEmpty() ? new Answered(field, text, word("answers.none", locale), null)
					: new Answered(field, text, null,
							sheet.values(field)
								.stream()
								.map((code) -> word(answerCode(question, code), locale))
								.toList());
			case ONE_OF, YES_NO -> new Answered(field, text, word(answerCode(question, value), locale), null);
			case WHOLE_NUMBER -> new Answered(field, text, value, null);
		};
	}

	/**
	 * A message in the reader's words. A code with none (an answer no question has, which
	 * only a hand-made post could carry) shows as a missing message always showed on
	 * these pages, {@code ??code_locale??}, rather than failing the page.
	 */
	public String word(String code, Locale locale) {
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
