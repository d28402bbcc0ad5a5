package dev.fenghuang.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Read marks kept in the store: per viewer, across connections, beside the pages. */
class ReadMarkRowsTest {
    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    @TempDir
    Path dir;

    private final List<String> notices = new ArrayList<>();

    private SiteStore open(String viewer) {
        return SiteStore.open(dir.resolve("store.sqlite"), 200L * 1024 * 1024, viewer,
                Clock.fixed(NOW, ZoneOffset.UTC), notices::add);
    }

    @Test
    void aMarkComesBackInAnotherConnectionWithTheCommentsSeen() {
        try (SiteStore store = open("reader1")) {
            store.keep(ReadMark.ARTICLE, 8, new ReadMark(NOW, OptionalLong.of(3)));
        }
        try (SiteStore store = open("reader1")) {
            assertThat(store.mark(ReadMark.ARTICLE, 8)).contains(new ReadMark(NOW, OptionalLong.of(3)));
            assertThat(store.mark(ReadMark.ARTICLE, 9)).isEmpty();
            assertThat(store.mark(ReadMark.THREAD, 8)).isEmpty();
        }
        assertThat(notices).isEmpty();
    }

    @Test
    void oneViewersMarksAreNotAnothers() {
        try (SiteStore one = open("reader1"); SiteStore two = open("reader2")) {
            one.keep(ReadMark.ARTICLE, 8, new ReadMark(NOW, OptionalLong.empty()));
            assertThat(two.mark(ReadMark.ARTICLE, 8)).isEmpty();
            assertThat(one.mark(ReadMark.ARTICLE, 8)).contains(new ReadMark(NOW, OptionalLong.empty()));
        }
    }

    @Test
    void aLaterMarkReplacesTheEarlierOne() {
        try (SiteStore store = open("reader1")) {
            store.keep(ReadMark.ARTICLE, 8, new ReadMark(NOW, OptionalLong.of(3)));
            store.keep(ReadMark.ARTICLE, 8, new ReadMark(NOW.plusSeconds(60), OptionalLong.of(5)));
            assertThat(store.mark(ReadMark.ARTICLE, 8)).contains(new ReadMark(NOW.plusSeconds(60), OptionalLong.of(5)));
        }
    }
}
