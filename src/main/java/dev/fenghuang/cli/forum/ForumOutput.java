package dev.fenghuang.cli.forum;

import com.google.gson.JsonObject;
import dev.fenghuang.app.SiteWords;
import dev.fenghuang.app.Texts;
import dev.fenghuang.cli.output.JsonView;
import dev.fenghuang.cli.output.WriteOutput;
import dev.fenghuang.model.PostResult;
import dev.fenghuang.model.SiteMessage;
import dev.fenghuang.model.forum.ForumWrite;
import java.io.PrintWriter;

/**
 * A forum write's outcome told as the portal's are ({@link WriteOutput}: one line or JSON, exit 0 accepted, 3
 * refused, 4 sign in first), plus where the post landed: JSON adds {@code fid}, {@code tid}, {@code pid},
 * {@code floor} (0 when not known).
 */
final class ForumOutput {
    private ForumOutput() {
    }

    static int report(ForumWrite written, String doneKey, boolean json, Texts texts, PrintWriter out,
                      PrintWriter err) {
        if (json) {
            JsonObject o = WriteOutput.json(written.result());
            o.addProperty("fid", written.fid());
            o.addProperty("tid", written.tid());
            o.addProperty("pid", written.pid());
            o.addProperty("floor", written.floor());
            out.println(JsonView.write(o));
            out.flush();
            return WriteOutput.exitCode(written.result());
        }
        int code = WriteOutput.report(written.result(), doneKey, false, texts, out, err);
        if (written.accepted() && written.tid() > 0) {
            // a thread found on its board after a lost answer is known by its tid only: no post 0 is told
            out.println(texts.get(written.pid() <= 0 ? "forum.whereThread" : written.floor() > 0 ? "forum.whereFloor"
                            : "forum.where",
                    String.valueOf(written.tid()), String.valueOf(written.pid()), String.valueOf(written.floor())));
            out.flush();
        }
        return code;
    }

    /**
     * A delete's outcome: JSON {@code outcome} {@code deleted} with {@code fid}, {@code tid} and {@code pid} (no floor,
     * no new id); a refusal made here before sending ({@code NOT_OFFERED}) is told without "the site refused".
     */
    static int reportDeleted(ForumWrite written, boolean json, Texts texts, PrintWriter out, PrintWriter err) {
        PostResult result = written.result();
        if (json) {
            JsonObject o = WriteOutput.json(result, "deleted");
            o.remove("id");
            o.addProperty("fid", written.fid());
            o.addProperty("tid", written.tid());
            o.addProperty("pid", written.pid());
            out.println(JsonView.write(o));
            out.flush();
            return WriteOutput.exitCode(result);
        }
        if (result instanceof PostResult.Refused r && r.message().kind() == SiteMessage.Kind.NOT_OFFERED) {
            err.println("fenghuang: " + SiteWords.of(r.message(), texts));
            err.flush();
            return WriteOutput.exitCode(result);
        }
        return WriteOutput.report(result, "forum.deleted", false, texts, out, err);
    }
}
