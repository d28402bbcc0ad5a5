package dev.fenghuang.site.write;

import dev.fenghuang.site.markup.SiteText;
import dev.fenghuang.http.SiteConnection;
import dev.fenghuang.model.Captcha;
import dev.fenghuang.model.UnexpectedPage;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Objects;

/**
 * Loads a captcha image ({@code misc.php?mod=seccode&update=N&idhash=H}). The site answers only with a Referer of
 * the same host and port, and binds the image to the login state it is loaded in; loading it again under the same
 * hash replaces the code (every submit uses a code up).
 */
public final class CaptchaLoader {
    private final SiteConnection connection;
    private final URI base;
    private final Clock clock;

    public CaptchaLoader(SiteConnection connection, URI base, Clock clock) {
        this.connection = connection;
        this.base = base;
        this.clock = clock;
    }

    /** @param page the page that showed the captcha; used as the Referer when it is on the site's host and port */
    public Captcha load(String hash, URI page) throws IOException {
        long update = 10000 + Math.floorMod(clock.millis(), 90000);
        URI url = base.resolve("misc.php?mod=seccode&update=" + update + "&idhash=" + hash);
        byte[] image = connection.bytes(url, sameOrigin(page) ? page : base);
        String type = mediaType(image);
        if (type == null) {
            String said = SiteText.line(new String(image, 0, Math.min(image.length, 80), StandardCharsets.UTF_8));
            throw new UnexpectedPage(url.toString(), "no captcha image, the site said: "
                    + (said.isEmpty() ? "nothing" : said));
        }
        return new Captcha(hash, image, type);
    }

    private boolean sameOrigin(URI page) {
        return page != null && Objects.equals(page.getScheme(), base.getScheme())
                && Objects.equals(page.getHost(), base.getHost()) && page.getPort() == base.getPort();
    }

    /** PNG, GIF, JPEG, BMP or WebP by their first bytes; null for anything else (e.g. "Access Denied"). */
    static String mediaType(byte[] b) {
        if (starts(b, 0x89, 'P', 'N', 'G')) {
            return "image/png";
        }
        if (starts(b, 'G', 'I', 'F', '8')) {
            return "image/gif";
        }
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (starts(b, 'B', 'M')) {
            return "image/bmp";
        }
        if (starts(b, 'R', 'I', 'F', 'F') && b.length > 11 && b[8] == 'W' && b[9] == 'E' && b[10] == 'B') {
            return "image/webp";
        }
        return null;
    }

    private static boolean starts(byte[] b, int... head) {
        if (b.length < head.length) {
            return false;
        }
        for (int i = 0; i < head.length; i++) {
            if ((b[i] & 0xFF) != head[i]) {
                return false;
            }
        }
        return true;
    }
}
