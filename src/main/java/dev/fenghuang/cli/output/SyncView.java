package dev.fenghuang.cli.output;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import dev.fenghuang.app.Texts;
import dev.fenghuang.app.sync.SyncItem;
import dev.fenghuang.app.sync.SyncListener;
import dev.fenghuang.app.sync.SyncSummary;
import dev.fenghuang.model.SafeText;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * What {@code sync} prints as it goes: on a terminal one progress line redrawn in place (items done of known, rate,
 * the current title); otherwise one line per item ({@code article 12 渠县… ok}), or one JSON object per line; and a
 * summary line at the end. Every site text passes {@link SafeText#strip}.
 */
public final class SyncView implements SyncListener {
    private static final Gson LINES = new GsonBuilder().disableHtmlEscaping().create();
    private static final int BAR_CELLS = 20;

    /** How the items are shown. */
    enum Mode {
        LINES, JSON, BAR
    }

    private final Texts texts;
    private final PrintWriter out;
    private final Mode mode;
    private final int columns;
    private final LongSupplier nanos;
    private final long start;
    private int doneThisRun;
    private boolean barShown;

    SyncView(Texts texts, PrintWriter out, Mode mode, int columns, LongSupplier nanos) {
        this.texts = texts;
        this.out = out;
        this.mode = mode;
        this.columns = Math.max(40, columns);
        this.nanos = nanos;
        this.start = nanos.getAsLong();
    }

    /**
     * The view for where the output goes.
     *
     * @param terminal whether it goes to a terminal (a progress bar, redrawn with a carriage return)
     * @param columns the terminal's width
     */
    public static SyncView choose(Texts texts, PrintWriter out, boolean json, boolean terminal, int columns) {
        Mode mode = json ? Mode.JSON : terminal ? Mode.BAR : Mode.LINES;
        return new SyncView(texts, out, mode, columns, System::nanoTime);
    }

    @Override
    public void item(SyncItem item, String title, Outcome outcome, String detail, int done, int total) {
        if (outcome == Outcome.OK || outcome == Outcome.SKIPPED) {
            doneThisRun++;
        }
        switch (mode) {
            case JSON -> out.println(json(item, title, outcome, detail, done, total));
            case LINES -> out.println(line(item, title, outcome, detail));
            case BAR -> {
                if (outcome != Outcome.OK) {
                    out.print("\r" + " ".repeat(columns - 1) + "\r");
                    out.println(line(item, title, outcome, detail));
                }
                out.print("\r" + bar(title, done, total));
                barShown = true;
            }
        }
        out.flush();
    }

    @Override
    public void cut(SyncItem item, String title, int claimed, int kept) {
        String said = describe(item) + " " + texts.get("sync.cut", claimed, kept);
        switch (mode) {
            case JSON -> {
                JsonObject o = new JsonObject();
                o.addProperty("cut", true);
                o.addProperty("id", item.id());
                o.addProperty("claimedPages", claimed);
                o.addProperty("keptPages", kept);
                out.println(o);
            }
            case LINES -> out.println(said);
            case BAR -> {
                out.print("\r" + " ".repeat(columns - 1) + "\r");
                out.println(said);
                barShown = false;
            }
        }
        out.flush();
    }

    /** One item as a line: what it is, its title, what became of it. */
    String line(SyncItem item, String title, Outcome outcome, String detail) {
        String what = describe(item);
        String name = SafeText.strip(title).strip();
        String result = texts.get("sync.outcome." + outcome.name().toLowerCase(Locale.ROOT), SafeText.strip(detail));
        return what + (name.isEmpty() ? "" : " " + name) + " " + result;
    }

    private String describe(SyncItem item) {
        return switch (item.kind()) {
            case LIST -> texts.get("sync.item.list", item.id(), item.page());
            case ARTICLE -> item.page() == 1 ? texts.get("sync.item.article", item.id())
                    : texts.get("sync.item.articlePage", item.id(), item.page());
            case COMMENTS -> texts.get("sync.item.comments", item.id(), item.page());
            case IMAGE -> texts.get("sync.item.image", item.id());
        };
    }

    /** The progress line, exactly {@code columns - 1} cells wide so that it overwrites the one before. */
    String bar(String title, int done, int total) {
        int filled = total == 0 ? 0 : (int) ((long) BAR_CELLS * done / total);
        String head = "[" + "#".repeat(filled) + ".".repeat(BAR_CELLS - filled) + "] " + done + "/" + total + " "
                + String.format(Locale.ROOT, "%.1f/s", rate()) + " ";
        int room = columns - 1 - head.length();
        String name = Cells.fit(SafeText.strip(title).replace('\n', ' ').strip(), room);
        return head + name + " ".repeat(Math.max(0, room - Cells.width(name)));
    }

    private double rate() {
        double seconds = (nanos.getAsLong() - start) / 1e9;
        return seconds <= 0 ? 0 : doneThisRun / seconds;
    }

    private static String json(SyncItem item, String title, Outcome outcome, String detail, int done, int total) {
        JsonObject o = new JsonObject();
        o.addProperty("item", item.kind().name().toLowerCase(Locale.ROOT));
        o.addProperty("id", item.id());
        o.addProperty("page", item.page());
        if (!item.url().isEmpty()) {
            o.addProperty("url", SafeText.url(item.url()));
        }
        o.addProperty("title", SafeText.strip(title));
        o.addProperty("outcome", outcome.name().toLowerCase(Locale.ROOT));
        o.addProperty("detail", SafeText.strip(detail));
        o.addProperty("done", done);
        o.addProperty("total", total);
        return LINES.toJson(o);
    }

    /** The last line: what was done, how fast, what is left. */
    public void summary(SyncSummary s) {
        if (barShown) {
            out.print("\r" + " ".repeat(columns - 1) + "\r");
        }
        if (mode == Mode.JSON) {
            JsonObject o = new JsonObject();
            o.addProperty("summary", true);
            o.addProperty("done", s.done());
            o.addProperty("total", s.total());
            o.addProperty("fetched", s.fetched());
            o.addProperty("articles", s.articles());
            o.addProperty("skipped", s.skipped());
            o.addProperty("failed", s.failed());
            o.addProperty("left", s.left());
            o.addProperty("seconds", s.took().toMillis() / 1000.0);
            o.addProperty("resumed", s.resumed());
            o.addProperty("complete", s.complete());
            out.println(LINES.toJson(o));
        } else {
            out.println(texts.get(s.resumed() ? "sync.summary.resumed" : "sync.summary", s.done(), s.total(),
                    s.fetched(), s.articles(), String.format(Locale.ROOT, "%.1f", s.took().toMillis() / 1000.0),
                    String.format(Locale.ROOT, "%.1f", s.itemsPerSecond()),
                    String.format(Locale.ROOT, "%.1f", s.articlesPerSecond()), s.skipped(), s.left()));
        }
        out.flush();
    }

    /** Terminal cells: a CJK or full-width character takes two. */
    static final class Cells {
        private Cells() {
        }

        static int width(String s) {
            return s.codePoints().map(Cells::width).sum();
        }

        private static int width(int cp) {
            boolean wide = (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF)
                    || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF)
                    || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                    || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
            return wide ? 2 : 1;
        }

        /** The text cut to {@code cells}, ending in … when cut. */
        static String fit(String s, int cells) {
            if (cells <= 0) {
                return "";
            }
            if (width(s) <= cells) {
                return s;
            }
            StringBuilder b = new StringBuilder();
            int used = 0;
            for (int cp : s.codePoints().toArray()) {
                int w = width(cp);
                if (used + w > cells - 1) {
                    break;
                }
                b.appendCodePoint(cp);
                used += w;
            }
            return b.append('…').toString();
        }
    }
}
