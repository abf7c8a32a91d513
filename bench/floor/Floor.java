package bench;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The benchmark's floor, never part of the product: {@code GET /bench/floor} answers a
 * fixed short text through everything every request goes through (Tomcat, the servlet
 * filters, Spring Security, the DispatcherServlet) and nothing of BackCheck's own: a
 * functional endpoint, so that no controller advice, model, view or message lookup runs.
 * bench/run compiles it, puts it beside the extracted jar and names it with
 * {@code --context.initializer.classes=bench.Floor}.
 */
public class Floor implements ApplicationContextInitializer<GenericApplicationContext> {

	@Override
	public void initialize(GenericApplicationContext context) {
		context.registerBean("benchFloor", RouterFunction.class, () -> RouterFunctions.route()
			.GET("/bench/floor", (request) -> ServerResponse.ok().body("floor"))
			.build());
	}

}
