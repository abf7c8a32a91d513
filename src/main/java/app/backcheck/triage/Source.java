package app.backcheck.triage;

/**
 * Where a rule comes from. Names and titles are in the messages ({@code source.<NAME>} and
 * {@code source.<NAME>.title}); published guidance keeps its English title in every language.
 */
public enum Source {

	NHS_BACK_PAIN("https://www.nhs.uk/conditions/back-pain/"),
	NICE_NG59("https://www.nice.org.uk/guidance/ng59"),
	NICE_NG65("https://www.nice.org.uk/guidance/ng65"),
	NICE_CKS_RED_FLAGS("https://cks.nice.org.uk/topics/back-pain-low-without-radiculopathy/"),
	ARTICLE(null);

	private final String url;

	Source(String url) {
		this.url = url;
	}

	/** The public address, or {@code null} where the source has none to link to. */
	public String url() {
		return this.url;
	}

}
