package app.backcheck.result;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import app.backcheck.result.ShareTokens.Opened;
import app.backcheck.result.ShareTokens.Status;
import app.backcheck.triage.Assessment;
import app.backcheck.triage.TriageService;

import org.springframework.stereotype.Service;

/**
 * Results by their share links: sealing a check into one, and opening one again with its
 * assessment. Every page, download and API answer that reopens a result comes through
 * here.
 */
@Service
public class Results {

	private final ShareTokens tokens;

	private final TriageService triage;

	Results(ShareTokens tokens, TriageService triage) {
		this.tokens = tokens;
		this.triage = triage;
	}

	/** The address of a result, relative to the site: its share link's path. */
	public static String path(String token) {
		return "/results/" + token;
	}

	/**
	 * A page or a download whose address holds a share token is not sent on as a
	 * referrer: the token is the answers.
	 */
	public static void withoutReferrer(HttpServletResponse response) {
		response.setHeader("Referrer-Policy", "no-referrer");
	}

	/** Seals a check into a new share token. */
	public String share(SharedCheck check) {
		return this.tokens.seal(check);
	}

	/**
	 * Opens a share token and assesses its answers. A token that opens but whose answers
	 * decide nothing (no longer complete under the current questions) is
	 * {@link Status#INVALID}, like one that does not open.
	 */
	public SharedResult open(String token) {
		return assess(token, this.tokens.open(token));
	}

	/**
	 * Opens a kiosk's token ({@link ShareTokens#sealOnKiosk}); only for a kiosk page
	 * whose stamp still works, which the kiosk checks before this is asked.
	 */
	public SharedResult openOnKiosk(String token) {
		return assess(token, this.tokens.openOnKiosk(token));
	}

	private SharedResult assess(String token, Opened opened) {
		if (opened.status() != Status.OPEN) {
			return new SharedResult(opened.status(), token, null, null);
		}
		return this.triage.assessIfComplete(opened.check().answers())
			.map((assessment) -> new SharedResult(Status.OPEN, token, opened.check(), assessment))
			.orElseGet(() -> new SharedResult(Status.INVALID, token, null, null));
	}

	/**
	 * A share token opened: its status and, when it opens, the check it carries and the
	 * check's assessment.
	 */
	public record SharedResult(Status status, String token, SharedCheck check, Assessment assessment) {

		public boolean opens() {
			return this.status == Status.OPEN;
		}

		public Map<String, List<String>> answers() {
			return this.check.answers();
		}

		/**
		 * A link past its time is gone; anything else that does not open was never a
		 * link.
		 */
		public boolean expired() {
			return this.status == Status.EXPIRED;
		}

	}

}
