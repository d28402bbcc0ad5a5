package dev.fenghuang.cli.option;

import dev.fenghuang.app.DraftStore;
import dev.fenghuang.app.Texts;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import picocli.CommandLine;

/**
 * Which kept draft {@code comment AID --draft [N]} sends: number N of the article's drafts (oldest first), or the
 * only one. Several without a number, or a number that is not there, is a usage error (exit 2) listing them all.
 */
public final class DraftChoice {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final int PREVIEW = 40;

    private DraftChoice() {
    }

    /** @param number 1-based, or 0 for "the only one" */
    public static DraftStore.Draft pick(List<DraftStore.Draft> drafts, int number, long aid, Texts texts,
                                 CommandLine command) {
        if (drafts.isEmpty()) {
            throw new IllegalArgumentException(texts.get("comment.noDraft", String.valueOf(aid)));
        }
        if (number == 0 && drafts.size() == 1) {
            return drafts.get(0);
        }
        if (number >= 1 && number <= drafts.size()) {
            return drafts.get(number - 1);
        }
        String head = number == 0 ? texts.get("comment.severalDrafts", String.valueOf(drafts.size()), String.valueOf(aid))
                : texts.get("comment.noSuchDraft", String.valueOf(number), String.valueOf(drafts.size()));
        throw new CommandLine.ParameterException(command, head + System.lineSeparator() + list(drafts, texts));
    }

    /** One line per draft: its number, when it was saved, a mark when it may have been sent, its start. */
    static String list(List<DraftStore.Draft> drafts, Texts texts) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < drafts.size(); i++) {
            DraftStore.Draft d = drafts.get(i);
            String text = d.text().replaceAll("\\s+", " ").strip();
            String start = text.codePointCount(0, text.length()) > PREVIEW
                    ? text.substring(0, text.offsetByCodePoints(0, PREVIEW)) + "…" : text;
            out.append(String.format("  %d. %s%s  %s", i + 1, TIME.format(d.saved().atZone(ZoneId.systemDefault())),
                    d.inFlight() ? " " + texts.get("comment.draftMaybeSent") : "", start));
            if (i < drafts.size() - 1) {
                out.append(System.lineSeparator());
            }
        }
        return out.toString();
    }
}
