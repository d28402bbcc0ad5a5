package dev.fenghuang.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.cache.CacheKey;
import org.junit.jupiter.api.Test;

class RecordCodecTest {
    /** What a warm-up thread prepares is what the store's codec then reads with: every codec shares the adapters. */
    @Test
    void theAdapterPreparedAheadIsTheOneEveryCodecUses() {
        SiteStore.prepareToRead(CacheKey.Kind.ARTICLE);
        for (CacheKey.Kind kind : RecordCodec.TYPES.keySet()) {
            assertThat(new RecordCodec().adapter(kind)).as(kind.name()).isSameAs(new RecordCodec().adapter(kind));
        }
    }
}
