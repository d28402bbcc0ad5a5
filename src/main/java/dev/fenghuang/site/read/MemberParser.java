package dev.fenghuang.site.read;

import dev.fenghuang.site.markup.DiscuzUrls;
import dev.fenghuang.site.markup.SiteText;
import dev.fenghuang.model.Member;
import dev.fenghuang.model.UnexpectedPage;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Who a PC page says is signed in: {@code discuz_uid} in the head script (0 for guests), the name in
 * {@code #um strong.vwmy a}, the group from {@code a#g_upmine} (用户组: 新手上路). A page without {@code discuz_uid}
 * is not a Discuz PC page: {@link UnexpectedPage}.
 */
public final class MemberParser {
    private static final Pattern UID = Pattern.compile("discuz_uid\\s*=\\s*'(\\d*)'");

    private MemberParser() {
    }

    public static Member of(Document page, String html) throws UnexpectedPage {
        long uid = uid(html);
        if (uid < 0) {
            throw new UnexpectedPage(page.location(), "no discuz_uid in the page head: not a Discuz PC page");
        }
        if (uid == 0) {
            return Member.GUEST;
        }
        Element um = page.getElementById("um");
        return new Member(uid, name(um, uid), group(um));
    }

    /** The {@code discuz_uid} of a page, -1 when it states none. */
    public static long uid(String html) {
        Matcher m = UID.matcher(html == null ? "" : html);
        return m.find() ? DiscuzUrls.number(m.group(1)) : -1;
    }

    private static String name(Element um, long uid) {
        if (um == null) {
            return "";
        }
        Element link = um.selectFirst("strong.vwmy a");
        if (link == null) {
            link = um.selectFirst("a[href*=uid=" + uid + "]");
        }
        return link == null ? "" : SiteText.of(link);
    }

    private static String group(Element um) {
        Element mine = um == null ? null : um.getElementById("g_upmine");
        if (mine == null) {
            return "";
        }
        String text = SiteText.of(mine);
        int colon = Math.max(text.indexOf(':'), text.indexOf('：'));
        return colon < 0 ? text : text.substring(colon + 1).strip();
    }
}
