package dev.fenghuang.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: the store's record shape is described by the build, not by reflection over every kept record at each
 * start; what the build wrote must be the classes' shape, or a changed record would be read from an old store.
 */
class RecordShapeBuiltTest {
    @Test
    void theBuildDescribedTheShapeTheRecordsHaveNow() throws IOException {
        try (InputStream built = RecordShape.class.getResourceAsStream(RecordShape.BUILT)) {
            assertThat(built).as("written by the build's process-classes step (pom.xml)").isNotNull();
            assertThat(new String(built.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(RecordShape.describe());
        }
        assertThat(RecordShape.shape()).isEqualTo(RecordShape.describe());
    }

    @Test
    void withoutTheBuiltTextTheShapeIsDescribedNow() {
        assertThat(RecordShape.built(null)).isEqualTo(RecordShape.describe());
    }

    @Test
    void aBuiltTextIsTakenAsItIs() {
        assertThat(RecordShape.built(new ByteArrayInputStream("a b\n".getBytes(StandardCharsets.UTF_8))))
                .isEqualTo("a b\n");
    }

    @Test
    void aBuiltTextThatCannotBeReadIsDescribedNow() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("gone");
            }
        };
        assertThat(RecordShape.built(broken)).isEqualTo(RecordShape.describe());
    }
}
