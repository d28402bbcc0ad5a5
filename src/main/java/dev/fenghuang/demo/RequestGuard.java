package dev.fenghuang.demo;

import dev.fenghuang.demo.http.PageRequest;
import dev.fenghuang.demo.http.Visit;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The checks Discuz runs before any module: the GET character filter of 1.6 and the wrong-formhash
 * check of 1.5 (against the admin form hash on {@code admin.php}). Both answer with the System Error page.
 */
public final class RequestGuard {
    private static final String TAINTING_CHARACTERS = "\"'<>()";

    private RequestGuard() {
    }

    /** True when the request must be refused with the System Error page. */
    static boolean refuses(Visit visit) {
        PageRequest request = visit.request();
        if (request.method().equals("GET") && tainted(request.target())) {
            return true;
        }
        String expected = request.path().equals("/admin.php") ? visit.adminFormhash() : visit.formhash();
        return request.has("formhash") && !request.param("formhash").equals(expected) && !logout(request);
    }

    /** Logout answers a wrong formhash with a bare 302 instead (2.5). */
    private static boolean logout(PageRequest request) {
        return request.path().equals("/member.php") && request.param("action").equals("logout");
    }

    /** The URL after two rounds of percent-decoding, upper-cased, holds a quote, bracket or parenthesis. */
    static boolean tainted(String target) {
        String decoded = PageRequest.decode(PageRequest.decode(target, StandardCharsets.ISO_8859_1),
                StandardCharsets.ISO_8859_1).toUpperCase(Locale.ROOT);
        if (decoded.contains("CONTENT-TRANSFER-ENCODING")) {
            return true;
        }
        return decoded.chars().anyMatch(c -> TAINTING_CHARACTERS.indexOf(c) >= 0);
    }
}
