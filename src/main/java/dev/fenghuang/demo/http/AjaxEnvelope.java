package dev.fenghuang.demo.http;

import java.util.Map;

/**
 * The inajax answer of 1.7.2: the XML prolog, CR LF, and one CDATA section holding the fragment; no final
 * newline. Also the pieces the fragments are built of: the guarded callbacks and the msgtype-2 dialog.
 */
public final class AjaxEnvelope {
    public static final String SCRIPT = "<script type=\"text/javascript\" reload=\"1\">";

    private AjaxEnvelope() {
    }

    public static PageResponse of(Visit visit, int status, String fragment) {
        return PageResponse.text(status, PageResponse.XML, "<?xml version=\"1.0\" encoding=\""
                + visit.site().charsetLabel() + "\"?>\r\n<root><![CDATA[" + clean(fragment) + "]]></root>");
    }

    /** Control characters other than tab, LF and CR become spaces; {@code ]]>} becomes {@code ]]&gt;}. */
    public static String clean(String fragment) {
        StringBuilder out = new StringBuilder(fragment.length());
        for (int i = 0; i < fragment.length(); i++) {
            char c = fragment.charAt(i);
            out.append(c < 0x20 && c != '\t' && c != '\n' && c != '\r' ? ' ' : c);
        }
        return out.toString().replace("]]>", "]]&gt;");
    }

    /** {@code if(typeof succeedhandle_K=='function') {succeedhandle_K('URL', 'TEXT', {V});}}. */
    public static String succeed(String handlekey, String url, String text, Map<String, String> values) {
        String name = "succeedhandle_" + handlekey;
        return "if(typeof " + name + "=='function') {" + name + "('" + js(url) + "', '" + js(text) + "', "
                + values(values) + ");}";
    }

    /** {@code if(typeof errorhandle_K=='function') {errorhandle_K('TEXT', {V});}}. */
    public static String error(String handlekey, String text, Map<String, String> values) {
        String name = "errorhandle_" + handlekey;
        return "if(typeof " + name + "=='function') {" + name + "('" + js(text) + "', " + values(values) + ");}";
    }

    /** The callback a message calls: {@code succeedhandle_} with a forward URL, else {@code errorhandle_}. */
    public static String callback(String handlekey, Message message) {
        return message.forward() == null ? error(handlekey, message.text(), message.values())
                : succeed(handlekey, message.forward(), message.text(), message.values());
    }

    /** msgtype 3: the text (suppressed when there is a forward URL) followed by the script. */
    public static String inline(String handlekey, Message message) {
        return (message.forward() == null ? message.text() : "") + SCRIPT + callback(handlekey, message)
                + message.extra() + "</script>";
    }

    /** msgtype 2: the 提示信息 dialog of an ajax GET. */
    public static String dialog(String handlekey, Message message) {
        String css = message.forward() == null ? "alert_error" : message.success() ? "alert_right" : "alert_info";
        String close = "hideWindow('" + handlekey + "');";
        return "<h3 class=\"flb\"><em>提示信息</em><span><a href=\"javascript:;\" class=\"flbc\" onclick=\"" + close
                + "\" title=\"关闭\">关闭</a></span></h3>\n<div class=\"c altw\">\n<div class=\"" + css + "\">"
                + (message.forward() == null ? message.text() : "") + SCRIPT + callback(handlekey, message)
                + message.extra() + "</script></div>\n</div>\n<p class=\"o pns\">\n<button type=\"button\" "
                + "class=\"pn pnc\" id=\"closebtn\" onclick=\"" + close + "\"><strong>确定</strong></button>\n"
                + SCRIPT + "if($('closebtn')) {$('closebtn').focus();}</script>\n</p>\n";
    }

    /** A JS single-quoted string body: HTML tags stripped, backslash and quote escaped. */
    public static String js(String text) {
        return text.replaceAll("<[^>]*>", "").replace("\\", "\\\\").replace("'", "\\'");
    }

    public static String values(Map<String, String> values) {
        StringBuilder out = new StringBuilder("{");
        values.forEach((k, v) -> out.append(out.length() > 1 ? "," : "").append('\'').append(js(k)).append("':'")
                .append(js(v)).append('\''));
        return out.append('}').toString();
    }
}
