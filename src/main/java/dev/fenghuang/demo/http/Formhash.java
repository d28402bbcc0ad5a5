package dev.fenghuang.demo.http;

import dev.fenghuang.demo.store.SiteMember;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The form hash of 1.5: eight hex digits from an MD5 over the time period, the user and the
 * per-client key derived from the site secret and the {@code saltkey} cookie; {@code admin.php} adds a fixed string.
 */
public final class Formhash {
    private static final long PERIOD_SECONDS = 10_000_000L;
    private static final String ADMIN_EXTRA = "fenghuang admin panel";

    private Formhash() {
    }

    static String of(String siteSecret, String saltkey, SiteMember member, long now) {
        return digest(siteSecret, saltkey, member, now, "");
    }

    /** The admin panel's form hash: the same digest with an extra string, so it never equals the front-end one. */
    static String admin(String siteSecret, String saltkey, SiteMember member, long now) {
        return digest(siteSecret, saltkey, member, now, ADMIN_EXTRA);
    }

    private static String digest(String siteSecret, String saltkey, SiteMember member, long now, String extra) {
        String authkey = md5(siteSecret + saltkey);
        return md5((now / PERIOD_SECONDS) + (member.guest() ? "" : member.name()) + member.uid() + authkey + extra)
                .substring(8, 16);
    }

    public static String md5(String text) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            return HexFormat.of().formatHex(md5.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every JDK", e);
        }
    }
}
