package app.backcheck.inbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import app.backcheck.result.AnswerWords;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The inbox's rows in the reader's words, made in Java once per page. Each row's urgency,
 * yes or no, language and age were a dozen template expressions and message lookups; for
 * a page of 50 that was most of the inbox's time (docs/performance.md).
 */
@Component
class InboxRows {

	private final MessageSource messages;

	private final AnswerWords answerWords;

	InboxRows(MessageSource messages, AnswerWords answerWords) {
		this.messages = messages;
		this.answerWords = answerWords;
	}

	/** The rows for these screenings, their ages counted to {@code now}. */
	List<InboxRow> of(List<Submission> submissions, Instant now) {
		Locale locale = LocaleContextHolder.getLocale();
		// A page repeats a few urgencies, languages and ages: each is looked up once
		Map<String, String> words = new HashMap<>();
		Map<Long, String> ages = new HashMap<>();
		List<InboxRow> rows = new ArrayList<>(submissions.size());
		for (Submission submission : submissions) {
			long minutes = Duration.between(submission.sentAt(), now).toMinutes();
			rows.add(new InboxRow(submission.id(), submission.senderName(), submission.reference(),
					words.computeIfAbsent("urgency." + submission.urgency().name() + ".title",
							(code) -> this.answerWords.word(code, locale)),
					submission.urgency().name().toLowerCase(Locale.ROOT), submission.pinned(),
					submission.seenAt() == null,
					words.computeIfAbsent(AnswerWords.yesOrNoCode(submission.stopRunning()),
							(code) -> this.answerWords.word(code, locale)),
					words.computeIfAbsent("language." + submission.language(),
							(code) -> this.answerWords.word(code, locale)),
					ages.computeIfAbsent(minutes, (age) -> this.messages.getMessage("staff.inbox.minutes-ago",
							new Object[] { age }, locale))));
		}
		return rows;
	}

	/**
	 * A screening as the inbox lists it: nothing of the answers. Public, as every object
	 * a template calls: Spring EL calls the methods of a class that is not public by a
	 * slower path.
	 *
	 * @param id the screening's id, for its link
	 * @param urgency the urgency's title
	 * @param urgencyCode the urgency in lower case, for its tag's style
	 * @param pinned whether it is pinned on top (EMERGENCY and URGENT)
	 * @param unseen whether no one has marked it as seen
	 * @param stopRunning yes or no
	 * @param language the language it was sent in
	 * @param sent how long ago it came
	 */
	public record InboxRow(long id, String senderName, String reference, String urgency, String urgencyCode,
			boolean pinned, boolean unseen, String stopRunning, String language, String sent) {
	}

}
