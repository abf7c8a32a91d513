package app.backcheck.inbox;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every staff page knows: that it is one (it loads the staff stylesheet), and
 * whether its reader is an admin.
 */
@ControllerAdvice(assignableTypes = { InboxController.class, AdminController.class })
class StaffModelAdvice {

	/** Public pages never pay for the staff area's stylesheet. */
	@ModelAttribute("staffArea")
	boolean staffArea() {
		return true;
	}

	@ModelAttribute("staffAdmin")
	boolean staffAdmin(@AuthenticationPrincipal StaffUser user) {
		return user != null
				&& user.getAuthorities().stream().anyMatch((role) -> role.getAuthority().equals("ROLE_ADMIN"));
	}

}
