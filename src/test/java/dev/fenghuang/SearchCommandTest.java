package dev.fenghuang;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.fenghuang.app.XdgDirs;
import dev.fenghuang.cli.Cli;
import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.demo.DemoPortal;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code fenghuang search} against the demo portal, UTF-8 and GBK (no charset configured), as a user runs it. */
class SearchCommandTest {
    @TempDir
    Path home;

    record Run(int exitCode, String out, String err) {
    }

    private Run run(DemoPortal portal, String... args) {
        List<String> all = new ArrayList<>(List.of("--site", portal.baseUrl().toString()));
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] line = all.toArray(String[]::new);
        var cmd = Cli.command(new Main(XdgDirs.from(Map.of(), home.toString())), line);
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        return new Run(cmd.execute(line), out.toString(), err.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"utf-8", "gbk"})
    void findsTuopinAndQuxianWithMarksInJsonAndPlainText(String charset) {
        try (DemoPortal portal = DemoPortal.start(charset.equals("gbk") ? DemoOptions.builder().gbk().build()
                : DemoOptions.defaults())) {
            portal.freezeClock();
            Run json = run(portal, "search", "脱贫", "--json");
            assertThat(json.exitCode()).as(json.err()).isZero();
            JsonObject result = JsonParser.parseString(json.out()).getAsJsonObject();
            assertThat(result.get("keyword").getAsString()).isEqualTo("脱贫");
            JsonArray hits = result.getAsJsonArray("hits");
            assertThat(hits.size()).isPositive();
            for (var hit : hits) {
                JsonObject title = hit.getAsJsonObject().getAsJsonObject("title");
                JsonArray mark = title.getAsJsonArray("marks").get(0).getAsJsonArray();
                assertThat(title.get("text").getAsString().substring(mark.get(0).getAsInt(), mark.get(1).getAsInt()))
                        .isEqualTo("脱贫");
            }
            portal.advanceClock(java.time.Duration.ofSeconds(10));
            Run text = run(portal, "search", "渠县");
            assertThat(text.exitCode()).as(text.err()).isZero();
            assertThat(text.out()).startsWith("Found “渠县”: ").contains("渠县").doesNotContain("[").doesNotContain("<");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void aBlankKeywordIsAUsageError(String keyword) {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            Run r = run(portal, "search", keyword);
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(portal.requestLog()).isEmpty();
        }
    }

    @org.junit.jupiter.api.Test
    void aPagePastTheLastIsExitOneAndSaysWhichIsLast() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            Run r = run(portal, "search", "渠县", "--page", "5");
            assertThat(r.exitCode()).isEqualTo(1);
            assertThat(r.err()).contains("5");
        }
    }
}
