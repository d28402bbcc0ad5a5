package dev.fenghuang.site;

import dev.fenghuang.site.markup.DiscuzTime;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;

/**
 * What the parser fuzz targets share: every hand-written page in src/test/resources/site as a seed (each target
 * replays them all, and the fuzzer mutates them), a fixed clock, and the one way bytes become a page: decoded as
 * UTF-8, as the client decodes a UTF-8 site, and parsed by jsoup at the site's address.
 */
public final class FuzzPages {
    public static final String URL = "http://portal.example/portal.php?mod=view&aid=1";
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-15T04:00:00Z"), DiscuzTime.SITE_ZONE);

    private FuzzPages() {
    }

    /** The pages of src/test/resources/site (and its folders), named by their path there. */
    public static Stream<Arguments> seeds() {
        URL root = FuzzPages.class.getResource("/site");
        if (root == null) {
            throw new IllegalStateException("no /site fixtures on the test class path");
        }
        try (Stream<Path> files = Files.walk(Path.of(root.toURI()))) {
            Path base = Path.of(root.toURI());
            List<Path> pages = files.filter(Files::isRegularFile).sorted().toList();
            return pages.stream().map(p -> Arguments.of(Named.of(base.relativize(p).toString(), read(p))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String text(byte[] data) {
        return new String(data, StandardCharsets.UTF_8);
    }

    public static Document document(byte[] data) {
        return Jsoup.parse(text(data), URL);
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
