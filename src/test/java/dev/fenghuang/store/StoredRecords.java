package dev.fenghuang.store;

import dev.fenghuang.cache.CacheKey;
import dev.fenghuang.model.Article;
import dev.fenghuang.model.ArticleList;
import dev.fenghuang.model.ArticleSummary;
import dev.fenghuang.model.Category;
import dev.fenghuang.model.Comment;
import dev.fenghuang.model.CommentList;
import dev.fenghuang.model.Image;
import dev.fenghuang.model.Link;
import dev.fenghuang.model.Person;
import dev.fenghuang.model.Reaction;
import dev.fenghuang.model.Section;
import dev.fenghuang.model.forum.AttachmentMark;
import dev.fenghuang.model.forum.BoardLink;
import dev.fenghuang.model.forum.BoardPage;
import dev.fenghuang.model.forum.BoardSummary;
import dev.fenghuang.model.forum.EditNote;
import dev.fenghuang.model.forum.Floor;
import dev.fenghuang.model.forum.FloorState;
import dev.fenghuang.model.forum.ForumCategory;
import dev.fenghuang.model.forum.ForumIndex;
import dev.fenghuang.model.forum.ForumStats;
import dev.fenghuang.model.forum.LastPost;
import dev.fenghuang.model.forum.PostAttachment;
import dev.fenghuang.model.forum.PostAuthor;
import dev.fenghuang.model.forum.PostBlock;
import dev.fenghuang.model.forum.PostImage;
import dev.fenghuang.model.forum.PostLink;
import dev.fenghuang.model.forum.ThreadOrder;
import dev.fenghuang.model.forum.ThreadPage;
import dev.fenghuang.model.forum.ThreadRow;
import dev.fenghuang.model.forum.ThreadType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/** One record of every kind the store keeps, each field set (nulls only where a test asks for them). */
final class StoredRecords {
    static final LocalDateTime TIME = LocalDateTime.of(2016, 11, 6, 15, 20);
    static final Category QUXIAN = new Category(2, "渠县");

    private StoredRecords() {
    }

    static Map<CacheKey, Object> everyKind() {
        return Map.of(
                CacheKey.sections(), List.of(new Section(1, "党政风采", List.of(new Section(2, "渠县", List.of())))),
                CacheKey.list(2, 1), list(),
                CacheKey.article(1, 1), article(1),
                CacheKey.comments(1, 2), comments(1),
                CacheKey.forumIndex(), index(),
                CacheKey.board(2, 1, "typeid=1"), board(),
                CacheKey.thread(1, 3, 7), thread());
    }

    static Article article(long aid) {
        return Article.builder().aid(aid).url("http://127.0.0.1/portal.php?mod=view&aid=" + aid)
                .title("全省“巾帼脱贫行动”<推进会> & \"引号\"").category(QUXIAN)
                .breadcrumb(List.of(new Category(1, "党政风采"), QUXIAN)).published(TIME)
                .publisher(new Person(1, "归来")).views(1999).commentCount(3).originalAuthor("何俊笼 廖亚飞")
                .source("渠县妇联").summary("11月1日,全省…").paragraphs(List.of("第一段\n换行", "　第二段 \u0001"))
                .images(List.of(new Image("http://127.0.0.1/a.jpg", "图", 1)))
                .links(List.of(new Link("http://127.0.0.1/x", "链接", 0))).page(1).pageCount(2).pageTitle("上篇")
                .reactions(List.of(new Reaction(1, "鲜花", 4))).comments(List.of(comment(9, true), comment(8, false)))
                .hiddenComments(1).commentsOpen(true).build();
    }

    static Comment comment(long cid, boolean pending) {
        return new Comment(cid, new Person(5, "admin"), TIME.plusMinutes(cid), "好文 " + cid, pending ? "引用" : null,
                pending);
    }

    static CommentList comments(long aid) {
        return new CommentList(aid, "标题", 30, 2, 2, List.of(comment(3, false)), 1);
    }

    static ArticleList list() {
        return new ArticleList(QUXIAN, List.of(new Category(1, "党政风采"), QUXIAN), 1, 5,
                List.of(new ArticleSummary(1, "http://127.0.0.1/a", "标题", TIME, "摘要", "http://127.0.0.1/t.jpg",
                        QUXIAN), new ArticleSummary(2, "http://127.0.0.1/b", "无图", null, "", null, null)),
                List.of(new Category(3, "下级")), List.of(new Category(4, "相关")));
    }

    static ForumIndex index() {
        BoardSummary board = BoardSummary.builder(2).name("渠县杂谈").description("说说").today(3).threads(40)
                .posts(400).subBoards(List.of(new BoardLink(5, "渠县美食", false))).moderators(List.of("moderator1"))
                .lastPost(new LastPost(1, "长帖", TIME, "admin")).external(false).unread(true).build();
        return new ForumIndex(new ForumStats(1, 2, 3, 4), List.of(new ForumCategory(1, "渠县论坛",
                List.of("admin"), List.of(board))));
    }

    static BoardPage board() {
        ThreadRow row = ThreadRow.builder(1).subject("长帖").type(new ThreadType(1, "求助", 5)).stickyLevel(1)
                .digestLevel(2).closed(true).moved(false).poll(true).attachment(AttachmentMark.IMAGE)
                .highlight("#EE1B2E").author(new Person(3, "member1")).started(TIME).replies(64).views(900)
                .pages(7).lastPoster("admin").lastPostTime(TIME.plusDays(1)).unread(true).build();
        return BoardPage.builder(2).name("渠县杂谈").breadcrumb(List.of(new BoardLink(1, "渠县论坛", true)))
                .today(3).threadCount(40).types(List.of(new ThreadType(1, "求助", 5))).typeId(1).digestOnly(true)
                .order(ThreadOrder.values()[ThreadOrder.values().length - 1])
                .subBoards(index().categories().get(0).boards()).threads(List.of(row)).page(1).pageCount(3)
                .pendingThreads(2).build();
    }

    static ThreadPage thread() {
        Floor floor = Floor.builder(11).number(2).label("沙发").author(new PostAuthor(3, "member1", "新手上路",
                        LocalDate.of(2020, 1, 2), false)).time(TIME).state(FloorState.BANNED).notice("已屏蔽")
                .edit(new EditNote("admin", TIME.plusHours(1), "本帖最后由 admin 编辑"))
                .blocks(List.of(new PostBlock.Paragraph(List.of(new PostBlock.Span("粗", true, "red", 1),
                                PostBlock.Span.plain("细"))),
                        new PostBlock.Quote(10, "admin", TIME, List.of("引一", "引二")),
                        new PostBlock.Code(List.of("int a;", "  b();")), new PostBlock.ImageRef(1),
                        new PostBlock.AttachmentRef(1), new PostBlock.Locked("回复可见")))
                .images(List.of(new PostImage(1, "http://127.0.0.1/i.png", "图", 44)))
                .attachments(List.of(new PostAttachment(1, 45, "a.zip", "http://127.0.0.1/a.zip", "2 KB", 7)))
                .links(List.of(new PostLink(1, "http://127.0.0.1/l", "链"))).build();
        return ThreadPage.builder(1).fid(2).subject("长帖").type(new ThreadType(2, "闲聊", 0))
                .breadcrumb(List.of(new BoardLink(2, "渠县杂谈", false))).views(900).replies(64).closed(true)
                .awaitingModeration(true).page(3).pageCount(7).authorFilter(7).newestFirst(true)
                .floors(List.of(floor, Floor.builder(12).build())).moderatorTools(true).build();
    }
}
