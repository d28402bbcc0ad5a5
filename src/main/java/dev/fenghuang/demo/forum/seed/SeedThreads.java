package dev.fenghuang.demo.forum.seed;

import dev.fenghuang.demo.forum.html.ForumTime;
import dev.fenghuang.demo.forum.state.Board;
import dev.fenghuang.demo.forum.state.ForumAttachment;
import dev.fenghuang.demo.forum.state.ForumData;
import dev.fenghuang.demo.forum.state.ForumPost;
import dev.fenghuang.demo.forum.state.ForumThread;
import dev.fenghuang.demo.forum.state.ThreadType;
import dev.fenghuang.demo.store.SiteMember;
import dev.fenghuang.demo.store.Members;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Fills the forum of the sample site, the same for the same seed: the category 凤凰山下社区 with 渠县杂谈 (and its
 * sub-board 渠县美食), 便民服务 (a thread type is required) and 站务公告; {@value #CHAT_THREADS} threads in 渠县杂谈 so
 * that it pages four times, the long thread {@link #LONG_TID} of {@value LongThread#POSTS} posts, sticky, digest,
 * closed, highlighted and poll threads, a thread moved to 渠县美食 with its stub (保留转向) left behind, and a held
 * thread and held replies for the queues. Times count back from
 * the site's clock at start.
 */
public final class SeedThreads {
    public static final int CATEGORY_GID = 1;
    public static final int CHAT_FID = 2;
    public static final int SERVICE_FID = 3;
    public static final int NEWS_FID = 4;
    public static final int FOOD_FID = 5;
    static final int CHAT_THREADS = 78;
    static final int SERVICE_THREADS = 40;
    static final int NEWS_THREADS = 20;
    static final int FOOD_THREADS = 15;
    /** The long thread: the first thread of 渠县杂谈. */
    public static final int LONG_TID = 1;
    /** The held thread of reader1: after every generated thread and the move stub. */
    public static final int HELD_TID = CHAT_THREADS + SERVICE_THREADS + NEWS_THREADS + FOOD_THREADS + 2;

    private static final List<String> PLACES = List.of("渠县", "三汇镇", "土溪镇", "有庆镇", "涌兴镇", "临巴镇",
            "琅琊镇", "李渡镇", "渠江街道", "天星街道", "静边镇", "清溪场镇", "贵福镇", "文崇镇", "宕渠古城", "賨人谷");
    private static final List<String> CHAT_TOPICS = List.of("最近有什么新变化？", "的老街还有人记得吗", "周末去哪里耍",
            "今天又堵车了", "新开的超市怎么样", "晚上散步的好去处", "下雨天路况如何", "的夜景真漂亮",
            "小时候的味道", "停水到几点？", "有没有一起跑步的", "的樱花开了", "老房子改造进展", "修路修到哪里了");
    private static final List<String> SERVICE_TOPICS = List.of("求推荐靠谱的家电维修", "转让九成新电动车",
            "招聘门店收银员两名", "求租两室一厅", "出售自家种的黄花", "找人拼车去达州", "求问办居住证流程",
            "转让婴儿推车", "招聘货车司机", "求推荐驾校");
    private static final List<String> NEWS_TOPICS = List.of("论坛版规（新人必读）", "关于清理违规广告的公告",
            "版主招募", "服务器维护通知", "论坛积分规则说明");
    private static final List<String> FOOD_TOPICS = List.of("的烧白哪家最好吃", "的冷锅鱼", "米粉店推荐",
            "的夜宵摊", "家常菜做法分享");
    private static final List<String> REMARKS = List.of("支持！", "顶一个，说得好", "学习了，谢谢楼主分享",
            "我也想知道，坐等回复", "上周刚去过，确实不错", "老家就在那边，变化真大", "楼主辛苦了",
            "希望越来越好", "mark一下，回头再看", "路过，帮顶");
    private static final List<String> SENTENCES = List.of("说起来家乡这几年变化确实大，", "周末带娃去转了一圈，",
            "听隔壁王大爷讲，", "昨天下午路过的时候看了一眼，", "有没有熟悉情况的朋友说一下，",
            "天气好的时候去最合适，", "价格也还算公道，", "停车稍微有点麻烦，", "大家有什么经验欢迎补充。",
            "先谢谢各位了。");

    private final ForumData data;
    private final Random random;
    private final long now;
    private final Set<String> subjects = new HashSet<>();

    private SeedThreads(ForumData data, long seed, long now) {
        this.data = data;
        this.random = new Random(seed * 17 + 3);
        this.now = now;
    }

    /** Adds the boards and threads; {@code now} is the site clock in Unix seconds. */
    public static void plant(ForumData data, long seed, long now) {
        new SeedThreads(data, seed, now).plant();
    }

    private void plant() {
        data.addBoard(Board.category(CATEGORY_GID, "凤凰山下社区", List.of()));
        data.addBoard(new Board(CHAT_FID, CATEGORY_GID, 0, "渠县杂谈", "渠县大小事，家长里短都来聊",
                List.of(new ThreadType(1, "求助"), new ThreadType(2, "闲聊"), new ThreadType(3, "分享")), false,
                List.of(Members.MODERATOR.name()), true));
        data.addBoard(new Board(SERVICE_FID, CATEGORY_GID, 0, "便民服务", "求助、转让、招聘信息发布区",
                List.of(new ThreadType(4, "求助"), new ThreadType(5, "转让"), new ThreadType(6, "招聘")), true,
                List.of(Members.MODERATOR.name()), false));
        data.addBoard(new Board(NEWS_FID, CATEGORY_GID, 0, "站务公告", "论坛公告与站务讨论", List.of(), false,
                List.of(), false));
        data.addBoard(new Board(FOOD_FID, CATEGORY_GID, CHAT_FID, "渠县美食", "吃在渠县", List.of(), false,
                List.of(), false));
        LongThread.plant(data, now);
        chatThreads();
        board(SERVICE_FID, SERVICE_THREADS, SERVICE_TOPICS, true);
        board(NEWS_FID, NEWS_THREADS, NEWS_TOPICS, false);
        board(FOOD_FID, FOOD_THREADS, FOOD_TOPICS, false);
        held();
    }

    /** 渠县杂谈: the long thread plus generated ones, with one of each mark. */
    private void chatThreads() {
        for (int i = 1; i < CHAT_THREADS; i++) {
            ForumThread thread = generated(CHAT_FID, PLACES.get(random.nextInt(PLACES.size()))
                    + CHAT_TOPICS.get(random.nextInt(CHAT_TOPICS.size())), 1 + random.nextInt(3), i);
            switch (i) {
                case 1 -> thread.stick(1);
                case 2 -> thread.highlight(41);
                case 3 -> thread.digest(1);
                case 4 -> {
                    thread.close(true);
                    thread.moderated("关闭", now - 3600);
                }
                case 5 -> thread.stamp();
                case 9 -> {
                    data.stub(thread, CHAT_FID);
                    thread.move(FOOD_FID, 0);
                }
                default -> {
                }
            }
        }
    }

    private void board(int fid, int count, List<String> topics, boolean typed) {
        Board board = data.board(fid).orElseThrow();
        for (int i = 0; i < count; i++) {
            String topic = topics.get(random.nextInt(topics.size()));
            String subject = topic.startsWith("的") ? PLACES.get(random.nextInt(PLACES.size())) + topic : topic;
            int typeid = typed ? board.types().get(random.nextInt(board.types().size())).typeid() : 0;
            ForumThread thread = generated(fid, subject, typeid, i);
            if (fid == NEWS_FID && i < 2) {
                thread.stick(1);
            }
        }
    }

    /**
     * A thread started some hours to months ago, with up to twelve replies; the first ten of a board are started
     * within the last hour, but on the site's today (so the board has posts today whenever the site starts), and
     * {@code index} makes some of them poll and attachment threads.
     */
    private ForumThread generated(int fid, String wanted, int typeid, int index) {
        String subject = unique(wanted);
        SiteMember author = author();
        long age = index < 10 ? today(600L + random.nextInt(3000)) : 3600L * (2 + random.nextInt(24 * 90));
        long start = now - age;
        String message = paragraph() + (index == 6 ? "\n[attach]" + attachment(false) + "[/attach]" : "")
                + (index == 7 ? "\n[attachimg]" + attachment(true) + "[/attachimg]" : "");
        ForumThread thread = data.start(fid, typeid, subject, author, start, message, index == 8);
        thread.views(20 + random.nextInt(900));
        int replies = random.nextInt(13);
        long at = start;
        for (int r = 0; r < replies; r++) {
            at += 1 + random.nextInt(Math.max(2, (int) Math.min(age / (replies + 1), 86_400L)));
            if (at >= now) {
                break;
            }
            data.reply(thread, author(), at, "", REMARKS.get(random.nextInt(REMARKS.size())));
        }
        return thread;
    }

    /** {@code age}, or less when that would start a thread before the site's midnight. */
    private long today(long age) {
        return Math.min(age, Math.max(1, now - ForumTime.dayStart(now) - 1));
    }

    private int attachmentCount;

    private int attachment(boolean image) {
        attachmentCount++;
        int aid = 100 + attachmentCount;
        data.addAttachment(image
                ? new ForumAttachment(aid, "街景" + aid + ".jpg", "forum/202611/20/street" + aid + ".jpg", "86.5 KB", 12, true)
                : new ForumAttachment(aid, "资料" + aid + ".zip", "forum/202611/20/file" + aid + ".zip", "1.2 MB", 3,
                        false));
        return aid;
    }

    /** A thread of reader1 held for moderation, and two held replies in 渠县杂谈. */
    private void held() {
        ForumThread thread = data.start(CHAT_FID, 2, unique("想问问大家对审核测试的看法"), Members.READER1, now - 7200,
                "这个帖子里有审核测试的词，所以要等版主审核。", false);
        thread.state(ForumThread.PENDING, now - 7200);
        if (thread.tid() != HELD_TID) {
            throw new IllegalStateException("the held thread is " + thread.tid() + ", not " + HELD_TID);
        }
        ForumThread target = data.listed(CHAT_FID).get(10);
        ForumPost reply = data.reply(target, Members.READER2, now - 5400, "", "这条回复带了待审词，正在等待审核。");
        reply.state(ForumPost.PENDING, now - 5400);
    }

    private String unique(String wanted) {
        String subject = wanted;
        for (int n = 2; !subjects.add(subject); n++) {
            subject = wanted + "（" + n + "）";
        }
        return subject;
    }

    private SiteMember author() {
        List<SiteMember> writers = LongThread.WRITERS;
        return writers.get(random.nextInt(writers.size()));
    }

    private String paragraph() {
        StringBuilder text = new StringBuilder();
        int count = 2 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            text.append(SENTENCES.get(random.nextInt(SENTENCES.size())));
        }
        return text.toString();
    }
}
