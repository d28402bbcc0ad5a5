package dev.fenghuang.demo.write;

import dev.fenghuang.demo.http.AjaxEnvelope;
import dev.fenghuang.demo.http.Cookies;
import dev.fenghuang.demo.http.PageRequest;
import dev.fenghuang.demo.http.PageResponse;
import dev.fenghuang.demo.http.SubmitCheck;
import dev.fenghuang.demo.http.Visit;
import dev.fenghuang.demo.store.Captchas;
import java.util.Locale;
import java.util.Random;

/**
 * {@code misc.php?mod=seccode} (1.10): the loader script ({@code action=update}), the pre-check
 * ({@code action=check}, {@code succeed} or {@code invalid}) and the image, which wants a Referer naming this
 * host and port ({@code Access Denied} otherwise) and sets the {@code {pre}seccodeH} cookie.
 */
public final class CaptchaRoutes {
    private final Captchas captchas;
    private final Random random = new Random();

    public CaptchaRoutes(Captchas captchas) {
        this.captchas = captchas;
    }

    public PageResponse route(Visit visit) {
        PageRequest request = visit.request();
        String agent = request.userAgent().toLowerCase(Locale.ROOT);
        if (agent.contains("bot") || agent.contains("crawl") || agent.contains("spider") || agent.contains("slurp")) {
            return PageResponse.html(403, "Forbidden").withOwnCookies();
        }
        String hash = request.param("idhash");
        if (!request.param("mod").equals("seccode") || !hash.matches("\\w+")) {
            return PageResponse.html(200, "Access Denied").withOwnCookies();
        }
        return switch (request.param("action")) {
            case "update" -> loader(visit, hash);
            case "check" -> AjaxEnvelope.of(visit, 200, captchas.check(cookie(visit, hash), hash, visit.member().uid(),
                    request.param("secverify"), visit.site().now()) ? "succeed" : "invalid").withOwnCookies();
            default -> image(visit, hash);
        };
    }

    private PageResponse image(Visit visit, String hash) {
        PageRequest request = visit.request();
        if (!SubmitCheck.sameHost(request.referer(), request.host(), true)) {
            return PageResponse.html(200, "Access Denied").withOwnCookies();
        }
        Captchas.Issued issued = captchas.issue(hash, visit.member().uid(), visit.site().now());
        return PageResponse.bytes(200, "image/png", CaptchaImage.png(issued.code(), random))
                .withHeader("Expires", "-1")
                .withHeader("Cache-Control", "no-store, private, post-check=0, pre-check=0, max-age=0")
                .withHeader("Pragma", "no-cache")
                .withHeader("Set-Cookie", Cookies.session(visit.site().cookiePrefix() + "seccode" + hash,
                        issued.cookie(), false))
                .withOwnCookies();
    }

    private PageResponse loader(Visit visit, String hash) {
        String modid = visit.request().param("modid").replace("'", "");
        String update = String.valueOf(10000 + random.nextInt(90000));
        String inputs = "<input name=\"seccodehash\" type=\"hidden\" value=\"" + hash + "\" /><input name=\"seccodemodid\" "
                + "type=\"hidden\" value=\"" + modid + "\" /><label for=\"seccodeverify_" + hash + "\">验证码</label> "
                + "<input name=\"seccodeverify\" id=\"seccodeverify_" + hash + "\" type=\"text\" autocomplete=\"off\" "
                + "style=\"ime-mode:disabled;width:100px\" class=\"txt px vm\" onblur=\"checksec(\\'code\\', \\'" + hash
                + "\\', 0, null, \\'" + modid + "\\')\" /> <a href=\"javascript:;\" onclick=\"updateseccode(\\'" + hash
                + "\\');doane(event);\" class=\"xi2\">换一个</a><span id=\"checkseccodeverify_" + hash + "\"></span>"
                + "<br /><span id=\"vseccode_" + hash + "\">输入下图中的字符<br /><img onclick=\"updateseccode(\\'"
                + hash + "\\')\" width=\"100\" height=\"30\" src=\"misc.php?mod=seccode&update=" + update + "&idhash="
                + hash + "\" class=\"vm\" alt=\"\" /></span>";
        String js = "if($('seccode_" + hash + "')) {\n$('seccode_" + hash + "').innerHTML = '" + inputs + "';\n}\n";
        return PageResponse.bytes(200, "application/javascript", js.getBytes(visit.site().charset())).withOwnCookies();
    }

    private static String cookie(Visit visit, String hash) {
        return visit.request().cookies().get(visit.site().cookiePrefix() + "seccode" + hash);
    }
}
