package dev.fenghuang.cli.output;

import com.google.gson.JsonObject;
import dev.fenghuang.app.Texts;
import dev.fenghuang.model.PostResult;
import dev.fenghuang.model.SiteMessage;
import java.io.PrintWriter;
import java.util.Map;

/**
 * How a write's outcome is told: one line in the user's language (or JSON), and an exit code scripts can act on —
 * 0 accepted, 3 refused, 4 sign in first, 5 captcha wanted.
 */
public final class WriteOutput {
    public static final int REFUSED = 3;
    public static final int NEEDS_LOGIN = 4;
    public static final int NEEDS_CAPTCHA = 5;
    /** The JSON outcome of an accepted write. */
    private static final String POSTED = "posted";

    private WriteOutput() {
    }

    public static int report(PostResult result, String doneKey, boolean json, Texts texts, PrintWriter out, PrintWriter err) {
        return report(result, doneKey, POSTED, json, texts, out, err);
    }

    /**
     * As {@link #report(PostResult, String, boolean, Texts, PrintWriter, PrintWriter)}, the JSON {@code outcome} of an
     * accepted write being {@code doneOutcome} (camelCase: {@code signedOut}) instead of {@code posted}.
     */
    public static int report(PostResult result, String doneKey, String doneOutcome, boolean json, Texts texts,
                             PrintWriter out, PrintWriter err) {
        if (json) {
            out.println(JsonView.write(json(result, doneOutcome)));
        } else if (result instanceof PostResult.Posted p) {
            out.println(texts.get(doneKey) + (p.pending() ? " " + texts.get("write.pending") : "")
                    + (p.message().isBlank() ? "" : " — " + p.message().strip()));
        } else if (alreadyDone(result)) {
            out.println(texts.get("write.alreadyDone") + " — " + dev.fenghuang.app.SiteWords.of(message(result), texts));
        } else {
            err.println("fenghuang: " + texts.get(problemKey(result)) + ": "
                    + dev.fenghuang.app.SiteWords.of(message(result), texts));
        }
        out.flush();
        err.flush();
        return exitCode(result);
    }

    public static int exitCode(PostResult result) {
        if (result instanceof PostResult.Posted || alreadyDone(result)) {
            return 0;
        }
        if (result instanceof PostResult.NeedsLogin) {
            return NEEDS_LOGIN;
        }
        return result instanceof PostResult.NeedsCaptcha ? NEEDS_CAPTCHA : REFUSED;
    }

    /** The site refused because what was asked is so already (a favourite added again): nothing is wrong. */
    private static boolean alreadyDone(PostResult result) {
        return result instanceof PostResult.Refused r && r.message().kind() == SiteMessage.Kind.ALREADY_DONE;
    }

    private static String problemKey(PostResult result) {
        if (result instanceof PostResult.NeedsLogin) {
            return "write.needsLogin";
        }
        return result instanceof PostResult.NeedsCaptcha ? "write.needsCaptcha" : "write.refused";
    }

    public static SiteMessage message(PostResult result) {
        if (result instanceof PostResult.Refused r) {
            return r.message();
        }
        if (result instanceof PostResult.NeedsLogin n) {
            return n.message();
        }
        if (result instanceof PostResult.NeedsCaptcha c) {
            return c.message();
        }
        PostResult.Posted p = (PostResult.Posted) result;
        return new SiteMessage(p.message(), SiteMessage.Kind.OTHER);
    }

    public static JsonObject json(PostResult result) {
        return json(result, POSTED);
    }

    /** As {@link #json(PostResult)}, an accepted write's {@code outcome} being {@code doneOutcome}. */
    public static JsonObject json(PostResult result, String doneOutcome) {
        JsonObject o = new JsonObject();
        o.addProperty("accepted", result.accepted());
        String outcome = result instanceof PostResult.Posted ? doneOutcome
                : result instanceof PostResult.NeedsLogin ? "needsLogin"
                : result instanceof PostResult.NeedsCaptcha ? "needsCaptcha"
                : alreadyDone(result) ? "already" : "refused";
        o.addProperty("outcome", outcome);
        SiteMessage m = message(result);
        o.addProperty("message", m.text());
        if (result instanceof PostResult.Posted p) {
            o.addProperty("id", p.id());
            o.addProperty("pending", p.pending());
        } else {
            o.addProperty("kind", m.kind().name().toLowerCase(java.util.Locale.ROOT));
            JsonObject values = new JsonObject();
            for (Map.Entry<String, String> v : m.values().entrySet()) {
                values.addProperty(v.getKey(), v.getValue());
            }
            o.add("values", values);
        }
        return o;
    }
}
