package dev.fenghuang.site.forum;

import dev.fenghuang.http.PageDecoder;
import dev.fenghuang.http.UndeclaredCharsetException;
import dev.fenghuang.http.WebPage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import dev.fenghuang.site.markup.DiscuzTime;

/** Hand-written forum pages in src/test/resources/site/forum, built from the protocol reference's markup. */
final class ForumFixtures {
    static final String SITE = "http://forum.example/";
    /** 2026-12-06 09:05 on the site's clock (UTC+8), minutes after the reference's forum batch. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T01:05:00Z"), DiscuzTime.SITE_ZONE);

    private ForumFixtures() {
    }

    static String text(String name) {
        try (InputStream in = ForumFixtures.class.getResourceAsStream("/site/forum/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Document document(String name, String url) {
        return Jsoup.parse(text(name), url);
    }

    /**
     * The fixture as a GBK site would send it: {@code <meta charset>} and the head script saying gbk, the bytes in
     * GBK, decoded by the client's own decoder with no header to help.
     */
    static Document gbkDocument(String name, String url) {
        String gbkPage = text(name).replace("<meta charset=\"utf-8\" />", "<meta charset=\"gbk\" />")
                .replace("charset = 'utf-8'", "charset = 'gbk'");
        byte[] bytes = gbkPage.getBytes(Charset.forName("GBK"));
        try {
            PageDecoder.Decoded decoded = PageDecoder.decode(bytes, null, Optional.empty());
            return Jsoup.parse(decoded.text(), url);
        } catch (UndeclaredCharsetException e) {
            throw new IllegalStateException(e);
        }
    }

    static WebPage page(String name, String url, int status) {
        URI uri = URI.create(url);
        return new WebPage(uri, uri, status, "text/html", StandardCharsets.UTF_8, true, text(name));
    }
}
