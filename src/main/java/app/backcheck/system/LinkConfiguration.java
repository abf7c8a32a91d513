package app.backcheck.system;

import java.util.LinkedHashMap;
import java.util.Map;

import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.linkbuilder.ILinkBuilder;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;
import org.thymeleaf.spring6.SpringTemplateEngine;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Links in templates leave out a parameter whose value is {@code null} or empty, so {@code @{/privacy(lang=${lang})}} is
 * {@code /privacy} until someone chooses a language. Thymeleaf on its own would write {@code /privacy?lang=}.
 */
@Configuration(proxyBeanMethods = false)
public class LinkConfiguration {

	@Bean
	static BeanPostProcessor linksWithoutEmptyParameters() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof SpringTemplateEngine engine) {
					engine.setLinkBuilder(new WithoutEmptyParameters());
				}
				return bean;
			}

		};
	}

	static class WithoutEmptyParameters implements ILinkBuilder {

		private final StandardLinkBuilder standard = new StandardLinkBuilder();

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
