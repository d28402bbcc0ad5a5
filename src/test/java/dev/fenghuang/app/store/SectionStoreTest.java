package dev.fenghuang.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.model.Section;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SectionStoreTest {
    @TempDir
    Path dir;

    @Test
    void keepsATreeAcrossInstances() throws Exception {
        List<Section> tree = List.of(new Section(1, "党政风采", List.of(new Section(4, "渠县", List.of()))),
                new Section(2, "社会民生", List.of()));
        new SectionStore(dir.resolve("a/sections.json")).save(tree);
        assertThat(new SectionStore(dir.resolve("a/sections.json")).load()).contains(tree);
    }

    @Test
    void treatsAnUnreadableFileAsNoTree() throws Exception {
        Files.writeString(dir.resolve("sections.json"), "{not json");
        assertThat(new SectionStore(dir.resolve("sections.json")).load()).isEmpty();
        assertThat(new SectionStore(dir.resolve("absent.json")).load()).isEmpty();
    }
}
