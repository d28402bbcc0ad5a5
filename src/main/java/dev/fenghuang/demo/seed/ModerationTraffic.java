package dev.fenghuang.demo.seed;

import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.demo.Stores;
import dev.fenghuang.demo.store.ArticlePage;
import dev.fenghuang.demo.store.Censor;
import dev.fenghuang.demo.store.CommentText;
import dev.fenghuang.demo.store.HeldComments;
import dev.fenghuang.demo.store.Members;
import dev.fenghuang.demo.store.PortalArticle;
import dev.fenghuang.demo.store.PortalComment;
import dev.fenghuang.demo.store.PortalContent;
import dev.fenghuang.demo.store.SiteMember;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Traffic for the moderation queue, generated from the seed ({@link DemoOptions#moderationTraffic()}): three recent
 * articles in 文化旅游 (aid {@value #FIRST_AID} one day old, then three and twelve days), and {@value #HELD} pending
 * comments by the generated commenters, on those and on the old articles from aid {@value #FIRST_OLD_AID} (aids 1 to
 * 12 stay as they were), written over the last twenty days; about two in five contain {@value Censor#MODERATED_TEST},
 * one in five 待审词, the rest were held by group moderation. {@value #IGNORED} of them were already ignored, so
 * {@value #WAITING} wait. Times are relative to the start, texts and places fixed by the seed.
 */
public final class ModerationTraffic {
    public static final int FIRST_AID = ArticlePlan.LAST_AID + 1;
    static final int CATID = 8;
    static final int HELD = 136;
    static final int IGNORED = 6;
    public static final int WAITING = HELD - IGNORED;
    static final int FIRST_OLD_AID = 13;
    private static final int[] AGE_DAYS = {1, 3, 12};
    private static final long DAY = 86_400;

    private record Draft(int aid, SiteMember author, String message, long time) {
    }

    private ModerationTraffic() {
    }

    /** The recent articles, to be added to the generated ones. */
    public static List<PortalArticle> articles(long seed, long now) {
        Random random = new Random(seed * 17 + 3);
        List<PortalArticle> articles = new ArrayList<>();
        for (int i = 0; i < AGE_DAYS.length; i++) {
            List<String> paragraphs = new ArrayList<>();
            for (int p = 0; p < 3; p++) {
                paragraphs.add("<p>" + SampleArticle.INDENT + PhraseBook.paragraph(random) + "</p>");
            }
            long dateline = now - AGE_DAYS[i] * DAY - 60L * random.nextInt(600);
            articles.add(new PortalArticle(FIRST_AID + i, CATID, PhraseBook.title(random),
                    Members.editors().get(i % Members.editors().size()), "", "", "", dateline, "",
                    List.of(new ArticlePage("", String.join("\n", paragraphs))), List.of(0, 0, 0, 0, 0), true, "",
                    10 + random.nextInt(200)));
        }
        return articles;
    }

    /** Stores the pending comments, oldest first, and holds them in the queue. */
    public static void seed(PortalContent content, HeldComments queue, long seed, long now) {
        Random random = new Random(seed * 19 + 11);
        List<Draft> drafts = new ArrayList<>();
        for (int i = 0; i < HELD; i++) {
            drafts.add(draft(content, random, i, now));
        }
        drafts.sort(Comparator.comparingLong(Draft::time));
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            PortalComment held = content.addComment(d.aid(), d.author(), d.time(), CommentText.toHtml(d.message()),
                    PortalComment.PENDING, d.message());
            queue.hold(held.cid(), d.time());
            if (i % 20 == 10 && i < 20 * IGNORED) {
                queue.ignore(held.cid());
            }
        }
    }

    private static Draft draft(PortalContent content, Random random, int i, long now) {
        int aid = i % 4 == 0 ? FIRST_AID + random.nextInt(AGE_DAYS.length)
                : FIRST_OLD_AID + random.nextInt(ArticlePlan.LAST_AID - FIRST_OLD_AID + 1);
        long published = content.article(aid).orElseThrow().dateline();
        long earliest = Math.max(published, now - 20 * DAY);
        long time = earliest + 60 + (long) (random.nextDouble() * (now - earliest - 120));
        String remark = PhraseBook.remark(random);
        String message = switch (i % 5) {
            case 0, 1 -> Censor.MODERATED_TEST + "：" + remark;
            case 2 -> remark + "，这是待审词";
            default -> remark + "，" + PhraseBook.remark(random);
        };
        return new Draft(aid, Members.readers().get(random.nextInt(Members.readers().size())), message, time);
    }
}
