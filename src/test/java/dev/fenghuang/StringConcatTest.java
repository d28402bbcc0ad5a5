package dev.fenghuang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The program's classes concatenate strings with StringBuilder calls, not invokedynamic: each new shape of
 * concatenation linked a method handle at its first use, tens of milliseconds of a cold start (the build's
 * {@code -XDstringConcat=inline}).
 */
class StringConcatTest {
    @Test
    void noClassLinksItsConcatenationAtRunTime() throws Exception {
        Path classes = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Path> linking;
        try (Stream<Path> files = Files.walk(classes.resolve("dev/fenghuang"))) {
            linking = files.filter(f -> f.toString().endsWith(".class")).filter(StringConcatTest::linksConcat).toList();
        }
        assertThat(linking).isEmpty();
    }

    private static boolean linksConcat(Path classFile) {
        try {
            return new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1)
                    .contains("makeConcatWithConstants");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
