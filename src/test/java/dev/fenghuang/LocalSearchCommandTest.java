package dev.fenghuang;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.fenghuang.CliRun.Run;
import dev.fenghuang.app.XdgDirs;
import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.demo.DemoPortal;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code search --local}: the articles read into the store found again without asking the site. */
class LocalSearchCommandTest {
    /** The demo's articles read before searching: 渠县's and the others' first ones. */
    private static final int READ = 12;

    @TempDir
    Path home;

    private final Map<String, String> env = new HashMap<>();

    private Run run(DemoPortal portal, String... args) {
        return CliRun.on(portal.baseUrl(), home).env(env).run(args);
    }

    private Run ok(DemoPortal portal, String... args) {
        Run r = run(portal, args);
        assertThat(r.exitCode()).as(String.join(" ", args) + ": " + r.err()).isZero();
        return r;
    }

    private void readTheArticles(DemoPortal portal) {
        for (int aid = 1; aid <= READ; aid++) {
            ok(portal, "read", String.valueOf(aid));
        }
    }

    /** Every marked stretch of every hit's title and summary, as text. */
    private static List<String> markedStretches(JsonObject result) {
        List<String> marked = new ArrayList<>();
        for (JsonElement hit : result.getAsJsonArray("hits")) {
            for (String field : List.of("title", "summary")) {
                JsonObject text = hit.getAsJsonObject().getAsJsonObject(field);
                for (JsonElement mark : text.getAsJsonArray("marks")) {
                    JsonArray pair = mark.getAsJsonArray();
                    marked.add(text.get("text").getAsString().substring(pair.get(0).getAsInt(),
                            pair.get(1).getAsInt()));
                }
            }
        }
        return marked;
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "GBK"})
    void findsQuxianAndTuopinInTheStoredArticlesWithoutAskingTheSite(String charset) {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.builder().charset(Charset.forName(charset)).build())) {
            readTheArticles(portal);
            long before = portal.requestCount();
            JsonObject quxian = JsonParser.parseString(ok(portal, "search", "--local", "渠县", "--json").out())
                    .getAsJsonObject();
            JsonObject tuopin = JsonParser.parseString(ok(portal, "search", "--local", "脱贫", "--json").out())
                    .getAsJsonObject();
            assertThat(portal.requestCount() - before).as("asked the site").isZero();
            assertThat(quxian.get("local").getAsBoolean()).isTrue();
            assertThat(quxian.get("keyword").getAsString()).isEqualTo("渠县");
            assertThat(quxian.get("total").getAsInt()).isPositive();
            assertThat(markedStretches(quxian)).isNotEmpty().containsOnly("渠县");
            assertThat(markedStretches(tuopin)).isNotEmpty().containsOnly("脱贫");
            List<String> titles = new ArrayList<>();
            tuopin.getAsJsonArray("hits").forEach(h -> titles.add(
                    h.getAsJsonObject().getAsJsonObject("title").get("text").getAsString()));
            assertThat(titles).contains("全省“巾帼脱贫行动”暨基层妇联组织改革现场推进会在渠召开");
            assertThat(titles.get(0)).as("a title match first").contains("脱贫");
        }
    }

    @Test
    void aQueryStartingWithADashIsSearchedNotTakenForAnOption() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            readTheArticles(portal);
            JsonObject dashed = JsonParser.parseString(ok(portal, "search", "--local", "-渠县", "--json").out())
                    .getAsJsonObject();
            assertThat(dashed.get("keyword").getAsString()).isEqualTo("-渠县");
            JsonObject afterDashes = JsonParser.parseString(ok(portal, "search", "--local", "--json", "--", "-渠县")
                    .out()).getAsJsonObject();
            assertThat(afterDashes.get("keyword").getAsString()).isEqualTo("-渠县");
        }
    }

    @Test
    void theHeadingCutsAVeryLongQuery() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            readTheArticles(portal);
            Run r = run(portal, "search", "--local", "渠县".repeat(20_000));
            String all = r.out() + r.err();
            assertThat(all.lines().mapToInt(String::length).max().orElse(0)).isLessThan(200);
            assertThat(all).contains("渠县渠县").contains("…");
        }
    }

    @Test
    void textShowsTheHitsWithCaretsUnderTheMatchesAndNoEscapeSequence() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            readTheArticles(portal);
            Run r = ok(portal, "search", "--local", "脱贫");
            assertThat(r.out()).contains("Found “脱贫” in the store")
                    .contains("1  全省“巾帼脱贫行动”暨基层妇联组织改革现场推进会在渠召开")
                    .doesNotContain("\u001b");
            List<String> lines = r.out().lines().toList();
            int title = lines.indexOf("1  全省“巾帼脱贫行动”暨基层妇联组织改革现场推进会在渠召开");
            // "1  " is 3 columns, 全省“巾帼 2+2+1+2+2 (the quote mark is narrow): 脱贫 starts at column 12
            assertThat(lines.get(title + 1)).isEqualTo(" ".repeat(12) + "^^^^");
        }
    }

    @Test
    void pagesPastTheLastAndAStoreTurnedOffAreSaidPlainly() throws IOException {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            readTheArticles(portal);
            assertThat(run(portal, "search", "--local", "渠县", "--page", "9").exitCode()).isEqualTo(1);
            assertThat(ok(portal, "search", "--local", "没有这个词").out()).contains("No article matches.");
            Path config = XdgDirs.from(Map.of(), home.toString()).config();
            Files.createDirectories(config);
            Files.writeString(config.resolve("fenghuang.properties"), "store.enabled = false\n");
            Run off = run(portal, "search", "--local", "渠县");
            assertThat(off.exitCode()).isEqualTo(2);
            assertThat(off.err()).contains("store.enabled = false");
        }
    }
}
