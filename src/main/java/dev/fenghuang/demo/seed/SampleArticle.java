package dev.fenghuang.demo.seed;

import dev.fenghuang.demo.page.PrintedTime;
import dev.fenghuang.demo.store.ArticlePage;
import dev.fenghuang.demo.store.Members;
import dev.fenghuang.demo.store.PortalArticle;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The sample article (aid 1), read from the text dump of a real article page shipped in
 * {@code demo/sample-article.txt}.
 */
public final class SampleArticle {
    static final int AID = 1;
    public static final String TITLE = "全省“巾帼脱贫行动”暨基层妇联组织改革现场推进会在渠召开";
    static final int CATID = 2;
    static final long INITIAL_VIEWS = 1999;
    static final String INDENT = "\u3000\u3000";
    private static final String RESOURCE = "/demo/sample-article.txt";

    private SampleArticle() {
    }

    static PortalArticle load() {
        List<String> lines = readLines();
        int summaryLine = indexOfPrefix(lines, "摘要:");
        String summary = INDENT + lines.get(summaryLine).substring("摘要:".length()).strip();
        List<String> paragraphs = paragraphs(lines, summaryLine + 1);
        if (paragraphs.size() != 10 || !lines.contains(TITLE)) {
            throw new IllegalStateException("unexpected sample article text in " + RESOURCE);
        }
        String html = paragraphs.stream().map(p -> "<p>" + INDENT + p + "</p>").collect(Collectors.joining("\n"));
        return new PortalArticle(AID, CATID, TITLE, Members.GUILAI, "何俊笼 廖亚飞", "", "",
                PrintedTime.unix(2016, 11, 6, 15, 20), summary, List.of(new ArticlePage("", html)),
                List.of(0, 0, 0, 0, 0), true, "", INITIAL_VIEWS);
    }

    /** The body paragraphs as plain text, without their indent. */
    public static List<String> paragraphs() {
        List<String> lines = readLines();
        return paragraphs(lines, indexOfPrefix(lines, "摘要:") + 1);
    }

    private static List<String> paragraphs(List<String> lines, int from) {
        List<String> paragraphs = new ArrayList<>();
        for (int i = from; i < lines.size() && !lines.get(i).equals("鲜花"); i++) {
            if (!lines.get(i).isBlank()) {
                paragraphs.add(lines.get(i).strip());
            }
        }
        return paragraphs;
    }

    private static int indexOfPrefix(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new IllegalStateException("no line starting with " + prefix + " in " + RESOURCE);
    }

    private static List<String> readLines() {
        try (InputStream in = SampleArticle.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
