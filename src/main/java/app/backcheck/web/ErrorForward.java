package app.backcheck.web;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Answers a request that a filter refuses with the site's error page or problem details,
 * as the container's error handling would, but without reading the refused request's body
 * or parameters again: an oversize or undecodable body would fail a second time there,
 * and its fields would be logged.
 */
final class ErrorForward {

	private ErrorForward() {
	}

	static void to(HttpServletRequest request, HttpServletResponse response, int status)
			throws ServletException, IOException {
		request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
		request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
		response.setStatus(status);
		request.getRequestDispatcher("/error").forward(new WithoutParameters(request), response);
	}

	/** A request whose parameters are not read: none at all. */
	static final class WithoutParameters extends HttpServletRequestWrapper {

		WithoutParameters(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getParameter(String name) {
			return null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Map.of();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.emptyEnumeration();
		}

		@Override
		public String[] getParameterValues(String name) {
			return null;
		}

	}

}
