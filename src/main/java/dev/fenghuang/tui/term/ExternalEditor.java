package dev.fenghuang.tui.term;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

/**
 * The user's own editor, as git and mutt run it: {@code $VISUAL}, else {@code $EDITOR}, else {@code vi}, run by
 * the shell on a temporary file only the user can read, which is deleted afterwards. The caller gives it the
 * terminal first.
 */
public final class ExternalEditor {
    private final String command;

    public ExternalEditor(String command) {
        this.command = command;
    }

    public static ExternalEditor from(Map<String, String> env) {
        String visual = env.getOrDefault("VISUAL", "").strip();
        String editor = env.getOrDefault("EDITOR", "").strip();
        return new ExternalEditor(!visual.isEmpty() ? visual : !editor.isEmpty() ? editor : "vi");
    }

    String command() {
        return command;
    }

    /**
     * Lets the user edit {@code text}; returns what the file holds when the editor ends, without trailing blank
     * space (editors add a final newline).
     *
     * @throws IOException when the editor cannot be run or ends with an error; the text is then unchanged
     */
    public String edit(String text) throws IOException, InterruptedException {
        Path file = FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                ? Files.createTempFile("fenghuang-comment-", ".txt",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : Files.createTempFile("fenghuang-comment-", ".txt");
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
            // As git does: the shell splits the setting, so EDITOR="code --wait" works.
            Process p = new ProcessBuilder("sh", "-c", command + " \"$@\"", command, file.toString())
                    .inheritIO().start();
            int code = p.waitFor();
            if (code != 0) {
                throw new IOException("the editor (" + command + ") ended with status " + code);
            }
            return Files.readString(file, StandardCharsets.UTF_8).stripTrailing();
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
