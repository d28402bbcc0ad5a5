package dev.fenghuang.demo.forum.seed;

import dev.fenghuang.demo.forum.html.ForumTime;
import dev.fenghuang.demo.forum.html.QuoteText;
import dev.fenghuang.demo.forum.state.ForumAttachment;
import dev.fenghuang.demo.forum.state.ForumData;
import dev.fenghuang.demo.forum.state.ForumPost;
import dev.fenghuang.demo.forum.state.ForumThread;
import dev.fenghuang.demo.store.SiteMember;
import dev.fenghuang.demo.store.Members;
import java.util.ArrayList;
import java.util.List;

/**
 * The long thread of 渠县杂谈 ({@link SeedThreads#LONG_TID}): {@value #POSTS} posts over three days, one of them
 * held, so {@code POSTS - 1} floors on seven pages, with every rendering the client must read — bold, colour, size,
 * alignment, links and a smiley in the first post, an image, an attached image and a file, a code block, quotes of
 * earlier floors (one of several lines), a hidden part, an edit stamp, a banned post, and replies by the starter.
 */
final class LongThread {
    static final int POSTS = 66;
    /** Post positions (1 = the first post) with a special body. */
    static final int HIDE_AT = 3;
    static final int QUOTE_AT = 6;
    static final int CODE_AT = 8;
    static final int EDITED_AT = 12;
    static final int BANNED_AT = 15;
    static final int LINK_QUOTE_AT = 20;
    static final int HELD_AT = 25;
    static final int COLOUR_AT = 30;
    /** Quotes the first post, whose first three lines the quote keeps (4.4): a quote that unfolds to several. */
    static final int LONG_QUOTE_AT = 35;
    static final int IMAGE_AT = 40;
    static final String SUBJECT = "2026渠县黄花节攻略贴：吃住行一帖搞定";
    static final List<SiteMember> WRITERS = List.of(Members.all().get(3), Members.all().get(4), Members.all().get(5),
            Members.all().get(6), Members.all().get(7), Members.all().get(8), Members.all().get(9), Members.READER1,
            Members.READER2, Members.GUILAI, Members.MODERATOR);
    private static final List<String> REPLIES = List.of("感谢楼主，收藏了", "去年去过，人山人海", "黄花的季节又到了",
            "请问停车方便吗？", "坐等楼主更新", "住宿提前订，不然没房间", "带孩子去合适吗？", "今年门票要钱吗",
            "这个攻略太实用了", "顶上去让更多人看到", "三汇的亲戚说今年规模更大", "楼主是本地人吧");

    private LongThread() {
    }

    static void plant(ForumData data, long now) {
        long start = now - 3 * 86_400L - 1800;
        String first = "[b]黄花节[/b]一年一度，今年定在[color=Red]11月下旬[/color]，地点还是在[size=4]三汇镇黄花产业园[/size]。\n"
                + "[align=center]欢迎大家来玩！[/align]\n"
                + "官方信息见[url=http://www.quxian.gov.cn/]渠县人民政府网[/url] :lol\n"
                + "[img]http://www.quxian.gov.cn/images/huanghua.jpg[/img]\n"
                + "[attachimg]1[/attachimg]\n"
                + "[attach]2[/attach]";
        data.addAttachment(new ForumAttachment(1, "黄花园全景.jpg", "forum/202611/23/huanghua_full.jpg", "245.3 KB", 31,
                true));
        data.addAttachment(new ForumAttachment(2, "黄花节行程表.doc", "forum/202611/23/xingcheng.doc", "32 KB", 8,
                false));
        ForumThread thread = data.start(SeedThreads.CHAT_FID, 3, SUBJECT, Members.GUILAI, start, first, false);
        thread.views(1547);
        List<ForumPost> posts = new ArrayList<>();
        posts.add(thread.firstPost());
        for (int n = 2; n <= POSTS; n++) {
            long at = start + (n - 1) * 55L * 60;
            SiteMember author = n == HIDE_AT || n % 17 == 0 ? Members.GUILAI
                    : n == EDITED_AT ? Members.READER2 : WRITERS.get((n * 7) % (WRITERS.size() - 2));
            ForumPost post = data.reply(thread, author, at, "", body(n, posts, at));
            if (n == BANNED_AT) {
                post.ban(true);
            }
            if (n == HELD_AT) {
                post.state(ForumPost.PENDING, at);
            }
            posts.add(post);
        }
    }

    private static String body(int n, List<ForumPost> earlier, long at) {
        return switch (n) {
            case HIDE_AT -> "补充一下住宿信息：\n[hide]三汇镇上的黄花客栈，电话 0818-7000000，报论坛名字打九折。[/hide]";
            case QUOTE_AT -> QuoteText.block(earlier.get(1)) + "同问，去年停车排了半小时";
            case CODE_AT -> "给大家贴一个简单的行程表：\n[code]\n08:00 渠县汽车站出发\n09:30 到达三汇镇\n"
                    + "12:00 午饭：黄花宴\n[/code]";
            case EDITED_AT -> "[i=s] 本帖最后由 reader2 于 " + ForumTime.minutes(at + 600) + " 编辑 [/i]\n\n"
                    + "改一下：是下午两点集合，不是一点。";
            case BANNED_AT -> "加微信领黄花节门票，先到先得！！！";
            case LINK_QUOTE_AT -> QuoteText.block(earlier.get(CODE_AT - 1)) + "行程表很清楚，另外可以看看[url=http://www.qxxww.com/]"
                    + "渠县新闻网[/url]的报道。";
            case LONG_QUOTE_AT -> QuoteText.block(earlier.get(0)) + "楼主的信息很全，三行就说清楚了。";
            case COLOUR_AT -> "[color=#3C9D40]绿色出行[/color]，[b]建议坐公交[/b]，[size=2]自驾的话记得早点出发[/size]。";
            case IMAGE_AT -> "现场照片一张：\n[img]http://www.qxxww.com/upload/huanghua2026.jpg[/img]";
            default -> REPLIES.get(n % REPLIES.size()) + (n % 5 == 0 ? "，期待今年的黄花节。" : "");
        };
    }

}
