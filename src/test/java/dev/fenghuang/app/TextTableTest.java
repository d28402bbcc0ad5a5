package dev.fenghuang.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextTableTest {
    /** The tables in the classes are the ones their bundles make now: a stale or missing one fails here. */
    @ParameterizedTest
    @ValueSource(strings = {"texts", "texts_zh", "/config/fenghuang"})
    void theBuiltTableIsTheOneItsBundleMakes(String name) throws Exception {
        byte[] built;
        try (InputStream in = TextTable.class.getResourceAsStream(name + TextTable.ENDING)) {
            assertThat(in).as(name + TextTable.ENDING + " beside the classes").isNotNull();
            built = in.readAllBytes();
        }
        try (InputStream properties = TextTable.class.getResourceAsStream(name + ".properties")) {
            assertThat(built).isEqualTo(TextTable.write(TextTable.texts(properties)));
        }
    }

    /** Every text of a bundle, looked up in its table, is what ResourceBundle gives for it, the parent's included. */
    @ParameterizedTest
    @ValueSource(strings = {"en", "zh"})
    void eachTextIsTheBundlesText(String language) {
        TextTable base = TextTable.read("texts", null).orElseThrow();
        TextTable table = language.equals("zh") ? TextTable.read("texts_zh", base).orElseThrow() : base;
        ResourceBundle bundle = ResourceBundle.getBundle("dev.fenghuang.app.texts",
                language.equals("zh") ? java.util.Locale.SIMPLIFIED_CHINESE : java.util.Locale.ENGLISH,
                TextTable.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        assertThat(bundle.keySet()).hasSizeGreaterThan(500);
        for (String key : bundle.keySet()) {
            assertThat(table.get(key)).as(key).isEqualTo(bundle.getString(key));
        }
        assertThat(table.get("no.such.text")).isNull();
    }

    /** A hand-written bundle with what a .properties may hold, read as ResourceBundle reads it. */
    @Test
    void readsWhatABundleMayHold() throws Exception {
        String text = "# a comment\n! another\nb=second\na=first\n"
                + "a.b = spaced   \nab=\\u53d1\\u5e03\u8005\nlong = one \\\n    two\nempty=\n"
                + "esc=tab\\there\\nline\\\\ \\# not a comment\n"
                + "key\\ with\\ spaces=x\n\u952e=\u503c\nz=last\ncolon:value\n";
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        Map<String, String> texts = TextTable.texts(new ByteArrayInputStream(utf8));
        PropertyResourceBundle bundle = new PropertyResourceBundle(new ByteArrayInputStream(utf8));
        assertThat(texts.keySet()).isEqualTo(bundle.keySet());
        TextTable table = TextTable.of(texts, null);
        for (String key : bundle.keySet()) {
            assertThat(table.get(key)).as(key).isEqualTo(bundle.getString(key));
            assertThat(table.get(key)).as(key + ", again").isSameAs(table.get(key));
        }
        assertThat(table.get("long")).isEqualTo("one two");
        assertThat(table.get("empty")).isEmpty();
        assertThat(table.get("\u952e")).isEqualTo("\u503c");
        assertThat(table.keys()).containsExactly("a", "a.b", "ab", "b", "colon", "empty", "esc", "key with spaces",
                "long", "z", "\u952e");
        for (String missing : new String[] {"", "0", "a.", "aa", "zz", "\u952e\u952e", "A"}) {
            assertThat(table.get(missing)).as(missing).isNull();
        }
    }

    @Test
    void aTextATableLacksIsItsParents() {
        Map<String, String> english = new LinkedHashMap<>();
        english.put("only.english", "English");
        english.put("both", "English too");
        Map<String, String> chinese = Map.of("both", "中文");
        TextTable zh = TextTable.of(chinese, TextTable.of(english, null));
        assertThat(zh.get("both")).isEqualTo("中文");
        assertThat(zh.get("only.english")).isEqualTo("English");
        assertThat(zh.get("neither")).isNull();
    }

    @Test
    void anEmptyTableHasNothing() {
        TextTable table = TextTable.of(Map.of(), null);
        assertThat(table.get("a")).isNull();
        assertThat(table.keys()).isEmpty();
    }

    @Test
    void aResourceThatIsNotThereIsNoTable() {
        assertThat(TextTable.read("no_such_texts", null)).isEqualTo(Optional.empty());
    }
}
