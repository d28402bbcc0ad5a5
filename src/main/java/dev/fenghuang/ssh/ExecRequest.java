package dev.fenghuang.ssh;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether an exec request ({@code ssh host mod queue --json}) may run, decided from its words alone; pure. Only
 * Fenghuang's own commands run, as the key's account on the key's site: anything else is refused with one line and
 * an exit status, as a shell would refuse it.
 */
final class ExecRequest {
    /** A shell's status for a command it does not know. */
    static final int NOT_A_COMMAND = 127;
    /** Fenghuang's status for wrong usage. */
    static final int REFUSED = 2;

    /** Commands that would start servers or write into the server's own files, never run for a key. */
    private static final Set<String> SERVER_ONLY = Set.of("demo-portal", "serve-ssh", "completion", "complete-names",
            "tui");
    /** Root options that would choose another site or account than the key's. */
    private static final Set<String> PINNED = Set.of("--site", "--account", "--demo");
    private static final Set<String> HELP = Set.of("-h", "--help", "-V", "--version");

    /** Why a request is refused: the one line told on stderr, and the exit status. */
    record Refusal(String message, int status) {
    }

    private ExecRequest() {
    }

    /**
     * @param words the command line split as a shell would
     * @param commands the names of Fenghuang's commands
     * @return why it may not run, or empty when it may
     */
    static Optional<Refusal> check(List<String> words, Set<String> commands, SshUser.Role role) {
        if (words.isEmpty()) {
            return refuse("give a command, such as: read 1 (no shell here)", REFUSED);
        }
        String first = words.get(0);
        for (String w : words) {
            String name = w.contains("=") ? w.substring(0, w.indexOf('=')) : w;
            if (PINNED.contains(name)) {
                return refuse(name + ": the site and account are the key's own here", REFUSED);
            }
        }
        if (HELP.contains(first)) {
            return Optional.empty();
        }
        if (!commands.contains(first)) {
            return refuse(printable(first) + ": not a Fenghuang command (no shell here; try: help)", NOT_A_COMMAND);
        }
        if (SERVER_ONLY.contains(first)) {
            return refuse(first + ": not offered over SSH", REFUSED);
        }
        if (first.equals("mod") && role != SshUser.Role.MODERATOR) {
            return refuse("mod: this key is a reader's, not a moderator's", REFUSED);
        }
        return Optional.empty();
    }

    private static Optional<Refusal> refuse(String message, int status) {
        return Optional.of(new Refusal("fenghuang: " + message, status));
    }

    /** The word as it may be echoed: no control characters, not longer than a line. */
    private static String printable(String word) {
        String clean = word.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return clean.length() > 60 ? clean.substring(0, 60) + "…" : clean;
    }
}
