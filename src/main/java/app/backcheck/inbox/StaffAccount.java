package app.backcheck.inbox;

import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A member of an organisation's staff. {@code STAFF} reads the inbox; {@code ADMIN} also
 * manages the organisation.
 *
 * @param passwordHash the password as Spring Security's delegating encoder writes it
 * ({@code {bcrypt}...})
 */
@Table("staff_account")
public record StaffAccount(@Id Long id, Long organisationId, String username, String passwordHash, Role role) {

	public enum Role {

		STAFF, ADMIN

	}

	/** Letters, digits, dots, dashes, _ and @, up to 60: a name that shows as it is. */
	static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,60}");

	static boolean isUsername(String username) {
		return username != null && USERNAME.matcher(username).matches();
	}

	/**
	 * User names are kept and looked up in lower case, so that "Desk1" and "desk1" are
	 * one account, and no look-alike of another's name in other capitals is made.
	 */
	static String normalise(String username) {
		return (username != null) ? username.strip().toLowerCase(Locale.ROOT) : "";
	}

}
