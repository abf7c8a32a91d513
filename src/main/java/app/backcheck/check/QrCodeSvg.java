package app.backcheck.check;

import io.nayuki.qrcodegen.DataTooLongException;
import io.nayuki.qrcodegen.QrCode;

/**
 * A QR code drawn as one SVG path, made on the server: no script and no outside service.
 * Each run of dark modules in a row is one rectangle, which keeps the path short.
 *
 * @param size modules per side, without the quiet zone
 * @param path the SVG path data, in module units, offset by the quiet zone
 */
public record QrCodeSvg(int size, String path) {

	/** Light modules around the code, as scanners need. */
	static final int QUIET_ZONE = 4;

	/**
	 * The code for this text, or {@code null} when the text is too long for any QR code.
	 */
	static QrCodeSvg of(String text) {
		QrCode qr;
		try {
			qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
		}
		catch (DataTooLongException ex) {
			return null;
		}
		StringBuilder path = new StringBuilder();
		for (int y = 0; y < qr.size; y++) {
			int x = 0;
			while (x < qr.size) {
				if (!qr.getModule(x, y)) {
					x++;
					continue;
				}
				int start = x;
				while (x < qr.size && qr.getModule(x, y)) {
					x++;
				}
				path.append('M')
					.append(start + QUIET_ZONE)
					.append(',')
					.append(y + QUIET_ZONE)
					.append('h')
					.append(x - start)
					.append("v1h-")
					.append(x - start)
					.append('z');
			}
		}
		return new QrCodeSvg(qr.size, path.toString());
	}

	/** The side of the whole picture, quiet zone included. */
	public int viewBoxSize() {
		return this.size + 2 * QUIET_ZONE;
	}

}
