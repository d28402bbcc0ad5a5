package dev.fenghuang.app.forum;

/**
 * A reply as its draft file holds it: the pid it quotes on the first line ({@code 0} for none), the text after.
 */
public record ReplyDraft(long quote, String text) {
    public ReplyDraft {
        text = text == null ? "" : text;
    }

    public String encode() {
        return quote + "\n" + text;
    }

    public static ReplyDraft decode(String stored) {
        int nl = stored.indexOf('\n');
        String head = nl < 0 ? "" : stored.substring(0, nl);
        if (!head.matches("\\d{1,18}")) {
            return new ReplyDraft(0, stored); // written by hand: all of it is the text
        }
        return new ReplyDraft(Long.parseLong(head), stored.substring(nl + 1));
    }
}
