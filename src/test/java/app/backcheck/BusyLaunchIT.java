package app.backcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The busy site's launch in docs/deploy.md: the packaged jar, extracted, on Java 25 with
 * its ahead-of-time cache, made by a training run that serves real requests, and the
 * optimising compiler. {@code -XX:AOTMode=on} makes the start fail if the cache cannot be
 * used. Runs after {@code package} where Java 25 is installed ({@value #JAVA_25_HOME}, or
 * the folder that variable names); skipped elsewhere.
 */
class BusyLaunchIT {

	static final String JAVA_25_HOME = "/usr/lib/jvm/temurin-25-jdk-amd64";

	/** The settings in docs/deploy.md and bench/run (LAUNCH=busy). */
	static final List<String> JVM_SETTINGS = List.of("-Dspring.aot.enabled=true", "-Xmx96m", "-Xss512k",
			"-XX:MaxMetaspaceSize=128m", "-XX:ReservedCodeCacheSize=48m", "-XX:+UseSerialGC");

	/**
	 * A runner's whole answer set, as bench/run posts it: the training serves the result.
	 */
	private static final String FORM = "emergencySigns=NONE&warningSigns=NONE&painLocation=LOWER_ONE_SIDE"
			+ "&legPain=ABOVE_KNEE&severity=6&stopsDailyActivities=false&onset=GRADUAL&duration=ONE_TO_SIX_WEEKS"
			+ "&previousEpisodes=FIRST_TIME&worseWhen=ONE_LEG_LOADING&worseWhen=AS_RUN_GOES_ON&morningStiffness=false"
			+ "&impactPain=NO&boneTenderSpot=NO&groinPain=false&boneStressRisks=NONE&age=34&longestRun=UP_TO_MARATHON"
			+ "&recentIncrease=true&unevenLanding=YES&archedBack=NO&coreTraining=SOMETIMES&backTraining=NEVER"
			+ "&cramps=NO&tenderKnot=false&drinking=WHEN_THIRSTY";

	@TempDir
	Path folder;

	@Test
	void theBusyLaunchShouldStartWithItsTrainedCacheAndServeTheCheck() throws Exception {
		Path home = Path.of(System.getenv().getOrDefault("BACKCHECK_JAVA_25_HOME", JAVA_25_HOME));
		String java = home.resolve("bin/java").toString();
		Assumptions.assumeTrue(Files.isExecutable(Path.of(java)),
				"Java 25 is not installed at " + home + ": the busy launch is not tested here");
		Path jar = ProductionLaunchIT.packagedJar();
		Path app = this.folder.resolve("app");
		ProductionLaunchIT.run(this.folder, this.folder, java, "-Djarmode=tools", "-jar",
				jar.toAbsolutePath().toString(), "extract", "--destination", app.toString());
		String data = "--backcheck.share.data-dir=" + this.folder.resolve("data");
		String database = "--backcheck.database-file=" + this.folder.resolve("data/backcheck");

		// The training run: real requests, so that the cache holds their profiles; the
		// cache is written when it stops
		int port = ProductionLaunchIT.freePort();
		Process training = start(app, java, List.of("-XX:AOTCacheOutput=backcheck.aot"), jar, port, data, database);
		try {
			SiteClient site = new SiteClient(port);
			for (int i = 0; i < 50; i++) {
				assertThat(site.get("/").statusCode()).isEqualTo(200);
				HttpResponse<String> result = site.send(HttpRequest.newBuilder(site.uri("/check/result"))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString(FORM)));
				assertThat(result.statusCode()).isEqualTo(200);
				assertThat(result.body()).contains("<title>Your result - BackCheck</title>");
			}
		}
		finally {
			training.destroy();
			assertThat(training.waitFor(120, TimeUnit.SECONDS)).as("the training run stops and writes its cache")
				.isTrue();
		}
		assertThat(app.resolve("backcheck.aot")).isNotEmptyFile();

		port = ProductionLaunchIT.freePort();
		Process process = start(app, java, List.of("-XX:AOTCache=backcheck.aot", "-XX:AOTMode=on"), jar, port, data,
				database);
		try {
			SiteClient site = new SiteClient(port);
			HttpResponse<String> start = site.get("/");
			assertThat(start.statusCode()).isEqualTo(200);
			assertThat(start.body()).contains("Check your lower back pain");
			assertThat(site.get("/", "Accept-Language", "es").body()).contains("Revise su dolor");
		}
		finally {
			process.destroy();
			assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
		}
	}

	private Process start(Path app, String java, List<String> cache, Path jar, int port, String... settings)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(java));
		command.addAll(JVM_SETTINGS);
		command.addAll(cache);
		command.addAll(List.of("-jar", jar.getFileName().toString(), "--server.port=" + port,
				"--management.server.port=" + ProductionLaunchIT.freePort()));
		command.addAll(List.of(settings));
		File log = Files.createTempFile(this.folder, "app", ".log").toFile();
		Process process = new ProcessBuilder(command).directory(app.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log)
			.start();
		for (int i = 0; i < 900; i++) {
			String output = Files.readString(log.toPath());
			if (output.contains("Started BackCheckApplication")) {
				return process;
			}
			assertThat(process.isAlive()).as("the app stopped:%n%s", output).isTrue();
			Thread.sleep(100);
		}
		process.destroy();
		throw new AssertionError("the app did not start within 90 seconds:\n" + Files.readString(log.toPath()));
	}

}
