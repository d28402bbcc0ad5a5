package dev.fenghuang.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.cache.CacheKey.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A cache key is a value as a record is, and its methods link nothing at their first call. */
class CacheKeyTest {
    /** The same components as {@link CacheKey}'s, with the methods a record is given. */
    private record Generated(Kind kind, long id, int page, String name) {
    }

    @Test
    void equalKeysAreEqualAndHashAlike() {
        assertThat(CacheKey.article(5, 2)).isEqualTo(new CacheKey(Kind.ARTICLE, 5, 2, ""))
                .hasSameHashCodeAs(new CacheKey(Kind.ARTICLE, 5, 2, ""));
        assertThat(new CacheKey(Kind.IMAGE, 0, 0, null)).isEqualTo(new CacheKey(Kind.IMAGE, 0, 0, null))
                .hasSameHashCodeAs(new CacheKey(Kind.IMAGE, 0, 0, null));
        CacheKey key = CacheKey.thread(7, 3, 9);
        assertThat(key).isNotEqualTo(CacheKey.thread(7, 3, 8)).isNotEqualTo(CacheKey.thread(7, 4, 9))
                .isNotEqualTo(CacheKey.thread(8, 3, 9)).isNotEqualTo(new CacheKey(Kind.BOARD, 7, 3, "author=9"))
                .isNotEqualTo(new CacheKey(Kind.THREAD, 7, 3, null)).isNotEqualTo("CacheKey").isNotEqualTo(null);
    }

    @Test
    void itIsWrittenAsARecordIs() {
        for (CacheKey key : new CacheKey[] {CacheKey.article(1, 1), CacheKey.thread(7, 3, 9),
                CacheKey.image("http://x/a.jpg"), new CacheKey(null, -1, 0, null)}) {
            assertThat(key.toString()).isEqualTo(new Generated(key.kind(), key.id(), key.page(), key.name())
                    .toString().replace("Generated[", "CacheKey["));
        }
    }

    @Test
    void itsMethodsAreWrittenOutNotLinked() throws IOException {
        try (InputStream in = CacheKey.class.getResourceAsStream("CacheKey.class")) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1))
                    .doesNotContain("java/lang/runtime/ObjectMethods");
        }
    }
}
