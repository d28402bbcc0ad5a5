package dev.fenghuang.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.cache.CacheKey;
import org.junit.jupiter.api.Test;

class RecordCodecTest {
    /** What a warm-up thread prepares is what the store's codec then reads the forum's kinds with: one adapter each. */
    @Test
    void theAdapterPreparedAheadIsTheOneEveryCodecUses() {
        SiteStore.prepareToRead(CacheKey.Kind.THREAD);
        for (CacheKey.Kind kind : RecordCodec.TYPES.keySet()) {
            assertThat(new RecordCodec().adapter(kind)).as(kind.name()).isSameAs(new RecordCodec().adapter(kind));
        }
    }
}
