package dev.fenghuang.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Caffeine picks the classes of a cache and of its entries by names it builds from the builder's settings, so the
 * build's JarTrim step cannot find them and pom.xml names them as roots: a change to the page cache's settings must
 * change those roots too, or the packaged program could not make its cache.
 */
class CaffeineClassesInJarTest {
    @Test
    void theClassesOfThePageCacheAndItsEntriesAreRootsOfTheJarTrim() throws Exception {
        Object manual = field(new PageCache(CachePolicy.defaults()), PageCache.class, "cache");
        Object bounded = field(manual, manual.getClass(), "cache");
        Object nodes = field(bounded, Class.forName("com.github.benmanes.caffeine.cache.BoundedLocalCache"),
                "nodeFactory");
        String pom = Files.readString(Path.of("pom.xml"));

        for (Class<?> generated : new Class<?>[] {bounded.getClass(), nodes.getClass()}) {
            assertThat(pom).as(generated.getName())
                    .contains("<arg value=\"" + generated.getName().replace('.', '/') + ".class\"/>");
        }
    }

    private static Object field(Object owner, Class<?> declaring, String name) throws ReflectiveOperationException {
        Field f = declaring.getDeclaredField(name);
        f.setAccessible(true);
        return f.get(owner);
    }
}
