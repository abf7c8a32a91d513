package app.backcheck.triage;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Answer sets for tests, as raw values. The baseline matches no urgency rule and no cause
 * cue.
 */
public final class TestAnswers {

	private final Map<String, List<String>> raw;

	private TestAnswers(Map<String, List<String>> raw) {
		this.raw = raw;
	}

	public static TestAnswers baseline() {
		Map<String, List<String>> raw = new LinkedHashMap<>();
		raw.put("emergencySigns", List.of());
		raw.put("warningSigns", List.of());
		raw.put("painLocation", List.of("ALL_OVER"));
		raw.put("legPain", List.of("NONE"));
		raw.put("severity", List.of("3"));
		raw.put("stopsDailyActivities", List.of("false"));
		raw.put("onset", List.of("UNSURE"));
		raw.put("duration", List.of("LESS_THAN_A_WEEK"));
		raw.put("previousEpisodes", List.of("HAD_IT_BEFORE"));
		raw.put("worseWhen", List.of());
		raw.put("morningStiffness", List.of("false"));
		raw.put("impactPain", List.of("NO"));
		raw.put("boneTenderSpot", List.of("NO"));
		raw.put("groinPain", List.of("false"));
		raw.put("boneStressRisks", List.of());
		raw.put("age", List.of("35"));
		raw.put("longestRun", List.of("UP_TO_10K"));
		raw.put("recentIncrease", List.of("false"));
		raw.put("unevenLanding", List.of("NO"));
		raw.put("archedBack", List.of("NO"));
		raw.put("coreTraining", List.of("REGULARLY"));
		raw.put("backTraining", List.of("REGULARLY"));
		raw.put("cramps", List.of("NO"));
		raw.put("tenderKnot", List.of("false"));
		raw.put("drinking", List.of("WHEN_THIRSTY"));
		return new TestAnswers(raw);
	}

	/** A copy with one field's values replaced. */
	public TestAnswers with(String field, String... values) {
		Map<String, List<String>> copy = new LinkedHashMap<>(this.raw);
		copy.put(field, List.of(values));
		return new TestAnswers(copy);
	}

	/** A copy with changes written as {@code field=value,value; field=value}. */
	public TestAnswers with(String changes) {
		TestAnswers answers = this;
		for (String change : changes.split(";")) {
			String[] parts = change.strip().split("=", 2);
			String[] values = parts[1].isBlank() ? new String[0] : parts[1].strip().split("\\s*,\\s*");
			answers = answers.with(parts[0].strip(), values);
		}
		return answers;
	}

	public TestAnswers without(String field) {
		Map<String, List<String>> copy = new LinkedHashMap<>(this.raw);
		copy.remove(field);
		return new TestAnswers(copy);
	}

	public Map<String, List<String>> raw() {
		return Map.copyOf(this.raw);
	}

	public Answers answers() {
		return AnswerReader.read(this.raw);
	}

	/** As form parameters, with "None of these" for empty sets as the pages send it. */
	public List<String[]> formParameters() {
		return this.raw.entrySet().stream().map((entry) -> {
			List<String> values = entry.getValue().isEmpty() ? List.of("NONE") : entry.getValue();
			String[] pair = new String[values.size() + 1];
			pair[0] = entry.getKey();
			System.arraycopy(values.toArray(String[]::new), 0, pair, 1, values.size());
			return pair;
		}).toList();
	}

	/** As a JSON object for the API: sets as arrays, numbers and booleans typed. */
	public Map<String, Object> json() {
		Map<String, Object> body = new LinkedHashMap<>();
		this.raw
			.forEach((field, values) -> body.put(field, switch (Questionnaire.question(field).orElseThrow().kind()) {
				case ANY_OF -> values;
				case ONE_OF -> values.get(0);
				case YES_NO -> Boolean.valueOf(values.get(0));
				case WHOLE_NUMBER -> Integer.valueOf(values.get(0));
			}));
		return body;
	}

	@Override
	public String toString() {
		return Arrays.toString(this.raw.entrySet().toArray());
	}

}
