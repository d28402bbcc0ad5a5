package dev.fenghuang.site.forum;

import dev.fenghuang.model.forum.ThreadTool;
import dev.fenghuang.site.write.FormData;

/**
 * How each thread tool fills the popup the site sent (5.8 of the protocol reference): the optgroup and operation
 * that ask for it, and the items set in {@code form#moderateform} before it goes back — {@code operations[]},
 * {@code sticklevel}, {@code digestlevel}, {@code moveto} with {@code type=normal}, {@code banned}, and the
 * {@code reason} every popup has.
 */
final class ToolFields {
    private ToolFields() {
    }

    /** 1 stick/digest, 2 move, 4 close/open; 0 for the post tools, which have none. */
    static int optgroup(ThreadTool tool) {
        if (tool instanceof ThreadTool.Stick || tool instanceof ThreadTool.Digest) {
            return 1;
        }
        if (tool instanceof ThreadTool.Move) {
            return 2;
        }
        return tool instanceof ThreadTool.Close || tool instanceof ThreadTool.Open ? 4 : 0;
    }

    /** The {@code operation} the thread page's menu sends with the optgroup. */
    static String operation(ThreadTool tool) {
        if (tool instanceof ThreadTool.Stick) {
            return "stick";
        }
        if (tool instanceof ThreadTool.Digest) {
            return "digest";
        }
        return tool instanceof ThreadTool.Move ? "move" : "";
    }

    static FormData fill(FormData popup, ThreadTool tool, String reason) {
        FormData form = popup;
        if (tool instanceof ThreadTool.Close) {
            form = popup.with("operations[]", "close");
        } else if (tool instanceof ThreadTool.Open) {
            form = popup.with("operations[]", "open");
        } else if (tool instanceof ThreadTool.Stick s) {
            form = popup.with("operations[]", "stick").with("sticklevel", Integer.toString(s.level()));
        } else if (tool instanceof ThreadTool.Digest d) {
            form = popup.with("operations[]", "digest").with("digestlevel", Integer.toString(d.level()));
        } else if (tool instanceof ThreadTool.Move m) {
            form = popup.with("operations[]", "move").with("moveto", Integer.toString(m.fid())).with("type", "normal");
        } else if (tool instanceof ThreadTool.BanPosts b) {
            form = popup.with("banned", b.ban() ? "1" : "0");
        }
        return form.with("reason", reason);
    }
}
