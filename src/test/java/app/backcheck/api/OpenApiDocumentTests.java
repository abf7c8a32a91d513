package app.backcheck.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.backcheck.SiteClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document at {@code /v3/api-docs} is generated from the code; docs/api.md is
 * written by hand. These tests keep the two in step: the same paths, the same fields with
 * the same types, codes, ranges and required ones, the same problems.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class OpenApiDocumentTests {

	/** A row of the field table: {@code | `field` (*optional*) | type | values |}. */
	private static final Pattern FIELD_ROW = Pattern
		.compile("^\\| `(\\w+)`( \\(\\*optional\\*\\))? \\| ([a-z ]+) \\| ?(.*?) ?\\|$", Pattern.MULTILINE);

	private static final Pattern PATH_HEADING = Pattern.compile("^## `(GET|POST) ([^`]+)`", Pattern.MULTILINE);

	private static final Pattern PROBLEM_ROW = Pattern.compile("^\\| `([A-Z_]+)` \\| ", Pattern.MULTILINE);

	@LocalServerPort
	private int port;

	private JsonNode document;

	private String apiDocs;

	@BeforeEach
	void fetch() throws IOException {
		SiteClient site = new SiteClient(this.port);
		var response = site.get("/v3/api-docs");
		assertThat(response.statusCode()).isEqualTo(200);
		this.document = JsonMapper.builder().build().readTree(response.body());
		this.apiDocs = Files.readString(Path.of("docs/api.md"));
	}

	@Test
	void documentShouldBeOpenApi31WithNoServerTakenFromTheRequest() {
		assertThat(this.document.path("openapi").asString()).startsWith("3.1");
		assertThat(this.document.path("servers").get(0).path("url").asString()).isEqualTo("/");
		assertThat(this.document.toString()).doesNotContain("localhost");
		SiteClient site = new SiteClient(this.port);
		assertThat(site.get("/v3/api-docs", "X-Forwarded-Host", "evil.example").body()).doesNotContain("evil.example");
		assertThat(site.get("/v3/api-docs.yaml").body()).startsWith("openapi: 3.1");
	}

	@Test
	void pathsShouldBeTheOnesTheDocsDescribe() {
		Set<String> documented = new LinkedHashSet<>();
		Matcher heading = PATH_HEADING.matcher(this.apiDocs);
		while (heading.find()) {
			documented.add(heading.group(1).toLowerCase() + " " + heading.group(2));
		}
		Set<String> generated = new LinkedHashSet<>();
		this.document.path("paths")
			.properties()
			.forEach((path) -> path.getValue()
				.propertyNames()
				.forEach((method) -> generated.add(method + " " + path.getKey())));
		assertThat(generated).containsExactlyInAnyOrderElementsOf(documented);
	}

	@Test
	void answersShouldHaveTheFieldsTypesCodesAndRangesOfTheDocs() {
		JsonNode answers = this.document.path("components").path("schemas").path("Answers");
		Map<String, String> generated = new LinkedHashMap<>();
		answers.path("properties")
			.properties()
			.forEach((field) -> generated.put(field.getKey(), describe(field.getValue())));
		Map<String, String> documented = new LinkedHashMap<>();
		List<String> optional = new ArrayList<>();
		Matcher row = FIELD_ROW.matcher(this.apiDocs);
		while (row.find()) {
			documented.put(row.group(1), row.group(3) + " | " + row.group(4).strip());
			if (row.group(2) != null) {
				optional.add(row.group(1));
			}
		}
		assertThat(generated).hasSize(25).containsExactlyInAnyOrderEntriesOf(documented);
		List<String> required = new ArrayList<>();
		answers.path("required").forEach((field) -> required.add(field.asString()));
		assertThat(required).containsExactlyInAnyOrderElementsOf(
				generated.keySet().stream().filter((field) -> !optional.contains(field)).toList());
		assertThat(answers.path("additionalProperties").asBoolean(true)).isFalse();
	}

	/**
	 * A property in the words of the docs' table: "code | `A`, `B`", "integer | 0 to 10".
	 */
	private static String describe(JsonNode property) {
		String type = property.path("type").asString();
		return switch (type) {
			case "array" -> "array of codes | " + codes(property.path("items"));
			case "string" -> "code | " + codes(property);
			case "integer" ->
				"integer | " + property.path("minimum").asInt() + " to " + property.path("maximum").asInt();
			default -> type + " | ";
		};
	}

	private static String codes(JsonNode schema) {
		List<String> codes = new ArrayList<>();
		schema.path("enum").forEach((code) -> codes.add("`" + code.asString() + "`"));
		return String.join(", ", codes);
	}

	@Test
	void problemsShouldBeTheOnesTheDocsList() {
		List<String> documented = new ArrayList<>();
		Matcher row = PROBLEM_ROW.matcher(this.apiDocs);
		while (row.find()) {
			documented.add(row.group(1));
		}
		List<String> generated = new ArrayList<>();
		this.document.path("components")
			.path("schemas")
			.path("InvalidAnswers")
			.path("allOf")
			.get(1)
			.path("properties")
			.path("errors")
			.path("items")
			.path("properties")
			.path("problem")
			.path("enum")
			.forEach((problem) -> generated.add(problem.asString()));
		assertThat(generated).containsExactlyInAnyOrderElementsOf(documented);
	}

	@Test
	void assessmentsShouldShowTheProblemResponsesAndAnExampleTheRulesAnswered() {
		JsonNode assess = this.document.path("paths").path("/api/v1/assessments").path("post");
		assertThat(assess.path("responses").propertyNames()).contains("200", "400", "413", "415", "429");
		assertThat(assess.path("responses").path("400").path("content").has("application/problem+json")).isTrue();
		JsonNode request = assess.path("requestBody").path("content");
		assertThat(request.propertyNames()).contains("application/json", "application/fhir+json");
		assertThat(request.path("application/json").path("example").path("archedBack").asString()).isEqualTo("YES");
		JsonNode example = assess.path("responses")
			.path("200")
			.path("content")
			.path("application/json")
			.path("example");
		assertThat(example.path("urgency").asString()).isEqualTo("SELF_CARE");
		assertThat(example.path("causes").get(0).path("cause").asString()).isEqualTo("FACET_JOINT_IRRITATION");
	}

}
