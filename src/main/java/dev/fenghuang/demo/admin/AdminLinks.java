package dev.fenghuang.demo.admin;

import dev.fenghuang.demo.http.PageRequest;
import java.net.URLEncoder;
import java.nio.charset.Charset;

/**
 * URLs of {@code admin.php} as the admin panel prints them: raw {@code &}, values percent-encoded in the site charset.
 */
final class AdminLinks {
    static final String QUEUE = "admin.php?action=moderate&operation=articlecomments";
    static final String SEARCH = "admin.php?action=comment&operation=article";

    private AdminLinks() {
    }

    /** The requested URL without {@code sid}, e.g. {@code admin.php?} or {@code admin.php?action=index}. */
    static String requested(PageRequest request) {
        StringBuilder query = new StringBuilder();
        for (String pair : request.rawQuery().split("&")) {
            if (!pair.isEmpty() && !pair.equals("sid") && !pair.startsWith("sid=")) {
                query.append(query.length() == 0 ? "" : "&").append(pair);
            }
        }
        return "admin.php?" + query;
    }

    /** {@code &name=value}, the value percent-encoded. */
    static String pair(String name, String value, Charset charset) {
        return "&" + name + "=" + URLEncoder.encode(value, charset);
    }
}
