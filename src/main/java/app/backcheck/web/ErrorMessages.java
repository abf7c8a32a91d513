package app.backcheck.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import app.backcheck.triage.AnswerProblem;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Words for problems, in the reader's language. Answer problems: the field's own message
 * ({@code error.<field>.<problem>}) where there is one, else the general one
 * ({@code error.<problem>}). Problem details: a title for each HTTP status
 * ({@code problem.<status>}) and the details the site writes itself.
 */
@Component
public class ErrorMessages {

	private final MessageSource messageSource;

	ErrorMessages(MessageSource messageSource) {
		this.messageSource = messageSource;
	}

	public String of(AnswerProblem problem) {
		String[] codes = { "error." + problem.field() + "." + problem.problem(), "error." + problem.problem() };
		return this.messageSource.getMessage(new DefaultMessageSourceResolvable(codes),
				LocaleContextHolder.getLocale());
	}

	/** An RFC 9457 problem with its title and detail in the reader's language. */
	public ProblemDetail problem(HttpStatusCode status, String titleCode, String detailCode) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message(detailCode, null));
		problem.setTitle((titleCode != null) ? message(titleCode, null) : title(status));
		return problem;
	}

	/**
	 * The title of an HTTP status; its English reason phrase where the messages have
	 * none.
	 */
	public String title(HttpStatusCode status) {
		HttpStatus known = HttpStatus.resolve(status.value());
		return message("problem." + status.value(), (known != null) ? known.getReasonPhrase() : null);
	}

	private String message(String code, String defaultMessage) {
		return this.messageSource.getMessage(code, null, defaultMessage, LocaleContextHolder.getLocale());
	}

	/** Field name to its message, in question order. */
	public Map<String, String> of(List<AnswerProblem> problems) {
		Map<String, String> messages = new LinkedHashMap<>();
		problems.forEach((problem) -> messages.putIfAbsent(problem.field(), of(problem)));
		return messages;
	}

}
