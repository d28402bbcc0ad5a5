package dev.fenghuang;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.model.SafeText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export AID}: an article whole, in three formats, checked against what read and comments show. */
class ExportCommandTest {
    /** Two pages of body and 125 comments over several comment pages. */
    private static final String LONG = "3";

    @TempDir
    Path home;

    private StoreRig rig;

    @BeforeEach
    void start() throws IOException {
        rig = new StoreRig(home);
        rig.settings("sync.pause = 0ms\n");
    }

    @AfterEach
    void stop() {
        rig.close();
    }

    private JsonObject json(String... args) {
        return JsonParser.parseString(rig.ok(args).out()).getAsJsonObject();
    }

    private List<String> strings(JsonArray a) {
        List<String> out = new ArrayList<>();
        a.forEach(e -> out.add(e.getAsString()));
        return out;
    }

    /** Every paragraph of every page, as read shows them. */
    private List<String> paragraphsRead(String aid) {
        JsonObject first = json("read", aid, "--json");
        List<String> all = new ArrayList<>(strings(first.getAsJsonArray("paragraphs")));
        for (int page = 2; page <= first.get("pageCount").getAsInt(); page++) {
            all.addAll(strings(json("read", aid, "--page", String.valueOf(page), "--json")
                    .getAsJsonArray("paragraphs")));
        }
        return all;
    }

    /** Every comment's text on every comment page. */
    private List<String> commentsRead(String aid) {
        JsonObject first = json("comments", aid, "--json");
        List<String> all = new ArrayList<>();
        for (int page = 1; page <= first.get("pageCount").getAsInt(); page++) {
            JsonObject p = page == 1 ? first : json("comments", aid, "--page", String.valueOf(page), "--json");
            p.getAsJsonArray("comments").forEach(c -> all.add(c.getAsJsonObject().get("text").getAsString()));
        }
        return all;
    }

    @Test
    void jsonHoldsEveryPageAndEveryCommentAndASecondExportAsksTheSiteNothing() {
        List<String> paragraphs = paragraphsRead(LONG);
        List<String> comments = commentsRead(LONG);
        assertThat(comments).hasSizeGreaterThan(100);
        long before = rig.portal().requestCount();
        JsonObject exported = json("export", LONG, "--format", "json");
        assertThat(rig.portal().requestCount() - before).as("the store answers").isZero();
        assertThat(exported.get("aid").getAsLong()).isEqualTo(3);
        assertThat(strings(exported.getAsJsonArray("paragraphs"))).isEqualTo(paragraphs);
        List<String> texts = new ArrayList<>();
        exported.getAsJsonArray("comments").forEach(c -> texts.add(c.getAsJsonObject().get("text").getAsString()));
        assertThat(texts).isEqualTo(comments);
        assertThat(exported.get("pageCount").getAsInt()).isEqualTo(2);
        assertThat(exported.has("summary")).isTrue();
    }

    @Test
    void markdownHasTheTitleMetadataSummaryBodyImagesReferencesAndComments() {
        JsonObject read = json("read", LONG, "--json");
        String md = rig.ok("export", LONG).out();
        List<String> lines = md.lines().toList();
        assertThat(lines.get(0)).startsWith("# ").contains(read.get("title").getAsString());
        assertThat(md).contains("<" + read.get("url").getAsString() + ">");
        if (!read.get("summary").isJsonNull()) {
            assertThat(md).contains("> **Summary:** ");
        }
        for (String p : paragraphsRead(LONG)) {
            assertThat(md).contains(p.replace("*", "\\*").replace("_", "\\_").replace("[", "\\[")
                    .replace("]", "\\]").replace("<", "\\<").replace(">", "\\>"));
        }
        assertThat(md).contains("## Comments (" + read.get("commentCount").getAsLong() + ")");
        assertThat(lines.stream().filter(l -> l.startsWith("**")).count()).as("one heading line per comment")
                .isEqualTo(commentsRead(LONG).size());
        for (JsonElement image : read.getAsJsonArray("images")) {
            assertThat(md).contains("](" + image.getAsJsonObject().get("url").getAsString() + ")");
        }
        if (read.getAsJsonArray("links").size() > 0) {
            assertThat(md).contains("## Links");
        }
    }

    @Test
    void textHasEveryPartWithoutMarkdown() {
        JsonObject read = json("read", "1", "--json");
        String text = rig.ok("export", "1", "--format", "text").out();
        assertThat(text.lines().findFirst()).contains(read.get("title").getAsString());
        for (String p : paragraphsRead("1")) {
            assertThat(text).contains("  " + p);
        }
        assertThat(text).doesNotContain("# ").contains("Comments (" + read.get("commentCount").getAsLong() + ")");
        assertThat(rig.run("export", "1", "--format", "pdf").exitCode()).isEqualTo(2);
    }

    @Test
    void anOutputFileIsNeverOverwrittenWithoutForce() throws IOException {
        Path file = home.resolve("article.md");
        Files.writeString(file, "my notes");
        CliRun.Run refused = rig.run("export", "1", "--output", file.toString());
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("exists");
        assertThat(Files.readString(file)).isEqualTo("my notes");
        rig.ok("export", "1", "--output", file.toString(), "--force");
        assertThat(Files.readString(file)).startsWith("# ").isEqualTo(rig.ok("export", "1").out());
        Path fresh = home.resolve("new.json");
        rig.ok("export", "1", "--format", "json", "--output", fresh.toString());
        assertThat(JsonParser.parseString(Files.readString(fresh)).getAsJsonObject().get("aid").getAsLong())
                .isEqualTo(1);
    }

    @Test
    void aHostileSitesControlsAndEscapesAreNeverWrittenInAnyFormat() throws IOException {
        rig.portal().close();
        rig.restart(DemoOptions.builder().hostile(true).build());
        for (String format : List.of("markdown", "text", "json")) {
            Path file = home.resolve("hostile." + format);
            rig.ok("export", "1", "--format", format, "--output", file.toString());
            String written = Files.readString(file);
            assertThat(written).isNotBlank();
            assertThat(SafeText.isSafe(written)).as(format).isTrue();
            assertThat(written).doesNotContain("\u001b").doesNotContain("\u009b").doesNotContain("\u0007");
        }
    }

    @Test
    void anExportPausesBetweenItsRequestsAsSyncDoes() throws IOException {
        rig.settings("sync.pause = 1500ms\n");
        long start = System.nanoTime();
        rig.ok("export", LONG, "--format", "json");
        // two pages of body and more comment pages: at least two pauses between three requests (unpaced: < 1 s)
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(
                java.time.Duration.ofMillis(3000));
    }

    @Test
    void aFileThatCannotBeWrittenIsSaidAsAFileErrorNotANetworkOne() throws IOException {
        CliRun.Run missingDir = rig.run("export", LONG, "--output", home.resolve("no/such/dir/a.md").toString());
        assertThat(missingDir.exitCode()).isNotZero();
        assertThat(missingDir.err()).contains("cannot write the file").contains("a.md")
                .doesNotContain("network");
        Path dir = Files.createDirectories(home.resolve("a-directory"));
        CliRun.Run directory = rig.run("export", LONG, "--output", dir.toString(), "--force");
        assertThat(directory.exitCode()).isNotZero();
        assertThat(directory.err()).contains("cannot write the file").doesNotContain("network");
        rig.env().put("LANG", "zh_CN.UTF-8");
        CliRun.Run zh = rig.run("export", LONG, "--output", home.resolve("no/such/dir/b.md").toString());
        assertThat(zh.err()).contains("无法写入文件").doesNotContain("网络");
    }
}
