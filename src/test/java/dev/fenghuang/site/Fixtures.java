package dev.fenghuang.site;

import dev.fenghuang.http.WebPage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Hand-written pages in src/test/resources/site, as text, documents or canned responses. */
public final class Fixtures {
    public static final String SEED_SITE = "http://www.qxfhs.example/";
    public static final String SITE = "http://portal.example/";

    private Fixtures() {
    }

    public static String text(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/site/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixture parsed as if fetched from {@code url}. */
    public static Document document(String name, String url) {
        return Jsoup.parse(text(name), url);
    }

    static WebPage page(String name, String url, int status) {
        return page(name, url, status, "text/html");
    }

    static WebPage page(String name, String url, int status, String contentType) {
        URI uri = URI.create(url);
        return new WebPage(uri, uri, status, contentType, StandardCharsets.UTF_8, true, text(name));
    }
}
