package app.backcheck;

import app.backcheck.inbox.OperatorCommands;
import app.backcheck.inbox.OperatorCommandsApplication;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class BackCheckApplication {

	/**
	 * Starts the site, or runs an operator's command ({@code organisation ...},
	 * {@code staff ...}) and exits.
	 */
	public static void main(String[] args) {
		if (OperatorCommands.isCommand(args)) {
			System.exit(OperatorCommandsApplication.run(args));
		}
		SpringApplication.run(BackCheckApplication.class, args);
	}

}
