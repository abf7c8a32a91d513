package app.backcheck.inbox;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * A new id for every Send form drawn, so that the same form posted twice (Reload on the
 * page that says it was sent, or a double press) stores one screening, not two. It is
 * random and says nothing; a form drawn again after an error keeps the id it was posted
 * with.
 */
@ControllerAdvice(annotations = Controller.class)
class SendFormIds {

	@ModelAttribute("sendFormId")
	String sendFormId(HttpServletRequest request) {
		String posted = request.getParameter("formId");
		return (posted != null && SendController.FORM_ID.matcher(posted).matches()) ? posted
				: UUID.randomUUID().toString();
	}

}
