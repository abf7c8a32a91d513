package app.backcheck.system;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import app.backcheck.triage.AnswerProblem;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Words for answer problems: the field's own message ({@code error.<field>.<problem>}) where there is one, else the
 * general one ({@code error.<problem>}).
 */
public class ErrorMessages {

	private final MessageSource messageSource;

	public ErrorMessages(MessageSource messageSource) {
		this.messageSource = messageSource;
	}

	public String of(AnswerProblem problem) {
		String[] codes = { "error." + problem.field() + "." + problem.problem(), "error." + problem.problem() };
		return this.messageSource.getMessage(new DefaultMessageSourceResolvable(codes),
				LocaleContextHolder.getLocale());
	}

	/** Field name to its message, in question order. */
	public Map<String, String> of(List<AnswerProblem> problems) {
		Map<String, String> messages = new LinkedHashMap<>();
		problems.forEach((problem) -> messages.putIfAbsent(problem.field(), of(problem)));
		return messages;
	}

}
