package dev.fenghuang.cache;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CachePolicyTest {
    private static final long MB = 1024 * 1024;

    @Test
    void theCacheTakesAThirdOfACappedHeapAtMost() {
        CachePolicy defaults = CachePolicy.defaults();
        assertThat(defaults.within(96 * MB)).isEqualTo(defaults);
        assertThat(defaults.within(48 * MB).maxWeight()).isEqualTo(16 * MB);
        assertThat(defaults.within(48 * MB).articles()).isEqualTo(defaults.articles());
    }

    @Test
    void aCacheSetLargerThanTheHeapAllowsIsHeldToItsThird() {
        CachePolicy large = new CachePolicy(512 * MB, CachePolicy.defaults().sections(),
                CachePolicy.defaults().lists(), CachePolicy.defaults().articles(), CachePolicy.defaults().comments());
        assertThat(large.within(96 * MB).maxWeight()).isEqualTo(32 * MB);
        assertThat(large.within(4 * MB * 1024).maxWeight()).isEqualTo(512 * MB);
    }
}
