package dev.fenghuang.demo.store;

import dev.fenghuang.demo.http.Formhash;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Captcha codes of 1.10. Loading an image issues a code, kept under the value of the {@code {pre}seccodeH}
 * cookie it sets and bound to the hash {@code H} and the uid of the loader. A code is valid for 600 seconds,
 * dies after five failed pre-checks, and is used up by any form submit, right or wrong.
 */
public final class Captchas {
    static final String ALPHABET = "BCEFGHJKMPQRTVWXY2346789";
    private static final long LIFETIME = 600;
    private static final int MAX_FAILED_CHECKS = 5;

    private record Code(String hash, String text, int uid, long issued, AtomicInteger failures) {
    }

    private final Map<String, Code> byCookie = new ConcurrentHashMap<>();
    private final Map<String, String> latest = new ConcurrentHashMap<>();
    private volatile String newest;
    private final AtomicInteger serial = new AtomicInteger(1);
    private final SecureRandom random = new SecureRandom();

    /** A new code for hash {@code H} loaded by this uid; answers the cookie value and the code. */
    public Issued issue(String hash, int uid, long now) {
        StringBuilder text = new StringBuilder(4);
        for (int i = 0; i < 4; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        String cookie = serial.incrementAndGet() + "." + Formhash.md5(hash + text + uid + now + random.nextLong())
                .substring(0, 18);
        byCookie.put(cookie, new Code(hash, text.toString(), uid, now, new AtomicInteger()));
        latest.put(hash, text.toString());
        newest = text.toString();
        return new Issued(cookie, text.toString());
    }

    public record Issued(String cookie, String code) {
    }

    /** The pre-check: leaves the code in place; a failure counts towards the five. */
    public boolean check(String cookie, String hash, int uid, String input, long now) {
        Code code = live(cookie, hash, uid, now).orElse(null);
        if (code == null) {
            return false;
        }
        if (code.text().equalsIgnoreCase(input.strip())) {
            return true;
        }
        if (code.failures().incrementAndGet() >= MAX_FAILED_CHECKS) {
            byCookie.remove(cookie);
        }
        return false;
    }

    /** A form submit: the code is used up whatever the answer. */
    public boolean submit(String cookie, String hash, int uid, String input, long now) {
        Optional<Code> code = live(cookie, hash, uid, now);
        if (cookie != null) {
            byCookie.remove(cookie);
        }
        return code.isPresent() && code.get().text().equalsIgnoreCase(input.strip());
    }

    /** The code of the image loaded last under this hash, for tests. */
    public Optional<String> latest(String hash) {
        return Optional.ofNullable(latest.get(hash));
    }

    /** The code of the image loaded last under any hash, for tests that cannot see the hash. */
    public Optional<String> newest() {
        return Optional.ofNullable(newest);
    }

    private Optional<Code> live(String cookie, String hash, int uid, long now) {
        Code code = cookie == null ? null : byCookie.get(cookie);
        if (code == null || !code.hash().equals(hash) || code.uid() != uid || now - code.issued() > LIFETIME) {
            return Optional.empty();
        }
        return Optional.of(code);
    }
}
