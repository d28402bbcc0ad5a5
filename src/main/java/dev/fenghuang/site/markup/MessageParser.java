package dev.fenghuang.site.markup;

import dev.fenghuang.model.SiteMessage;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Recognises what Discuz sends instead of the page asked for: message pages ({@code #messagetext}), the System
 * Error page, {@code inajax=1} envelopes, the mobile (touch) template and anti-scraping interstitials.
 * Message texts come through verbatim (trimmed), also undefined language keys the site shows literally.
 */
public final class MessageParser {
    /** A call, not a definition: dialogs define {@code function succeedhandle_KEY(url, msg, values)} for later. */
    private static final Pattern SUCCEED = Pattern.compile("(?<!function\\s{1,8})succeedhandle_\\w*\\(");
    private static final Pattern ERROR = Pattern.compile("(?<!function\\s{1,8})errorhandle_\\w*\\(");
    private static final Pattern REDIRECT = Pattern.compile("window\\.location\\.href\\s*=\\s*'([^']*)'");
    private static final String ALERTS = "div.alert_error, div.alert_info, div.alert_right";
    private static final String MAIN_MESSAGE_ALERTS = "#main_message " + ALERTS.replace(", ", ", #main_message ");

    private MessageParser() {
    }

    /**
     * The message of a message page or of the System Error page; empty for any other page (including the
     * mobile template, which has its own markup: see {@link #isMobileTemplate}).
     */
    public static Optional<SiteMessage> message(Document page) {
        Element box = PageIds.get(page, "messagetext");
        if (box == null && isSystemError(page)) {
            Element item = page.selectFirst(Css.of("div.info li"));
            String text = item != null ? SiteText.of(item) : SiteText.of(page.selectFirst(Css.of("div.info")));
            return Optional.of(new SiteMessage(text, MessageKinds.of(text)));
        }
        if (box == null && PageIds.get(page, "main_message") != null) {
            box = page.selectFirst(Css.of(MAIN_MESSAGE_ALERTS));
        }
        if (box == null) {
            return Optional.empty();
        }
        String text = textOf(box);
        return Optional.of(new SiteMessage(text, MessageKinds.of(text)));
    }

    /** Whether the page is Discuz's System Error page (title {@code HOST - System Error}). */
    public static boolean isSystemError(Document page) {
        return page.title().strip().endsWith("System Error");
    }

    /** Whether the site served its touch/mobile template (title containing 手机版), e.g. for a Java User-Agent. */
    public static boolean isMobileTemplate(Document page) {
        return page.title().contains("手机版");
    }

    /**
     * Whether the page looks like an anti-scraping (防采集) or CC-defence interstitial: a script that sets
     * {@code _dsign} or moves {@code location}, or a meta refresh, on a page with almost no visible text.
     * Only meaningful once the expected container is known to be missing.
     */
    public static boolean isAntiScraping(Document page) {
        for (Element script : page.getElementsByTag("script")) {
            String code = script.data();
            if (code.contains("_dsign")) {
                return true;
            }
        }
        Element body = page.body();
        if (body != null && body.text().length() > 200) {
            return false;
        }
        if (page.selectFirst(Css.of("meta[http-equiv~=(?i)refresh]")) != null) {
            return true;
        }
        for (Element script : page.getElementsByTag("script")) {
            String code = script.data();
            if (code.contains("location") || code.contains("document.cookie")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads an {@code inajax=1} answer: the fragment between the first {@code <![CDATA[} and the last {@code ]]>},
     * then the {@code succeedhandle_}/{@code errorhandle_} call, a redirect, a dialog's text, or a plain fragment.
     * A body without a CDATA section is taken as the fragment itself.
     */
    public static AjaxAnswer ajax(String body) {
        String fragment = cdata(body);
        Matcher succeed = SUCCEED.matcher(fragment);
        if (succeed.find()) {
            JsCall call = JsCall.at(fragment, succeed.end() - 1);
            List<String> args = call.strings();
            String url = args.isEmpty() ? "" : SiteText.line(args.get(0));
            String text = args.size() > 1 ? args.get(1) : visibleText(fragment);
            return answer(AjaxAnswer.Callback.SUCCEED, url, text, call.values(), fragment);
        }
        Matcher error = ERROR.matcher(fragment);
        if (error.find()) {
            JsCall call = JsCall.at(fragment, error.end() - 1);
            String text = call.strings().isEmpty() ? visibleText(fragment) : call.strings().get(0);
            return answer(AjaxAnswer.Callback.ERROR, "", text, call.values(), fragment);
        }
        Matcher redirect = REDIRECT.matcher(fragment);
        if (redirect.find()) {
            return answer(AjaxAnswer.Callback.REDIRECT, redirect.group(1), "", Map.of(), fragment);
        }
        return answer(AjaxAnswer.Callback.FRAGMENT, "", visibleText(fragment), Map.of(), fragment);
    }

    private static AjaxAnswer answer(AjaxAnswer.Callback callback, String url, String text,
                                     Map<String, String> values, String fragment) {
        String clean = SiteText.line(Jsoup.parseBodyFragment(text).text());
        return new AjaxAnswer(callback, url, new SiteMessage(clean, MessageKinds.of(clean)), values, fragment);
    }

    /** The CDATA content of an envelope, or the whole body when there is none. */
    public static String cdata(String body) {
        if (body == null) {
            return "";
        }
        int start = body.indexOf("<![CDATA[");
        int end = body.lastIndexOf("]]>");
        if (start < 0 || end < start) {
            return body;
        }
        return body.substring(start + "<![CDATA[".length(), end);
    }

    /** The text a fragment shows: a dialog's alert box, else everything outside scripts. */
    private static String visibleText(String fragment) {
        Document doc = Jsoup.parseBodyFragment(fragment);
        Element alert = doc.selectFirst(ALERTS);
        return textOf(alert != null ? alert : doc.body());
    }

    /** The message text of a box: its first {@code <p>} (or the box itself), scripts left out. */
    private static String textOf(Element box) {
        Element first = box.selectFirst(Css.of("p"));
        Element source = first != null && !first.hasClass("alert_btnleft") ? first : box;
        StringBuilder out = new StringBuilder();
        appendWithoutScripts(source, out);
        return SiteText.line(out.toString());
    }

    private static void appendWithoutScripts(Element element, StringBuilder out) {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode) {
                out.append(((TextNode) child).text());
            } else if (child instanceof Element) {
                Element e = (Element) child;
                String tag = e.normalName();
                if (tag.equals("script") || tag.equals("style")) {
                    continue;
                }
                if (tag.equals("br") || tag.equals("p")) {
                    out.append(' ');
                }
                appendWithoutScripts(e, out);
            }
        }
    }
}
