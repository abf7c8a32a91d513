package app.backcheck.check;

import java.util.Optional;

import app.backcheck.result.ResultPages;
import app.backcheck.triage.Section;

/**
 * A page of the check that can be shown again without checking it: a question page
 * ("Change", "Back"), check your answers, or the result of a check just made (the
 * language switch). Forms send it as its {@link #value()}.
 *
 * @param section the question page, or {@code null} for check your answers and the result
 * @param value what a form sends to name it
 */
record CheckPage(Section section, String value) {

	static final CheckPage ANSWERS = new CheckPage(null, "answers");

	static final CheckPage RESULT = new CheckPage(null, ResultPages.LANGUAGE_PAGE);

	static CheckPage of(Section section) {
		return new CheckPage(section, section.slug());
	}

	/**
	 * The page a form names; check your answers for anything else, which then sends on to
	 * what is missing.
	 */
	static CheckPage from(String value) {
		if (RESULT.value().equals(value)) {
			return RESULT;
		}
		return Section.fromSlug((value != null) ? value : "").map(CheckPage::of).orElse(ANSWERS);
	}

	Optional<Section> questionPage() {
		return Optional.ofNullable(this.section);
	}

}
