package app.backcheck.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.nayuki.qrcodegen.QrCode;
import org.junit.jupiter.api.Test;

class QrCodeSvgTests {

	private static final Pattern RUN = Pattern.compile("M(\\d+),(\\d+)h(\\d+)v1h-(\\d+)z");

	@Test
	void thePathShouldDrawExactlyTheDarkModulesOfTheCode() {
		String link = "https://backcheck.example/?from=Riverside%20Harriers";
		QrCodeSvg svg = QrCodeSvg.of(link);
		QrCode qr = QrCode.encodeText(link, QrCode.Ecc.MEDIUM);
		boolean[][] drawn = new boolean[qr.size][qr.size];
		Matcher run = RUN.matcher(svg.path());
		int end = 0;
		while (run.find()) {
			assertThat(run.start()).isEqualTo(end);
			end = run.end();
			int x = Integer.parseInt(run.group(1)) - QrCodeSvg.QUIET_ZONE;
			int y = Integer.parseInt(run.group(2)) - QrCodeSvg.QUIET_ZONE;
			for (int i = 0; i < Integer.parseInt(run.group(3)); i++) {
				drawn[y][x + i] = true;
			}
		}
		assertThat(end).isEqualTo(svg.path().length());
		for (int y = 0; y < qr.size; y++) {
			for (int x = 0; x < qr.size; x++) {
				assertThat(drawn[y][x]).as("module %d,%d", x, y).isEqualTo(qr.getModule(x, y));
			}
		}
		assertThat(svg.viewBoxSize()).isEqualTo(qr.size + 8);
	}

}
