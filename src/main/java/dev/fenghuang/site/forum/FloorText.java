package dev.fenghuang.site.forum;

import dev.fenghuang.model.forum.Floor;
import dev.fenghuang.model.forum.PostBlock;
import java.util.ArrayList;
import java.util.List;

/** A floor's body as plain lines, for the audit log's copy of what was moderated: quotes and pictures left out. */
final class FloorText {
    private FloorText() {
    }

    static String of(Floor floor) {
        List<String> lines = new ArrayList<>();
        for (PostBlock block : floor.blocks()) {
            if (block instanceof PostBlock.Paragraph p) {
                lines.add(p.text());
            } else if (block instanceof PostBlock.Code c) {
                lines.addAll(c.lines());
            } else if (block instanceof PostBlock.Locked l) {
                lines.add(l.text());
            }
        }
        String text = String.join("\n", lines).strip();
        return text.isEmpty() ? floor.notice() : text;
    }
}
