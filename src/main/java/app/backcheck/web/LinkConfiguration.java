package app.backcheck.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.linkbuilder.ILinkBuilder;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How templates write links ({@code @{...}}). Only links to static files go through
 * Spring's resource URL rewriting, which gives them their content-hashed names: it looks
 * each link up on the classpath, and a page's own links (up to twenty Change buttons on
 * check your answers) would pay for that on every request for nothing. Links also leave
 * out a parameter whose value is {@code null} or empty, so
 * {@code @{/privacy(lang=${lang})}} is {@code /privacy} until someone chooses a language.
 * Thymeleaf on its own would write {@code /privacy?lang=}.
 * <p>
 * Every page is HTML, whatever its address ends in: Thymeleaf on its own labels a page by
 * the address's extension, so a shared-result link that does not open, ending in
 * {@code .json} or {@code .js}, answered its HTML page as JSON or as a script.
 */
@Configuration(proxyBeanMethods = false)
public class LinkConfiguration {

	@Bean
	static BeanPostProcessor linksWithoutEmptyParametersAndPagesAsHtml() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof SpringTemplateEngine engine) {
					engine.setLinkBuilder(new WithoutEmptyParameters());
				}
				if (bean instanceof ThymeleafViewResolver pages) {
					pages.setForceContentType(true);
				}
				return bean;
			}

		};
	}

	static class WithoutEmptyParameters implements ILinkBuilder {

		private static final Pattern STATIC_FILES = Pattern.compile("^[^?#]*/(css|js)/");

		private final StandardLinkBuilder standard = new StandardLinkBuilder() {

			@Override
			protected String processLink(IExpressionContext context, String link) {
				return STATIC_FILES.matcher(link).lookingAt() ? super.processLink(context, link) : link;
			}

		};

		@Override
		public String getName() {
			return "without-empty-parameters";
		}

		@Override
		public Integer getOrder() {
			return this.standard.getOrder();
		}

		@Override
		public String buildLink(IExpressionContext context, String base, Map<String, Object> parameters) {
			Map<String, Object> given = null;
			if (parameters != null) {
				given = new LinkedHashMap<>(parameters);
				// Thymeleaf hands a null value over as ""
				given.values().removeIf((value) -> value == null || "".equals(value));
			}
			return this.standard.buildLink(context, base, given);
		}

	}

}
