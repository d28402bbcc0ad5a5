package dev.fenghuang.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.hc.client5.http.psl.PublicSuffixListParser;
import org.apache.hc.client5.http.psl.PublicSuffixMatcher;
import org.apache.hc.client5.http.psl.PublicSuffixMatcherLoader;
import org.junit.jupiter.api.Test;

/**
 * The build's table of the public suffix list (issue 13): it is the list HttpClient carries, and the rules it picks
 * for a name make HttpClient's matcher answer as it answers over the whole list, on hand-written lists with the
 * list's awkward lines. ({@link PublicSuffixesTest} checks the answers over the real list.)
 */
class PublicSuffixIndexTest {
    /** A list with what the real one has and what it might: sections, comments, wildcards, exceptions, odd lines. */
    private static final String LIST = String.join("\r\n",
            "// a rule before any section",
            "top",
            "// ===BEGIN ICANN DOMAINS===",
            "",
            "// ck : https://en.wikipedia.org/wiki/.ck",
            "*.ck",
            "!www.ck",
            "uk",
            "co.uk",
            "  padded.uk   trailing words are not read",
            "jp",
            "kawasaki.jp",
            "*.kawasaki.jp",
            "!city.kawasaki.jp",
            "中国",
            "公司.cn",
            "cn",
            "MiXeD.Case",
            "// ===END ICANN DOMAINS===",
            "// ===BEGIN PRIVATE DOMAINS===",
            "github.io",
            "co.uk",
            "*.compute.amazonaws.com",
            "// ===END PRIVATE DOMAINS===",
            "after.end");

    private static final List<String> NAMES = List.of("top", "a.top", "example.co.uk", "co.uk", "uk", "www.ck",
            "a.www.ck", "b.ck", "a.b.ck", "padded.uk", "x.padded.uk", "trailing", "a.kawasaki.jp", "city.kawasaki.jp",
            "b.city.kawasaki.jp", "kawasaki.jp", "example.公司.cn", "公司.cn", "xn--55qx5d.cn", "a.xn--55qx5d.cn",
            "mixed.case", "a.mixed.case", "user.github.io", "github.io", "x.y.compute.amazonaws.com",
            "compute.amazonaws.com", "a.after.end", "127.0.0.1", "localhost", "example.com.", ".co.uk", "");

    private static PublicSuffixMatcher whole(String list) throws IOException {
        return new PublicSuffixMatcher(new PublicSuffixListParser().parseByType(new StringReader(list)));
    }

    private static PublicSuffixIndex table(String list) throws IOException {
        return PublicSuffixIndex.of(PublicSuffixIndex.write(
                new ByteArrayInputStream(list.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void theBuiltTableIsTheOneTheListHttpClientCarriesMakes() throws IOException {
        byte[] built;
        try (InputStream in = PublicSuffixIndex.class.getResourceAsStream(PublicSuffixIndex.BUILT)) {
            assertThat(in).as("the build's table beside the class").isNotNull();
            built = in.readAllBytes();
        }
        try (InputStream list = PublicSuffixMatcherLoader.class.getResourceAsStream(PublicSuffixes.LIST)) {
            assertThat(built).isEqualTo(PublicSuffixIndex.write(list));
        }
    }

    @Test
    void everyAnswerIsTheWholeHandWrittenListsForTheNamesItWasAskedFor() throws IOException {
        PublicSuffixMatcher whole = whole(LIST);
        PublicSuffixIndex table = table(LIST);
        for (String name : NAMES) {
            PublicSuffixMatcher part = new PublicSuffixes(() -> table).forNames(List.of(name));
            assertThat(part.verify(name)).as("verify %s", name).isEqualTo(whole.verify(name));
            assertThat(part.matches(name)).as("matches %s", name).isEqualTo(whole.matches(name));
            assertThat(part.getDomainRoot(name)).as("root of %s", name).isEqualTo(whole.getDomainRoot(name));
        }
        PublicSuffixMatcher all = new PublicSuffixes(() -> table).forNames(NAMES);
        for (String name : NAMES) {
            assertThat(all.getDomainRoot(name)).as("root of %s among all", name).isEqualTo(whole.getDomainRoot(name));
        }
    }

    @Test
    void theRulesPickedAreThoseAboutTheNameOrASuffixOfItEachUnderItsHeading() throws IOException {
        PublicSuffixIndex table = table(LIST);

        assertThat(table.rulesFor(List.of("a.b.ck"))).isEqualTo(String.join("\n",
                "// ===BEGIN ICANN DOMAINS===", "*.ck", "// ===END ICANN DOMAINS===", "// ===BEGIN PRIVATE DOMAINS===",
                "// ===END PRIVATE DOMAINS===", ""));
        assertThat(table.rulesFor(List.of("www.example.co.uk", "x.top"))).isEqualTo(String.join("\n",
                "top", "// ===BEGIN ICANN DOMAINS===", "co.uk", "uk", "// ===END ICANN DOMAINS===",
                "// ===BEGIN PRIVATE DOMAINS===", "co.uk", "// ===END PRIVATE DOMAINS===", ""));
        assertThat(table.rulesFor(List.of("b.city.kawasaki.jp", "a.mixed.case", "z.after.end"))).isEqualTo(
                String.join("\n", "// ===BEGIN ICANN DOMAINS===", "!city.kawasaki.jp", "kawasaki.jp",
                        "*.kawasaki.jp", "jp", "MiXeD.Case", "// ===END ICANN DOMAINS===",
                        "// ===BEGIN PRIVATE DOMAINS===", "// ===END PRIVATE DOMAINS===", "after.end", ""));
        // nothing is about an address, nor about a name no rule ends
        assertThat(table.rulesFor(List.of("127.0.0.1", "example.invalid"))).doesNotContain("top", "uk", "ck", "jp");
    }
}
