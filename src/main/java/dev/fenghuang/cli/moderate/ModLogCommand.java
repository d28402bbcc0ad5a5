package dev.fenghuang.cli.moderate;

import dev.fenghuang.cli.option.CountNumber;
import dev.fenghuang.app.AuditLog;
import dev.fenghuang.app.PortalSession;
import dev.fenghuang.cli.option.JsonOption;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "log", mixinStandardHelpOptions = true,
        description = "Show the audit log: every moderation decision sent from this machine, oldest first.")
final class ModLogCommand implements Callable<Integer> {
    @ParentCommand
    ModCommand mod;

    @Mixin
    JsonOption json = new JsonOption();

    @Option(names = "--last", paramLabel = "N", defaultValue = "0", converter = CountNumber.class,
            description = "Only the last N entries.")
    int last;

    @Override
    public Integer call() throws Exception {
        List<AuditLog.Entry> entries;
        try (PortalSession session = mod.cli.session()) {
            entries = session.moderation().audit().read();
        }
        if (last > 0 && entries.size() > last) {
            entries = entries.subList(entries.size() - last, entries.size());
        }
        var out = mod.cli.out();
        if (entries.isEmpty() && !json.enabled()) {
            out.println(mod.cli.texts().get("mod.logEmpty"));
        }
        for (AuditLog.Entry e : entries) {
            if (json.enabled()) {
                out.println(e.toJson());
            } else {
                out.printf("%s  %s  %s %s  %s  %s%n", local(e.time()), e.moderator(), e.action(), decided(e),
                        e.result(), e.text().replace('\n', ' '));
            }
        }
        out.flush();
        return 0;
    }

    /**
     * What an entry decided about: a forum decision names its thread or its post and the post's thread
     * ({@code thread 155}, {@code post 1075 in thread 3}); lines written before forum entries had their own fields
     * kept the id in {@code cid}, told by the action's ending ({@code -thread}, {@code -reply}, {@code -post}); a
     * comment is {@code #CID [AID]}, {@code ?} for an article not known.
     */
    private String decided(AuditLog.Entry e) {
        if (e.pid() != null) {
            return e.tid() == null ? mod.cli.texts().get("mod.decided.pid", String.valueOf(e.pid()))
                    : mod.cli.texts().get("mod.decided.pidInThread", String.valueOf(e.pid()), String.valueOf(e.tid()));
        }
        if (e.tid() != null) {
            return mod.cli.texts().get("mod.decided.tid", String.valueOf(e.tid()));
        }
        String action = e.action() == null ? "" : e.action();
        if (action.endsWith("-thread")) {
            return mod.cli.texts().get("mod.decided.tid", String.valueOf(e.cid()));
        }
        if (action.endsWith("-reply") || action.endsWith("-post")) {
            return mod.cli.texts().get("mod.decided.pid", String.valueOf(e.cid()));
        }
        return "#" + e.cid() + " [" + (e.aid() == null ? "?" : e.aid()) + "]";
    }

    private static final java.time.format.DateTimeFormatter LOCAL =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** The logged instant in this machine's time, to the second, as every other time the program prints. */
    static String local(String logged) {
        try {
            return java.time.OffsetDateTime.parse(logged).atZoneSameInstant(java.time.ZoneId.systemDefault())
                    .format(LOCAL);
        } catch (java.time.format.DateTimeParseException e) {
            return logged;
        }
    }
}
