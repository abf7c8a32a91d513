package app.backcheck.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.WebContentInterceptor;

/**
 * Pages that show answers or results, and every kiosk page, are never stored by a browser
 * or a proxy: Back on a shared tablet after a reset shows nothing. Spring's
 * {@link WebContentInterceptor} writes {@code no-store} for them.
 */
@Configuration(proxyBeanMethods = false)
class NoStorePages implements WebMvcConfigurer {

	static final String[] PATHS = { "/check/**", "/results/**", "/kiosk/**", "/kiosk", "/o/**" };

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		WebContentInterceptor noStore = new WebContentInterceptor();
		// Checks only caching: which methods a page takes is its controller's business
		noStore.setSupportedMethods((String[]) null);
		noStore.addCacheMapping(CacheControl.noStore(), PATHS);
		registry.addInterceptor(noStore).addPathPatterns(PATHS);
	}

}
