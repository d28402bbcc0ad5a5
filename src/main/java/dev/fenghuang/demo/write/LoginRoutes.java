package dev.fenghuang.demo.write;

import dev.fenghuang.demo.Stores;
import dev.fenghuang.demo.http.AjaxEnvelope;
import dev.fenghuang.demo.http.Cookies;
import dev.fenghuang.demo.http.Formhash;
import dev.fenghuang.demo.http.Message;
import dev.fenghuang.demo.http.MessageTexts;
import dev.fenghuang.demo.http.PageRequest;
import dev.fenghuang.demo.http.PageResponse;
import dev.fenghuang.demo.http.SubmitCheck;
import dev.fenghuang.demo.http.Visit;
import dev.fenghuang.demo.page.MessageAnswer;
import dev.fenghuang.demo.page.MessagePageRenderer;
import dev.fenghuang.demo.store.Account;
import dev.fenghuang.demo.store.LoginThrottle;
import dev.fenghuang.demo.store.Members;
import dev.fenghuang.demo.store.SiteMember;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * {@code member.php?mod=logging}: the login form, the login submit with every outcome of 2.3, and logout (2.5).
 * The order of the login checks is the real one: the try limit, then the captcha, then password and question.
 */
public final class LoginRoutes {
    private static final String SUBMIT_TIME_LIMIT = "2592000";

    private final Stores stores;
    private final LoginFormPage form;
    private final MessageAnswer answers;
    private final MessagePageRenderer pages;
    private final Random random = new Random();

    public LoginRoutes(Stores stores, LoginFormPage form, MessageAnswer answers, MessagePageRenderer pages) {
        this.stores = stores;
        this.form = form;
        this.answers = answers;
        this.pages = pages;
    }

    public PageResponse route(Visit visit) {
        PageRequest request = visit.request();
        if (!request.param("mod").equals("logging")) {
            return answers.answer(visit, Message.of(MessageTexts.UNDEFINED_ACTION));
        }
        return switch (request.param("action")) {
            case "logout" -> logout(visit);
            case "login" -> request.param("loginsubmit").isEmpty() ? loginForm(visit) : login(visit);
            default -> answers.answer(visit, Message.of(MessageTexts.UNDEFINED_ACTION));
        };
    }

    private PageResponse loginForm(Visit visit) {
        if (!visit.member().guest()) {
            return answers.answer(visit, Message.of(welcome(visit.member())).forward(forward(visit)).succeeded());
        }
        return visit.request().ajax() ? form.fragment(visit) : form.page(visit);
    }

    private PageResponse login(Visit visit) {
        PageRequest request = visit.request();
        String username = request.param("username");
        long now = visit.site().now();
        LoginThrottle throttle = stores.throttle();
        if (throttle.left(request.address(), username, now) <= 0) {
            return answers.answer(visit, Message.of(MessageTexts.LOGIN_STRIKE));
        }
        if (visit.site().captcha() && !CaptchaField.verify(visit, stores.captchas())) {
            return answers.answer(visit, Message.of(MessageTexts.SECCODE_INVALID));
        }
        Account account = Members.account(username).orElse(null);
        if (account == null || account.password().isEmpty() || !passwordMatches(account, request.param("password"))) {
            int left = throttle.fail(request.address(), username, now);
            return answers.answer(visit, left == 0 ? Message.of(MessageTexts.LOGIN_STRIKE)
                    : Message.of(String.format(MessageTexts.LOGIN_INVALID, left)).value("loginperm", left));
        }
        if (request.intParam("questionid") != account.questionId()
                || account.questionId() != 0 && !request.param("answer").equals(account.answer())) {
            int left = throttle.fail(request.address(), username, now);
            return answers.answer(visit, left == 0 ? Message.of(MessageTexts.LOGIN_STRIKE)
                    : Message.of(MessageTexts.LOGIN_QUESTION_EMPTY).value("loginperm", left));
        }
        return succeed(visit, account);
    }

    /** Plain text, or its lowercase hex MD5 (UCenter takes any 32-character word string as hashed). */
    private static boolean passwordMatches(Account account, String sent) {
        return sent.equals(account.password()) || sent.matches("\\w{32}") && sent.equals(Formhash.md5(account.password()));
    }

    private PageResponse succeed(Visit visit, Account account) {
        SiteMember member = account.member();
        Visit after = visit.as(member);
        String text = welcome(member);
        String url = forward(visit);
        String key = visit.request().handlekey();
        PageResponse response;
        if (visit.request().ajax() && key.isEmpty()) {
            response = AjaxEnvelope.of(after, 200, AjaxEnvelope.SCRIPT + "if($('succeedmessage')) {$('succeedmessage')"
                    + ".innerHTML = '';}" + AjaxEnvelope.succeed("", url, "", java.util.Map.of()) + "</script>"
                    + "<script type=\"text/javascript\">setTimeout(\"window.location.href ='" + url + "';\", 3000);"
                    + "$('succeedmessage_href').href = '" + url + "';$('main_message').style.display = 'none';"
                    + "$('main_succeed').style.display = '';$('succeedlocation').innerHTML = '" + AjaxEnvelope.js(text)
                    + "';</script>");
        } else {
            Message message = Message.of(text).forward(url).succeeded().value("username", member.name())
                    .value("usergroup", account.group().title()).value("uid", member.uid())
                    .value("groupid", account.group().groupid()).value("syn", 0)
                    .extra("hideWindow('" + key + "');showDialog('" + AjaxEnvelope.js(text) + "', 'right', null, "
                            + "function () { window.location.href ='" + url + "'; }, 0, null, null, null, null, null, 2);");
            response = answers.answer(after, message);
        }
        return response.withCookies(loginCookies(visit, member));
    }

    private List<String> loginCookies(Visit visit, SiteMember member) {
        String pre = visit.site().cookiePrefix();
        long now = visit.site().now();
        String auth = stores.sessions().open(member, visit.saltkey());
        List<String> cookies = new ArrayList<>();
        for (String gone : List.of("loginuser", "activationauth", "pmnum")) {
            cookies.add(Cookies.delete(pre + gone));
        }
        cookies.add(SUBMIT_TIME_LIMIT.equals(visit.request().param("cookietime"))
                ? Cookies.set(pre + "auth", auth, Cookies.THIRTY_DAYS, true, now)
                : Cookies.session(pre + "auth", auth, true));
        cookies.add(Cookies.set(pre + "ulastactivity", Formhash.md5(now + visit.saltkey()).substring(0, 20),
                365 * Cookies.ONE_DAY, false, now));
        cookies.add(Cookies.set(pre + "sid", Cookies.random(6, random), Cookies.ONE_DAY, false, now));
        cookies.add(Cookies.session(pre + "lip", visit.request().address() + "%2C" + now, false));
        cookies.add(Cookies.set(pre + "lastcheckfeed", member.uid() + "%7C" + now, 365 * Cookies.ONE_DAY, false, now));
        cookies.add(Cookies.set(pre + "checkfollow", "1", 30, false, now));
        return cookies;
    }

    static String welcome(SiteMember member) {
        return String.format(MessageTexts.LOGIN_SUCCEED, Members.group(member).title(), member.name());
    }

    /**
     * Where a login forwards: the posted {@code referer} when it names this site, made absolute; {@code SITE}
     * for none, {@code ./} or {@code SITE./}.
     */
    private static String forward(Visit visit) {
        String referer = visit.request().param("referer");
        String site = visit.siteUrl();
        if (referer.isEmpty() || referer.equals("./") || referer.equals(site + "./")) {
            return site;
        }
        if (referer.startsWith("http://") || referer.startsWith("https://")) {
            return SubmitCheck.sameHost(referer, visit.request().host(), false) ? referer : site;
        }
        return site + (referer.startsWith("/") ? referer.substring(1) : referer);
    }

    private PageResponse logout(Visit visit) {
        PageRequest request = visit.request();
        String site = visit.siteUrl();
        if (!request.has("formhash")) {
            return pages.forward(visit, 200, "alert_right", MessageTexts.LOGOUT_SUCCEED, site + "./");
        }
        if (!request.param("formhash").equals(visit.formhash())) {
            return PageResponse.redirect(302, "index.php").withOwnCookies();
        }
        String pre = visit.site().cookiePrefix();
        stores.sessions().close(request.cookies().get(pre + "auth"));
        List<String> cookies = new ArrayList<>();
        for (String gone : List.of("saltkey", "auth", "sid", "lastvisit", "lastact", "ulastactivity", "lastcheckfeed",
                "lip", "visitedfid", "viewid", "st_p", "clearUserdata", "creditnotice", "creditbase", "creditrule")) {
            cookies.add(Cookies.delete(pre + gone));
        }
        cookies.add(Cookies.set(pre + "sid", Cookies.random(6, random), Cookies.ONE_DAY, false, visit.site().now()));
        return pages.forward(visit.as(SiteMember.GUEST), 200, "alert_right", MessageTexts.LOGOUT_SUCCEED, site + "./")
                .withCookies(cookies).withOwnCookies();
    }
}
