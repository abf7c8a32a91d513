package app.backcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar, launched as docs/deploy.md says: extracted, with a class-data-sharing
 * archive made from an ahead-of-time run, and started with the documented JVM settings.
 * {@code -Xshare:on} makes the start fail if the archive is not used. Runs after
 * {@code package}, as an integration test.
 */
class ProductionLaunchIT {

	/** The settings in docs/deploy.md and bench/run. */
	static final List<String> JVM_SETTINGS = List.of("-Dspring.aot.enabled=true", "-XX:SharedArchiveFile=backcheck.jsa",
			"-XX:TieredStopAtLevel=1", "-Xmx64m", "-Xss512k", "-XX:MaxMetaspaceSize=96m",
			"-XX:ReservedCodeCacheSize=24m", "-XX:+UseSerialGC");

	private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

	@TempDir
	Path folder;

	@Test
	void theDocumentedLaunchShouldStartWithItsArchiveAndServeTheCheck() throws Exception {
		Path jar = packagedJar();
		Path app = this.folder.resolve("app");
		run(this.folder, this.folder, JAVA, "-Djarmode=tools", "-jar", jar.toAbsolutePath().toString(), "extract",
				"--destination", app.toString());
		String data = "--backcheck.share.data-dir=" + this.folder.resolve("data");
		run(this.folder, app, JAVA, "-Dspring.aot.enabled=true", "-XX:ArchiveClassesAtExit=backcheck.jsa",
				"-Dspring.context.exit=onRefresh", "-jar", jar.getFileName().toString(), data);
		assertThat(app.resolve("backcheck.jsa")).isNotEmptyFile();

		int port = freePort();
		int managementPort = freePort();
		List<String> command = new ArrayList<>(List.of(JAVA));
		command.addAll(JVM_SETTINGS);
		command.addAll(List.of("-Xshare:on", "-jar", jar.getFileName().toString(), "--server.port=" + port,
				"--management.server.port=" + managementPort, data));
		File log = this.folder.resolve("app.log").toFile();
		Process process = new ProcessBuilder(command).directory(app.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log)
			.start();
		try {
			waitForStarted(process, log.toPath());
			SiteClient site = new SiteClient(port);
			HttpResponse<String> start = site.get("/");
			assertThat(start.statusCode()).isEqualTo(200);
			assertThat(start.body()).contains("Check your lower back pain");
			assertThat(site.get("/", "Accept-Language", "es").body()).contains("Revise su dolor");
			assertThat(new SiteClient(managementPort).get("/actuator/health").body()).contains("UP");
		}
		finally {
			process.destroy();
			assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
		}
	}

	private static void waitForStarted(Process process, Path log) throws IOException, InterruptedException {
		for (int i = 0; i < 600; i++) {
			String output = Files.readString(log);
			if (output.contains("Started BackCheckApplication")) {
				return;
			}
			assertThat(process.isAlive()).as("the app stopped:%n%s", output).isTrue();
			Thread.sleep(100);
		}
		throw new AssertionError("the app did not start within a minute:\n" + Files.readString(log));
	}

	/** The jar {@code package} made. */
	static Path packagedJar() throws IOException {
		try (Stream<Path> jars = Files.list(Path.of("target"))) {
			return jars.filter((path) -> path.getFileName().toString().matches("backcheck-.*\\.jar"))
				.findFirst()
				.orElseThrow();
		}
	}

	/** Runs a command to its end in {@code folder}, its output kept in {@code logs}. */
	static void run(Path logs, Path folder, String... command) throws IOException, InterruptedException {
		Path log = Files.createTempFile(logs, "run", ".log");
		Process process = new ProcessBuilder(command).directory(folder.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).as(String.join(" ", command)).isTrue();
		assertThat(process.exitValue()).as("%s:%n%s", String.join(" ", command), Files.readString(log)).isZero();
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
