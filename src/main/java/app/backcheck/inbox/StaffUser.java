package app.backcheck.inbox;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A signed-in member of staff, with the one organisation whose inbox they may read. */
class StaffUser extends User {

	private final long organisationId;

	StaffUser(StaffAccount account) {
		super(account.username(), account.passwordHash(),
				List.of(new SimpleGrantedAuthority("ROLE_" + account.role().name())));
		this.organisationId = account.organisationId();
	}

	long organisationId() {
		return this.organisationId;
	}

	@Override
	public boolean equals(Object other) {
		return super.equals(other);
	}

	@Override
	public int hashCode() {
		return super.hashCode();
	}

}
