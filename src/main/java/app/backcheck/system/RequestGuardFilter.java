package app.backcheck.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The first look at every request but the plain GETs of pages {@link PageCacheFilter} answers from memory. No body
 * larger than a whole check could need: a declared length over {@value #MAX_BODY_BYTES} bytes gets 413 before
 * anything is read, and a body that grows past it while being read stops there (JSON is then malformed). Form fields
 * or query parameters that cannot be decoded are dropped whole, so the page asks again; the container would otherwise
 * fail the request and log the undecodable answers. Tomcat limits form posts and headers too
 * (application.properties).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestGuardFilter extends OncePerRequestFilter {

	private static final Log logger = LogFactory.getLog(RequestGuardFilter.class);

	static final int MAX_BODY_BYTES = 16 * 1024;

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > MAX_BODY_BYTES) {
			ErrorForward.to(request, response, HttpStatus.CONTENT_TOO_LARGE.value());
			return;
		}
		HttpServletRequest guarded = new LimitedRequest(request);
		try {
			request.getParameterMap();
		}
		catch (RuntimeException ex) {
			// The exception's message quotes the fields: it must not reach a log
			logger.warn("Dropped request parameters that could not be decoded");
			guarded = new ErrorForward.WithoutParameters(guarded);
		}
		chain.doFilter(guarded, response);
	}

	private static final class LimitedRequest extends HttpServletRequestWrapper {

		private ServletInputStream limited;

		LimitedRequest(HttpServletRequest request) {
			super(request);
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.limited == null) {
				this.limited = new LimitedInputStream(super.getInputStream());
			}
			return this.limited;
		}

	}

	private static final class LimitedInputStream extends ServletInputStream {

		private final ServletInputStream in;

		private long read;

		LimitedInputStream(ServletInputStream in) {
			this.in = in;
		}

		@Override
		public int read() throws IOException {
			int b = this.in.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = this.in.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int n) throws IOException {
			this.read += n;
			if (this.read > MAX_BODY_BYTES) {
				throw new IOException("Request body over " + MAX_BODY_BYTES + " bytes");
			}
		}

		@Override
		public boolean isFinished() {
			return this.in.isFinished();
		}

		@Override
		public boolean isReady() {
			return this.in.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			this.in.setReadListener(listener);
		}

	}

}
