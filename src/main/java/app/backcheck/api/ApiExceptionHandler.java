package app.backcheck.api;

import java.util.List;

import app.backcheck.triage.AnswerProblem;
import app.backcheck.triage.InvalidAnswersException;
import app.backcheck.triage.Question;
import app.backcheck.triage.Questionnaire;
import app.backcheck.web.ErrorMessages;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * RFC 9457 problem details for everything the API refuses. Bad answers name each field;
 * nothing an exception says about the request body is echoed or logged, since the body
 * holds health answers.
 */
@RestControllerAdvice(assignableTypes = AssessmentApiController.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Log logger = LogFactory.getLog(ApiExceptionHandler.class);

	private final ErrorMessages errorMessages;

	ApiExceptionHandler(ErrorMessages errorMessages) {
		this.errorMessages = errorMessages;
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record FieldProblem(String field, AnswerProblem.Problem problem, String message, List<String> allowedValues,
			Integer minimum, Integer maximum) {
	}

	@ExceptionHandler
	ProblemDetail invalidAnswers(InvalidAnswersException ex) {
		ProblemDetail problem = this.errorMessages.problem(HttpStatus.BAD_REQUEST, "problem.invalid-answers",
				"problem.invalid-answers.detail");
		problem.setProperty("errors", ex.problems().stream().map(this::fieldProblem).toList());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail unexpected(Exception ex) {
		logger.error("Unexpected error in the API: " + ex.getClass().getName());
		return this.errorMessages.problem(HttpStatus.INTERNAL_SERVER_ERROR, null, "problem.unexpected.detail");
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = this.errorMessages.problem(status, "problem.malformed", "problem.malformed.detail");
		return handleExceptionInternal(ex, problem, headers, status, request);
	}

	private FieldProblem fieldProblem(AnswerProblem problem) {
		String message = this.errorMessages.of(problem);
		Question question = Questionnaire.question(problem.field()).orElse(null);
		if (question == null) {
			return new FieldProblem(problem.field(), problem.problem(), message, null, null, null);
		}
		return switch (question.kind()) {
			case ONE_OF, ANY_OF ->
				new FieldProblem(question.field(), problem.problem(), message, question.codes(), null, null);
			case YES_NO -> new FieldProblem(question.field(), problem.problem(), message, null, null, null);
			case WHOLE_NUMBER ->
				new FieldProblem(question.field(), problem.problem(), message, null, question.min(), question.max());
		};
	}

}
