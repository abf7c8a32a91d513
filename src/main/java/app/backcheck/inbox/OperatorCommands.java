package app.backcheck.inbox;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import app.backcheck.inbox.Organisation.Kind;
import app.backcheck.inbox.StaffAccount.Role;

import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Commands for operators, run on the packaged jar instead of the site: they start no web
 * server and exit when done. A password is read from standard input, never taken as an
 * argument (arguments show in process lists and shell history). docs/clinics-and-clubs.md
 * lists them.
 *
 * <pre>
 * java -jar backcheck.jar organisation create riverside-physio "Riverside Physio" --kind=CLINIC --retention-days=7
 * java -jar backcheck.jar organisation list
 * java -jar backcheck.jar staff add riverside-physio desk1 --role=ADMIN &lt; password.txt
 * java -jar backcheck.jar staff remove desk1
 * java -jar backcheck.jar staff list riverside-physio
 * </pre>
 */
public final class OperatorCommands {

	/** The first word of every command; anything else starts the site. */
	public static final Set<String> NOUNS = Set.of("organisation", "staff");

	static final int MIN_PASSWORD = 12;

	private final OrganisationRepository organisations;

	private final StaffAccountRepository accounts;

	private final PasswordEncoder encoder;

	private final InputStream in;

	private final PrintStream out;

	OperatorCommands(ApplicationContext context, InputStream in, PrintStream out) {
		this.organisations = context.getBean(OrganisationRepository.class);
		this.accounts = context.getBean(StaffAccountRepository.class);
		this.encoder = context.getBean(PasswordEncoder.class);
		this.in = in;
		this.out = out;
	}

	/** Whether these arguments name a command rather than start the site. */
	public static boolean isCommand(String[] args) {
		return args.length > 0 && NOUNS.contains(args[0]);
	}

	/**
	 * Runs the command with the application's beans; 0 when done, 1 for a refused
	 * command, 2 for bad usage.
	 */
	public static int run(ApplicationContext context, String[] args, InputStream in, PrintStream out) {
		return new OperatorCommands(context, in, out).run(args);
	}

	int run(String[] args) {
		List<String> words = new ArrayList<>();
		Map<String, String> options = new LinkedHashMap<>();
		for (String arg : args) {
			if (arg.startsWith("--") && arg.contains("=")) {
				options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
			}
			else if (!arg.startsWith("--")) {
				words.add(arg);
			}
		}
		try {
			String command = String.join(" ", words.subList(0, Math.min(2, words.size())));
			List<String> operands = words.subList(Math.min(2, words.size()), words.size());
			return switch (command) {
				case "organisation create" -> createOrganisation(operands, options);
				case "organisation list" -> listOrganisations();
				case "staff add" -> addStaff(operands, options);
				case "staff remove" -> removeStaff(operands);
				case "staff list" -> listStaff(operands);
				default -> usage();
			};
		}
		catch (IllegalArgumentException ex) {
			this.out.println("Refused: " + ex.getMessage());
			return 1;
		}
	}

	private int createOrganisation(List<String> operands, Map<String, String> options) {
		if (operands.size() != 2) {
			return usage();
		}
		if (this.organisations.findByCode(operands.get(0)).isPresent()) {
			throw new IllegalArgumentException("an organisation with the code " + operands.get(0) + " exists");
		}
		Organisation organisation = this.organisations.save(new Organisation(null, operands.get(0), operands.get(1),
				Kind.valueOf(options.getOrDefault("kind", "CLINIC").toUpperCase(Locale.ROOT)), options.get("phone"),
				options.get("booking-url"), options.get("emergency-number"), Integer.parseInt(
						options.getOrDefault("retention-days", String.valueOf(Organisation.DEFAULT_RETENTION_DAYS)))));
		this.out.println("Created " + organisation.code() + ": " + organisation.name() + " (" + organisation.kind()
				+ "), link /o/" + organisation.code() + ", screenings kept " + organisation.retentionDays() + " days");
		return 0;
	}

	private int listOrganisations() {
		this.organisations.findAll()
			.forEach((organisation) -> this.out.println(organisation.code() + "\t" + organisation.kind() + "\t"
					+ organisation.retentionDays() + " days\t" + organisation.name()));
		return 0;
	}

	private int addStaff(List<String> operands, Map<String, String> options) {
		if (operands.size() != 2) {
			return usage();
		}
		Organisation organisation = organisation(operands.get(0));
		String username = StaffAccount.normalise(operands.get(1));
		if (!StaffAccount.isUsername(username)) {
			throw new IllegalArgumentException("a user name is up to 60 letters, digits, dots, dashes, _ or @");
		}
		if (this.accounts.findByUsername(username).isPresent()) {
			throw new IllegalArgumentException("the user name " + username + " is taken");
		}
		String password = readPassword();
		Role role = Role.valueOf(options.getOrDefault("role", "STAFF").toUpperCase(Locale.ROOT));
		this.accounts.save(new StaffAccount(null, organisation.id(), username, this.encoder.encode(password), role));
		this.out.println("Added " + username + " (" + role + ") to " + organisation.code());
		return 0;
	}

	private int removeStaff(List<String> operands) {
		if (operands.size() != 1) {
			return usage();
		}
		StaffAccount account = this.accounts.findByUsername(StaffAccount.normalise(operands.get(0)))
			.orElseThrow(() -> new IllegalArgumentException("no staff account " + operands.get(0)));
		this.accounts.delete(account);
		this.out.println("Removed " + account.username());
		return 0;
	}

	private int listStaff(List<String> operands) {
		if (operands.size() != 1) {
			return usage();
		}
		this.accounts.findByOrganisationIdOrderByUsername(organisation(operands.get(0)).id())
			.forEach((account) -> this.out.println(account.username() + "\t" + account.role()));
		return 0;
	}

	private Organisation organisation(String code) {
		return this.organisations.findByCode(code)
			.orElseThrow(() -> new IllegalArgumentException("no organisation " + code));
	}

	private String readPassword() {
		try {
			String password = new BufferedReader(new InputStreamReader(this.in, StandardCharsets.UTF_8)).readLine();
			if (password == null || password.length() < MIN_PASSWORD) {
				throw new IllegalArgumentException(
						"give a password of at least " + MIN_PASSWORD + " characters on standard input");
			}
			return password;
		}
		catch (IOException ex) {
			throw new IllegalArgumentException("the password could not be read from standard input");
		}
	}

	private int usage() {
		this.out.println("""
				Usage:
				  organisation create <code> <name> [--kind=CLINIC|CLUB] [--phone=...] [--booking-url=...]
				      [--emergency-number=911] [--retention-days=7]
				  organisation list
				  staff add <organisation code> <user name> [--role=STAFF|ADMIN]   (password on standard input)
				  staff remove <user name>
				  staff list <organisation code>""");
		return 2;
	}

}
