package app.backcheck.triage;

/**
 * Where a rule comes from. Titles are proper names and stay in English in every language.
 */
public enum Source {

	NHS_BACK_PAIN("NHS", "NHS: Back pain", "https://www.nhs.uk/conditions/back-pain/"),
	NICE_NG59("NICE NG59", "NICE NG59: Low back pain and sciatica in over 16s", "https://www.nice.org.uk/guidance/ng59"),
	NICE_NG65("NICE NG65", "NICE NG65: Spondyloarthritis in over 16s", "https://www.nice.org.uk/guidance/ng65"),
	NICE_CKS_RED_FLAGS("NICE CKS", "NICE CKS: Back pain, low (without radiculopathy), red flags",
			"https://cks.nice.org.uk/topics/back-pain-low-without-radiculopathy/"),
	ARTICLE("Article", "Source article: lower back pain in runners, its four common causes and their care", null);

	private final String label;

	private final String title;

	private final String url;

	Source(String label, String title, String url) {
		this.label = label;
		this.title = title;
		this.url = url;
	}

	/** A short name, for the rule lists. */
	public String label() {
		return this.label;
	}

	public String title() {
		return this.title;
	}

	/** The public address, or {@code null} where the source has none to link to. */
	public String url() {
		return this.url;
	}

}
