package dev.fenghuang.app.forum;

/**
 * A new thread as its draft file holds it: the subject on the first line, the thread type (id or name, empty for
 * none) on the second, the body after.
 */
public record ThreadDraft(String subject, String type, String body) {
    public ThreadDraft {
        subject = oneLine(subject);
        type = oneLine(type);
        body = body == null ? "" : body;
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("[\\r\\n]+", " ").strip();
    }

    public String encode() {
        return subject + "\n" + type + "\n" + body;
    }

    public static ThreadDraft decode(String text) {
        String[] parts = text.split("\n", 3);
        return new ThreadDraft(parts[0], parts.length > 1 ? parts[1] : "", parts.length > 2 ? parts[2] : "");
    }
}
