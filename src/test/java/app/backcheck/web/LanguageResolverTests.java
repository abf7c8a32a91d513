package app.backcheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.mock.web.MockHttpServletRequest;

class LanguageResolverTests {

	private final LanguageResolver resolver = new LanguageResolver();

	@ParameterizedTest(name = "Accept-Language [{0}], lang [{1}] -> {2}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			-                          | -  | en
			''                         | -  | en
			es                         | -  | es
			es-MX                      | -  | es
			es-ES,en;q=0.8             | -  | es
			fr-FR,fr;q=0.9,es;q=0.8    | -  | es
			en-GB,es;q=0.9             | -  | en
			fr                         | -  | en
			*                          | -  | en
			es;q=0,en                  | -  | en
			;;not a header;;           | -  | en
			en                         | es | es
			es                         | en | en
			es                         | fr | es
			es                         | '' | es
			-                          | ES | en
			""")
	void resolveLocaleShouldTakeTheChosenLanguageElseTheBrowsersElseEnglish(String acceptLanguage, String lang,
			String expected) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		if (acceptLanguage != null) {
			request.addHeader("Accept-Language", acceptLanguage);
		}
		if (lang != null) {
			request.setParameter("lang", lang);
		}
		assertThat(this.resolver.resolveLocale(request).toLanguageTag()).isEqualTo(expected);
	}

}
