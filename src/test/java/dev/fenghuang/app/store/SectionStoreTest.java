package dev.fenghuang.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;
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

    /**
     * The file is the text Gson's reflective adapters wrote (HTML-safe, as a default Gson writes), now written field
     * by field: a file from before reads as the tree it held, and a build from before reads the file written now.
     */
    @Test
    void readsAndWritesTheFileAsGsonDid() throws Exception {
        List<Section> tree = List.of(new Section(1, "<党政&风采='x'>", List.of(new Section(4, "渠县", List.of(),
                true))), new Section(2, "社会民生\u0001\"", List.of()));
        java.lang.reflect.Type type = new TypeToken<List<Section>>() { }.getType();
        String before = new Gson().toJson(tree, type);
        Files.writeString(dir.resolve("before.json"), before);
        assertThat(new SectionStore(dir.resolve("before.json")).load()).contains(tree);
        new SectionStore(dir.resolve("now.json")).save(tree);
        assertThat(Files.readString(dir.resolve("now.json"))).isEqualTo(before);
        List<Section> read = new Gson().fromJson(Files.readString(dir.resolve("now.json")), type);
        assertThat(read).isEqualTo(tree);
    }

    @Test
    void treatsATreeOfTheWrongShapeAsNoTree() throws Exception {
        for (String text : List.of("{}", "[1]", "[{\"id\":\"x\"}]", "[{}] []", "null", "", "[null]")) {
            Files.writeString(dir.resolve("odd.json"), text);
            assertThat(new SectionStore(dir.resolve("odd.json")).load()).as(text).isEmpty();
        }
    }
}
