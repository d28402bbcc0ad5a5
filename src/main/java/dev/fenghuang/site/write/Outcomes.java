package dev.fenghuang.site.write;

import dev.fenghuang.model.PostResult;
import dev.fenghuang.model.SiteMessage;
import dev.fenghuang.model.SiteMessage.Kind;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a write answer means whatever the action: a login wall or a message asking to sign in, the System Error
 * page of a stale formhash (the session changed under us), flood control. The actions add their own success texts.
 */
public final class Outcomes {
    private static final Pattern SECONDS = Pattern.compile("(\\d+)\\s*秒");

    private Outcomes() {
    }

    /** The outcome every action shares, or empty when the action must decide. */
    public static Optional<PostResult> common(Reply reply) {
        if (reply instanceof Reply.LoginWall) {
            return Optional.of(needsLogin());
        }
        if (reply instanceof Reply.SystemError error) {
            return Optional.of(new PostResult.NeedsLogin(error.message()));
        }
        if (reply instanceof Reply.Said said) {
            SiteMessage m = said.message();
            if (WriteTexts.needsLogin(m)) {
                return Optional.of(new PostResult.NeedsLogin(withKind(m, Kind.NO_PERMISSION)));
            }
            if (WriteTexts.isFlood(m)) {
                return Optional.of(new PostResult.Refused(tooFast(m)));
            }
        }
        return Optional.empty();
    }

    /** NeedsLogin in the words Discuz uses for it ({@code to_login}). */
    public static PostResult needsLogin() {
        return new PostResult.NeedsLogin(new SiteMessage(WriteTexts.TO_LOGIN, Kind.NO_PERMISSION));
    }

    /** A refusal in the site's words, kind as the text says. */
    static PostResult refused(SiteMessage m) {
        return new PostResult.Refused(m);
    }

    /**
     * Flood control as {@link Kind#TOO_FAST}. The wait is in {@code waittime}; the forum's {@code floodctrl}, or
     * the number before 秒 in the text, fill it in when the site named it otherwise.
     */
    static SiteMessage tooFast(SiteMessage m) {
        Map<String, String> values = new LinkedHashMap<>(m.values());
        if (!values.containsKey("waittime")) {
            String seconds = values.get("floodctrl");
            Matcher inText = SECONDS.matcher(m.text());
            if (seconds == null && inText.find()) {
                seconds = inText.group(1);
            }
            if (seconds != null) {
                values.put("waittime", seconds);
            }
        }
        return new SiteMessage(m.text(), Kind.TOO_FAST, values);
    }

    static SiteMessage withKind(SiteMessage m, Kind kind) {
        return new SiteMessage(m.text(), kind, m.values());
    }
}
