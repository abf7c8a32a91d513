package app.backcheck.inbox;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * What an operator's command needs and nothing more: the database (with its migrations),
 * the inbox's repositories and the password encoder. No web server, no scheduled purge;
 * it closes when the command is done.
 */
@EnableAutoConfiguration
@Import(InboxConfiguration.class)
public class OperatorCommandsApplication {

	public static int run(String[] args) {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(OperatorCommandsApplication.class)
			.web(WebApplicationType.NONE)
			.logStartupInfo(false)
			.properties("spring.main.banner-mode=off", "logging.level.root=WARN",
					"logging.level.org.flywaydb.core.internal.database.base.Database=ERROR")
			.run(args)) {
			return OperatorCommands.run(context, args, System.in, System.out);
		}
	}

}
