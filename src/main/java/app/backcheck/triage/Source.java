package app.backcheck.triage;

/**
 * Where a rule comes from. Names and titles are in the messages ({@code source.<NAME>}
 * and {@code source.<NAME>.title}); published guidance keeps its English title in every
 * language.
 */
public enum Source {

	NHS_BACK_PAIN("https://www.nhs.uk/conditions/back-pain/"),
	NHS_AORTIC_ANEURYSM("https://www.nhs.uk/conditions/abdominal-aortic-aneurysm/"),
	GIRFT_CAUDA_EQUINA("https://gettingitrightfirsttime.co.uk/"), NICE_NG59("https://www.nice.org.uk/guidance/ng59"),
	NICE_NG65("https://www.nice.org.uk/guidance/ng65"), NICE_NG234("https://www.nice.org.uk/guidance/ng234"),
	NICE_CKS_RED_FLAGS("https://cks.nice.org.uk/topics/back-pain-low-without-radiculopathy/"),
	MICHELI_WOOD_1995("https://doi.org/10.1001/archpedi.1995.02170130017004"),
	BONE_STRESS_INJURY_RUNNERS("https://doi.org/10.2519/jospt.2014.5334"),
	IOC_REDS_2023("https://doi.org/10.1136/bjsports-2023-106994"), CHILD_BACK_PAIN(null), ARTICLE(null);

	private final String url;

	Source(String url) {
		this.url = url;
	}

	/** The public address, or {@code null} where the source has none to link to. */
	public String url() {
		return this.url;
	}

}
