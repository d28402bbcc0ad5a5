package dev.fenghuang.demo;

import dev.fenghuang.demo.admin.AdminRoutes;
import dev.fenghuang.demo.http.Message;
import dev.fenghuang.demo.http.MessageTexts;
import dev.fenghuang.demo.http.PageRequest;
import dev.fenghuang.demo.http.PageResponse;
import dev.fenghuang.demo.http.Visit;
import dev.fenghuang.demo.page.ArticlePageRenderer;
import dev.fenghuang.demo.page.AttachmentImage;
import dev.fenghuang.demo.page.CommentPageRenderer;
import dev.fenghuang.demo.page.PortalSearchRoutes;
import dev.fenghuang.demo.page.IndexPageRenderer;
import dev.fenghuang.demo.page.ListPageRenderer;
import dev.fenghuang.demo.page.MessageAnswer;
import dev.fenghuang.demo.page.MessagePageRenderer;
import dev.fenghuang.demo.page.MobilePageRenderer;
import dev.fenghuang.demo.page.PageChrome;
import dev.fenghuang.demo.store.PortalArticle;
import dev.fenghuang.demo.store.PortalCategory;
import dev.fenghuang.demo.store.PortalContent;
import dev.fenghuang.demo.write.CaptchaRoutes;
import dev.fenghuang.demo.write.CommentRoutes;
import dev.fenghuang.demo.write.HomeRoutes;
import dev.fenghuang.demo.forum.write.ThreadFavoriteRoutes;
import dev.fenghuang.demo.write.LoginFormPage;
import dev.fenghuang.demo.write.LoginRoutes;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Picks the page for a request: the portal script's modules (reads, and comment writes through
 * {@code mod=portalcp}), login and logout on {@code member.php}, reactions and favourites on {@code home.php},
 * the captcha on {@code misc.php}, the admin panel's comment moderation on {@code admin.php}, attachment images,
 * else a plain 404.
 */
final class Router {
    static final String LIST_NO_CATEGORY = "抱歉，您尚未正确指定要查看的分类";
    static final String LIST_NO_SUCH_CATEGORY = "抱歉，您指定要查看的分类不存在";
    static final String LIST_CATEGORY_CLOSED = "抱歉，您指定要查看的分类已关闭";
    static final String VIEW_NO_ID = "抱歉，您尚未正确指定要查看的文章 ID";
    static final String VIEW_NO_SUCH_ARTICLE = "抱歉，您指定要查看的文章不存在或正在审核";
    static final String COMMENT_NO_SUCH_ARTICLE = "抱歉，您指定要查看的文章不存在";
    static final String COMMENTS_FORBIDDEN = "aid_comment_is_forbidden";

    private final PortalContent content;
    private final IndexPageRenderer index;
    private final ListPageRenderer list;
    private final ArticlePageRenderer article;
    private final CommentPageRenderer comments;
    private final MessagePageRenderer messages;
    private final MobilePageRenderer mobile;
    private final MessageAnswer answers;
    private final LoginRoutes login;
    private final CommentRoutes commentWrites;
    private final HomeRoutes home;
    private final ThreadFavoriteRoutes threadFavorites;
    private final CaptchaRoutes captcha;
    private final AdminRoutes admin;
    private final dev.fenghuang.demo.forum.ForumRoutes forum;
    private final dev.fenghuang.demo.forum.read.ForumSearchRoutes forumSearch;
    private final PortalSearchRoutes portalSearch;

    Router(Stores stores) {
        this(stores, UnaryOperator.identity());
    }

    /** A router whose {@code showmessage} answers say {@code wording} of each text instead of the text. */
    Router(Stores stores, UnaryOperator<String> wording) {
        this.content = stores.content();
        PageChrome chrome = new PageChrome(content);
        this.index = new IndexPageRenderer(content, chrome);
        this.list = new ListPageRenderer(content, chrome);
        this.article = new ArticlePageRenderer(content, chrome);
        this.comments = new CommentPageRenderer(content, chrome);
        this.messages = new MessagePageRenderer(chrome);
        this.mobile = new MobilePageRenderer(content);
        this.answers = new MessageAnswer(messages, wording);
        this.login = new LoginRoutes(stores, new LoginFormPage(chrome), answers, messages);
        this.commentWrites = new CommentRoutes(stores, answers, chrome);
        this.home = new HomeRoutes(stores, answers, chrome);
        this.threadFavorites = new ThreadFavoriteRoutes(stores.forum(), answers, chrome);
        this.captcha = new CaptchaRoutes(stores.captchas());
        this.admin = new AdminRoutes(stores);
        this.forum = new dev.fenghuang.demo.forum.ForumRoutes(stores.forum(), stores.flood(), stores.captchas(), answers, chrome,
                messages);
        this.forumSearch = new dev.fenghuang.demo.forum.read.ForumSearchRoutes(stores.forum(), answers, messages, chrome);
        this.portalSearch = new PortalSearchRoutes(stores.content(), answers, messages, chrome);
    }

    /** True for the paths Discuz scripts answer (and so the checks, cookies and templates apply to). */
    static boolean isScript(String path) {
        return path.equals("/") || path.equals("/index.php") || path.equals("/portal.php")
                || path.equals("/member.php") || path.equals("/home.php") || path.equals("/misc.php")
                || path.equals("/admin.php") || path.equals("/forum.php")
                || path.equals("/search.php");
    }

    PageResponse route(Visit visit) {
        String path = visit.request().path();
        if (path.equals("/member.php")) {
            return login.route(visit);
        }
        if (path.equals("/home.php")) {
            return ThreadFavoriteRoutes.handles(visit) ? threadFavorites.route(visit) : home.route(visit);
        }
        if (path.equals("/misc.php")) {
            return captcha.route(visit);
        }
        if (path.equals("/admin.php")) {
            return admin.route(visit);
        }
        if (path.equals("/forum.php")) {
            return MobilePageRenderer.applies(visit.request(), visit.site().cookiePrefix())
                    ? PageResponse.html(200, mobile.render(visit)) : forum.route(visit);
        }
        if (path.equals("/search.php")) {
            return switch (visit.request().param("mod")) {
                case "forum" -> forumSearch.route(visit);
                case "portal" -> portalSearch.route(visit);
                default -> PageResponse.notFound(path);
            };
        }
        if (isScript(path)) {
            if (MobilePageRenderer.applies(visit.request(), visit.site().cookiePrefix())) {
                return PageResponse.html(200, mobile.render(visit));
            }
            return portal(visit);
        }
        if (path.startsWith("/data/attachment/") && path.endsWith(".jpg")) {
            return AttachmentImage.response(path);
        }
        return PageResponse.notFound(path);
    }

    /** The module name Discuz would run, for the {@code lastact} cookie. */
    static String module(PageRequest request) {
        String mod = request.param("mod");
        String path = request.path();
        if (!path.equals("/") && !path.equals("/index.php") && !path.equals("/portal.php")) {
            return mod.matches("\\w+") ? mod : "index";
        }
        return switch (mod) {
            case "list", "view", "comment", "portalcp" -> mod;
            default -> "index";
        };
    }

    private PageResponse portal(Visit visit) {
        return switch (module(visit.request())) {
            case "list" -> list(visit);
            case "view" -> view(visit);
            case "comment" -> comment(visit);
            case "portalcp" -> visit.request().param("ac").equals("comment") ? commentWrites.route(visit)
                    : answers.answer(visit, Message.of(MessageTexts.UNDEFINED_ACTION));
            default -> PageResponse.html(200, index.render(visit));
        };
    }

    private PageResponse list(Visit visit) {
        int catid = visit.request().intParam("catid");
        if (catid == 0) {
            return messages.info(visit, 200, LIST_NO_CATEGORY);
        }
        Optional<PortalCategory> category = content.category(catid);
        if (category.isEmpty()) {
            return messages.info(visit, 200, LIST_NO_SUCH_CATEGORY);
        }
        if (category.get().closed()) {
            return messages.info(visit, 200, LIST_CATEGORY_CLOSED);
        }
        if (!visit.request().host().equals(visit.site().canonicalAuthority())) {
            return PageResponse.redirect(301, visit.categoryUrl(catid));
        }
        return PageResponse.html(200, list.render(visit, category.get(), visit.request().intParam("page")));
    }

    private PageResponse view(Visit visit) {
        int aid = visit.request().intParam("aid");
        if (aid == 0) {
            return messages.error(visit, 404, VIEW_NO_ID);
        }
        Optional<PortalArticle> found = content.article(aid);
        if (found.isEmpty()) {
            return messages.error(visit, 404, VIEW_NO_SUCH_ARTICLE);
        }
        long views = content.view(aid);
        return PageResponse.html(200, article.render(visit, found.get(), views, visit.request().intParam("page")));
    }

    private PageResponse comment(Visit visit) {
        int aid = visit.request().intParam("id");
        if (aid == 0) {
            return messages.error(visit, 200, VIEW_NO_ID);
        }
        Optional<PortalArticle> found = content.article(aid);
        if (found.isEmpty()) {
            return messages.error(visit, 200, COMMENT_NO_SUCH_ARTICLE);
        }
        if (!found.get().commentsAllowed()) {
            return messages.error(visit, 200, COMMENTS_FORBIDDEN);
        }
        return PageResponse.html(200, comments.render(visit, found.get(), visit.request().intParam("page")));
    }
}
