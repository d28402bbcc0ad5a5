package dev.fenghuang.site.write;

import dev.fenghuang.site.SiteCharset;
import dev.fenghuang.site.markup.AjaxAnswer;
import dev.fenghuang.site.markup.DiscuzUrls;
import dev.fenghuang.site.markup.Queries;
import dev.fenghuang.site.markup.SiteText;
import dev.fenghuang.site.read.MemberParser;
import dev.fenghuang.http.WebPage;
import dev.fenghuang.model.Captcha;
import dev.fenghuang.model.Member;
import dev.fenghuang.model.PostResult;
import dev.fenghuang.model.SiteMessage;
import dev.fenghuang.model.SiteMessage.Kind;
import dev.fenghuang.model.SiteRefused;
import dev.fenghuang.model.UnexpectedPage;
import dev.fenghuang.model.forum.CaptchaAnswer;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Sign-in and sign-out (section 2 of the protocol reference). Remembers the last login form it read (its hidden
 * fields and captcha hash, never a password) so that the captcha the user saw is the one answered. Its calls are
 * serialised: a front end may read the form on one thread and send the sign-in on another, and the remembered form
 * must be the one the sign-in answers.
 */
public final class LoginFlow {
    private static final String FORM_URL = "member.php?mod=logging&action=login&infloat=yes&handlekey=login&inajax=1";
    private static final Pattern WELCOME = Pattern.compile("succeedlocation'\\)\\.innerHTML\\s*=\\s*'((?:[^'\\\\]|\\\\.)*)'");
    private static final Pattern HASHED = Pattern.compile("[A-Za-z0-9_]{32}");
    private static final String STAY_SIGNED_IN = "2592000";

    private final SiteCalls calls;
    private final CaptchaLoader captchas;
    private final Whoami whoami;
    private FormData current;
    private Captcha shown;

    /** Who is signed in, read from a page after a success that did not say the uid. */
    @FunctionalInterface
    public interface Whoami {
        Member read() throws IOException;
    }

    public LoginFlow(SiteCalls calls, CaptchaLoader captchas, Whoami whoami) {
        this.calls = calls;
        this.captchas = captchas;
        this.whoami = whoami;
    }

    public synchronized LoginForm form() throws IOException {
        return open(calls.urls().base().resolve(FORM_URL));
    }

    private LoginForm open(URI url) throws IOException {
        URI base = calls.urls().base();
        WebPage page = calls.ajaxPage(url, base);
        Reply reply = Replies.of(page);
        current = null;
        shown = null;
        if (reply instanceof Reply.Said said && said.message().text().contains("欢迎您回来")) {
            return LoginForm.alreadySignedIn();
        }
        if (reply instanceof Reply.Said said) {
            throw new SiteRefused(said.message());
        }
        if (reply instanceof Reply.SystemError error) {
            throw new SiteRefused(error.message());
        }
        Element form = reply instanceof Reply.Markup markup ? markup.doc().selectFirst(LoginFormReader.FORM) : null;
        if (form == null) {
            throw new UnexpectedPage(url.toString(), "no login form (form#loginform_…) in the answer");
        }
        URI from = page.url() != null ? page.url() : url;
        current = FormReader.read(form, from, page.charset()).withPage(base);
        shown = current.captcha() == null ? null : captchas.load(current.captcha(), base);
        return new LoginForm(LoginFormReader.loginhash(form), current.get("formhash"),
                LoginFormReader.questions(form), shown, false);
    }

    public synchronized PostResult login(String username, char[] password, int questionId, String answer,
                                         boolean staySignedIn, String captchaAnswer) throws IOException {
        return loginWithCaptcha(username, password, questionId, answer, staySignedIn,
                captchaAnswer == null ? null : CaptchaAnswer.ofFormHash(captchaAnswer));
    }

    /**
     * Signs in, the captcha answered under its own hash when it has one: an image loaded for an earlier form (one an
     * earlier run saved) keeps its code under that hash, while the form read now names another (1.10).
     */
    public synchronized PostResult loginWithCaptcha(String username, char[] password, int questionId,
                                                    String answer, boolean staySignedIn, CaptchaAnswer captcha) throws IOException {
        String captchaAnswer = captcha == null ? null : captcha.text();
        if (current == null && form().signedIn()) {
            return signedIn("");
        }
        FormData form = current;
        if (form == null) {
            throw new UnexpectedPage(calls.urls().base().toString(), "the login form could not be read");
        }
        if (form.captcha() != null && (captchaAnswer == null || captchaAnswer.isBlank())) {
            return new PostResult.NeedsCaptcha(shown, new SiteMessage(WriteTexts.CAPTCHA_PROMPT, Kind.LOGIN_FAILED));
        }
        SiteCharset.check(username, form.charset());
        SiteCharset.check(answer, form.charset());
        FormData filled = fill(form, username, questionId, answer, staySignedIn, captcha);
        current = null;
        shown = null;
        char[] copy = Arrays.copyOf(password, password.length);
        Reply reply;
        try {
            reply = calls.submit(withPassword(filled, copy), "login");
        } finally {
            Arrays.fill(copy, '\0');
        }
        return outcome(reply, form);
    }

    private static FormData fill(FormData form, String username, int questionId, String answer, boolean stay,
                                 CaptchaAnswer captcha) {
        FormData f = form;
        if (f.get("auth") == null || f.get("username") != null) {
            f = f.with("username", username);
        }
        f = f.with("questionid", Integer.toString(Math.max(0, questionId)))
                .with("answer", answer == null || questionId <= 0 ? "" : answer);
        f = stay ? f.with("cookietime", STAY_SIGNED_IN) : f.without("cookietime");
        f = f.withDefault("loginsubmit", "true");
        if (form.captcha() != null) {
            String hash = captcha.hash() != null ? captcha.hash() : form.captcha();
            f = f.with("seccodehash", hash).with("seccodeverify", captcha.text())
                    .with("seccodemodid", form.captchaModid() != null ? form.captchaModid() : "member::logging");
        }
        return f;
    }

    /**
     * Discuz takes any 32 letters and digits as an already hashed password; such a plain password is sent as the
     * MD5 the site would compute, so it still works.
     */
    private static FormData withPassword(FormData form, char[] password) {
        if (form.get("auth") != null && form.get("password") == null) {
            return form;
        }
        String plain = new String(password);
        if (!HASHED.matcher(plain).matches()) {
            return form.with("password", plain);
        }
        byte[] bytes = plain.getBytes(form.charset());
        try {
            return form.with("password", HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no MD5", e);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    private PostResult outcome(Reply reply, FormData form) throws IOException {
        if (reply instanceof Reply.SystemError error) {
            return new PostResult.Refused(error.message());
        }
        if (!(reply instanceof Reply.Said said)) {
            throw new UnexpectedPage(form.action().toString(), "the login answer is neither a message nor XML");
        }
        SiteMessage m = said.message();
        if (isWelcome(said)) {
            String text = m.text().isEmpty() ? welcome(said.fragment()) : m.text();
            long uid = DiscuzUrls.number(m.values().get("uid"));
            return uid > 0 ? new PostResult.Posted(text, uid, false) : signedIn(text);
        }
        if (WriteTexts.isCaptcha(m)) {
            return captchaAgain(said, form);
        }
        if (LoginTrouble.isFailedTry(m)) {
            return new PostResult.Refused(Outcomes.withKind(m, Kind.LOGIN_FAILED));
        }
        return new PostResult.Refused(m);
    }

    private static boolean isWelcome(Reply.Said said) {
        String text = said.message().text();
        if (said.callback() != AjaxAnswer.Callback.SUCCEED) {
            return false;
        }
        return text.contains("欢迎您回来") || text.contains("安全隐患")
                || text.isEmpty() && said.fragment().contains("succeedlocation");
    }

    private static String welcome(String fragment) {
        Matcher m = WELCOME.matcher(fragment);
        return m.find() ? SiteText.line(m.group(1).replace("\\'", "'")) : "";
    }

    private PostResult signedIn(String text) throws IOException {
        Member member = whoami.read();
        if (member.isGuest()) {
            throw new UnexpectedPage(calls.urls().base().toString(), "the site welcomed the login but pages show a guest");
        }
        return new PostResult.Posted(text.isEmpty() ? member.name() : text, member.uid(), false);
    }

    /**
     * The code is used up by every submit: a fresh image under the same hash, or, when the site asks for a captcha
     * the form did not show (请输入验证码后继续登录), the form it points to.
     */
    private PostResult captchaAgain(Reply.Said said, FormData form) throws IOException {
        SiteMessage m = Outcomes.withKind(said.message(), Kind.LOGIN_FAILED);
        if (form.captcha() != null) {
            current = form;
            shown = captchas.load(form.captcha(), calls.urls().base());
            return new PostResult.NeedsCaptcha(shown, m);
        }
        String next = said.url().isEmpty() ? FORM_URL : Queries.append(said.url(), "infloat=yes&handlekey=login&inajax=1");
        LoginForm fresh = open(calls.urls().base().resolve(next));
        if (fresh.captcha() == null) {
            return new PostResult.Refused(m);
        }
        return new PostResult.NeedsCaptcha(fresh.captcha(), m);
    }

    /** Signs out with the logout link of the current page (it carries the form hash). */
    public synchronized PostResult logout() throws IOException {
        current = null;
        shown = null;
        URI index = calls.urls().index();
        WebPage page = calls.page(index);
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(page.text(), index.toString());
        Element link = doc.selectFirst("a[href*=action=logout][href*=formhash=]");
        long uid = MemberParser.uid(page.text());
        if (link == null && uid == 0) {
            return new PostResult.Posted("", 0, false);
        }
        if (link == null) {
            throw new UnexpectedPage(index.toString(), "no logout link (action=logout&formhash=…) on a member's page");
        }
        WebPage answer = calls.connection().get(URI.create(link.absUrl("href")), index, false);
        Reply reply = Replies.of(answer);
        if (reply instanceof Reply.Said said && said.message().text().contains("退出")) {
            return new PostResult.Posted(said.message().text(), 0, false);
        }
        if (reply instanceof Reply.Said said) {
            return new PostResult.Refused(said.message());
        }
        if (reply instanceof Reply.Markup && MemberParser.uid(answer.text()) == 0) {
            return new PostResult.Posted("", 0, false);
        }
        return new PostResult.Refused(new SiteMessage("still signed in after the logout link", Kind.OTHER));
    }
}
