package app.backcheck;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class BackCheckApplication {

	public static void main(String[] args) {
		SpringApplication.run(BackCheckApplication.class, args);
	}

}
