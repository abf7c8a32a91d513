package app.backcheck.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Errors that reach the container (unknown paths, wrong methods or media types,
 * failures): pages in the site's own style for browsers, RFC 9457 problem details for
 * everyone else. Neither shows an exception or a stack trace.
 */
@Controller
@RequestMapping("${spring.web.error.path:/error}")
class ProblemErrorController extends BasicErrorController {

	private final ErrorMessages errorMessages;

	ProblemErrorController(ErrorAttributes errorAttributes, WebProperties webProperties,
			List<ErrorViewResolver> errorViewResolvers, ErrorMessages errorMessages) {
		super(errorAttributes, webProperties.getError(), errorViewResolvers);
		this.errorMessages = errorMessages;
	}

	/**
	 * Asked for by its address, with no error behind it, {@code /error} is a page that
	 * does not exist.
	 */
	@Override
	protected HttpStatus getStatus(HttpServletRequest request) {
		if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null) {
			return HttpStatus.NOT_FOUND;
		}
		return super.getStatus(request);
	}

	@Override
	public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
		HttpStatus status = getStatus(request);
		if (status == HttpStatus.NO_CONTENT) {
			return new ResponseEntity<>(status);
		}
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", this.errorMessages.title(status));
		problem.put("status", status.value());
		Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (path != null) {
			problem.put("instance", path);
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
