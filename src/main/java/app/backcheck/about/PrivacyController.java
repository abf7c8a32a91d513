package app.backcheck.about;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The privacy page: in plain words, what becomes of the answers.
 */
@Controller
class PrivacyController {

	static final String PRIVACY_VIEW = "about/privacy";

	@GetMapping("/privacy")
	String privacy() {
		return PRIVACY_VIEW;
	}

}
