package app.backcheck.web;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import org.springframework.util.FileSystemUtils;

/**
 * The nginx configuration in docs/deploy/nginx.conf, run as it is in front of two
 * instances, with only its ports, its host name and its log files changed. Where nginx is
 * not installed the tests that need it are skipped, unless {@value #REQUIRE} is
 * {@code true} (as CI sets it), when that is a failure.
 */
public final class TestNginx implements AutoCloseable {

	public static final String REQUIRE = "BACKCHECK_REQUIRE_NGINX";

	private static final Path NGINX = Path.of("/usr/sbin/nginx");

	private final Path prefix;

	private final Process process;

	private final int port;

	private TestNginx(Path prefix, Process process, int port) {
		this.prefix = prefix;
		this.process = process;
		this.port = port;
	}

	/** Skips (or fails under CI) where nginx is not installed. */
	public static void assumeInstalled() {
		if (!Files.isExecutable(NGINX)) {
			String message = "nginx is not installed (apt-get install -y nginx)";
			if (Boolean.parseBoolean(System.getenv(REQUIRE))) {
				Assertions.fail(message);
			}
			Assumptions.abort(message + ": the nginx configuration is not tested here");
		}
	}

	/** nginx in front of the two instances on these ports, as {@code localhost}. */
	public static TestNginx inFrontOf(int first, int second) throws IOException, InterruptedException {
		assumeInstalled();
		Path prefix = Files.createTempDirectory("backcheck-nginx");
		int port = freePort();
		String config = Files.readString(Path.of("docs/deploy/nginx.conf"))
			.replace("127.0.0.1:8080", "127.0.0.1:" + first)
			.replace("127.0.0.1:8082", "127.0.0.1:" + second)
			.replace("listen 80 default_server;", "listen 127.0.0.1:" + port + " default_server;")
			.replace("listen 80;", "listen 127.0.0.1:" + port + ";")
			.replace("server_name backcheck.example;", "server_name localhost;")
			.replace("http {", "http {\n\taccess_log " + prefix.resolve("logs/access.log") + ";");
		Files.createDirectories(prefix.resolve("logs"));
		Files.writeString(prefix.resolve("nginx.conf"), config);
		Process process = new ProcessBuilder(NGINX.toString(), "-p", prefix.toString(), "-c",
				prefix.resolve("nginx.conf").toString(), "-g",
				"daemon off; master_process off; pid " + prefix.resolve("nginx.pid") + "; error_log "
						+ prefix.resolve("logs/error.log") + ";")
			.redirectErrorStream(true)
			.redirectOutput(prefix.resolve("nginx.out").toFile())
			.start();
		TestNginx nginx = new TestNginx(prefix, process, port);
		nginx.waitForPort();
		return nginx;
	}

	public int port() {
		return this.port;
	}

	public String accessLog() throws IOException {
		return Files.readString(this.prefix.resolve("logs/access.log"));
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		this.process.waitFor(10, TimeUnit.SECONDS);
		FileSystemUtils.deleteRecursively(this.prefix.toFile());
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private void waitForPort() throws InterruptedException, IOException {
		for (int attempt = 0; attempt < 100; attempt++) {
			try (Socket socket = new Socket("127.0.0.1", this.port)) {
				return;
			}
			catch (IOException ex) {
				Thread.sleep(100);
			}
		}
		throw new IllegalStateException("nginx did not start: " + Files.readString(this.prefix.resolve("nginx.out")));
	}

}
