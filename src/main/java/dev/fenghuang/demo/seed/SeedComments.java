package dev.fenghuang.demo.seed;

import dev.fenghuang.demo.page.PrintedTime;
import dev.fenghuang.demo.store.Members;
import dev.fenghuang.demo.store.PortalArticle;
import dev.fenghuang.demo.store.PortalComment;
import dev.fenghuang.demo.store.SiteMember;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes generated comments as the site stores them: escaped text with {@code <br />} for line
 * breaks, {@code &nbsp;} for runs of spaces and quote blocks for replies. Every tenth comment has
 * each special shape in a fixed slot, so long threads always show all of them.
 */
final class SeedComments {
    private final Random random;
    private int nextCid = 1;

    SeedComments(Random random) {
        this.random = random;
    }

    /** {@code count} comments on the article, oldest first, times after the article's. */
    List<PortalComment> write(PortalArticle article, int count) {
        List<PortalComment> written = new ArrayList<>();
        long time = article.dateline();
        for (int i = 0; i < count; i++) {
            time += 60L * (5 + random.nextInt(600));
            SiteMember author = i % 10 == 3 ? SiteMember.GUEST
                    : Members.readers().get(random.nextInt(Members.readers().size()));
            String html = switch (i % 10) {
                case 5 -> PhraseBook.remark(random) + "<br />" + PhraseBook.remark(random);
                case 7 -> PhraseBook.remark(random) + "&nbsp; &nbsp;&nbsp;" + PhraseBook.remark(random);
                case 9 -> quote(written.get(random.nextInt(written.size()))) + PhraseBook.remark(random);
                default -> PhraseBook.remark(random) + (random.nextBoolean() ? "，" + PhraseBook.remark(random) : "");
            };
            written.add(new PortalComment(nextCid++, article.aid(), author, time, html));
        }
        return written;
    }

    private static String quote(PortalComment earlier) {
        String text = earlier.html().replaceAll("<div class=\"quote\">.*?</div>", "")
                .replaceAll("<[^>]*>", " ").replace("&nbsp;", " ").strip();
        return "<div class=\"quote\"><blockquote>引用: " + earlier.author().name() + " 于 "
                + PrintedTime.dateTime(earlier.dateline()) + " 发表的: " + text + "</blockquote></div>";
    }
}
