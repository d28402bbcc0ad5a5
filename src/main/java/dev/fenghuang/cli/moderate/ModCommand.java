package dev.fenghuang.cli.moderate;

import dev.fenghuang.cli.Cli;
import dev.fenghuang.cli.option.QuestionNumber;
import dev.fenghuang.cli.option.SecretOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code mod}: comment moderation through the site's admin panel, for scripts and for people. */
@Command(name = "mod", mixinStandardHelpOptions = true,
        description = {"Moderate comments and forum posts: the pending queues, decisions, thread tools, and the audit log of "
                        + "what was sent.",
                "The admin panel's password is asked for (or read from --password-stdin / FENGHUANG_PASSWORD) "
                        + "whenever the panel wants it again (it lapses after 30 minutes)."},
        subcommands = {ModQueueCommand.class, ModHeldCommand.Threads.class, ModHeldCommand.Replies.class, ModThreadCommand.class, ModDecisionCommand.Approve.class, ModDecisionCommand.Delete.class,
                ModDecisionCommand.Ignore.class, ModSearchCommand.class, ModLogCommand.class})
public final class ModCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Option(names = "--password-stdin", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "Read the admin panel's password from the first line of standard input.")
    boolean passwordStdin;

    @Option(names = "--question", paramLabel = "N", defaultValue = "0", converter = QuestionNumber.class,
            scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "The security question the admin panel asks (0 for none).")
    int question;

    @Option(names = "--answer-stdin", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "Read the answer to it from standard input (after the password with --password-stdin); "
                    + "default: FENGHUANG_ANSWER, else a prompt that does not echo.")
    boolean answerStdin;

    @Option(names = "--answer", arity = "0..1", hidden = true, converter = SecretOption.Answer.class,
            scope = picocli.CommandLine.ScopeType.INHERIT)
    String answerOnTheCommandLine;

    @Override
    public Integer call() {
        throw new picocli.CommandLine.ParameterException(cli.spec.commandLine().getSubcommands().get("mod"),
                "say queue, threads, replies, approve, delete, ignore, thread, search or log");
    }
}
