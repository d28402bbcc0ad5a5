package dev.fenghuang.ssh;

import dev.fenghuang.cli.Cli;
import dev.fenghuang.app.Texts;
import dev.fenghuang.cli.Launcher;
import dev.fenghuang.cli.option.PasswordSource;
import dev.fenghuang.cli.output.WriteOutput;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.CommandFactory;

/**
 * An exec request ({@code ssh host read 1}): the command runs as {@code fenghuang} would run it, for the key's site and
 * account, writing to the channel's stdout and stderr; its exit code is the channel's exit status. It runs on a
 * thread of its own, so a slow site holds up no other connection.
 */
final class ExecCommand extends ChannelStreams implements Sessions.Live {
    private final String line;
    private final Serving serving;
    private SshUser user;
    private Launcher launcher;
    private Thread thread;

    ExecCommand(String line, Serving serving) {
        this.line = line;
        this.serving = serving;
    }

    @Override
    public void start(ChannelSession channel, Environment env) {
        connection = channel.getSession();
        user = connection.getAttribute(KnownKeys.USER);
        if (ChannelTerminal.of(env.getEnv()).isPresent()) {
            out = ChannelPrompt.lineEnds(out);
            err = ChannelPrompt.lineEnds(err);
        }
        PasswordSource.Asker terminal = ChannelTerminal.of(env.getEnv()).isPresent()
                ? new ChannelPrompt(in, out) : prompt -> null;
        launcher = serving.launcher(user, env.getEnv(), in, terminal);
        Optional<Sessions.Refusal> refused = serving.sessions().admit(this);
        if (refused.isPresent()) {
            Sessions.Refusal r = refused.get();
            tell(Serving.told(launcher, r.textKey(), String.valueOf(r.limit())));
            ended("refused: " + r.textKey());
            finish(TRY_LATER);
            return;
        }
        thread = new Thread(() -> {
            try {
                int status = run(user, launcher);
                List<String> words = CommandFactory.split(line);
                ended("exit " + status + ": " + ConnectionLog.word(words.isEmpty() ? "" : words.get(0)));
                // its place is given back before the client is told: told, it may start its next command at once
                serving.sessions().leave(this);
                finish(status);
            } finally {
                serving.sessions().leave(this);
            }
        }, "ssh-exec " + user.who());
        thread.setDaemon(true);
        thread.start();
    }

    private int run(SshUser user, Launcher launcher) {
        PrintWriter stdout = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter stderr = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        List<String> words = CommandFactory.split(line);
        Optional<ExecRequest.Refusal> refusal = ExecRequest.check(words, Cli.commandNames(), user.role());
        if (refusal.isPresent()) {
            stderr.println(refusal.get().message());
            stderr.flush();
            return refusal.get().status();
        }
        String[] args = words.toArray(String[]::new);
        var cmd = Cli.command(launcher, args);
        cmd.setOut(stdout);
        cmd.setErr(stderr);
        try {
            int status = cmd.execute(args);
            if (status == WriteOutput.NEEDS_LOGIN) {
                stderr.println("fenghuang: " + Texts.forLanguage(launcher.language()).get("ssh.signInHint"));
            }
            return status;
        } finally {
            stdout.flush();
            stderr.flush();
        }
    }

    /** One line on the channel's stderr. */
    private void tell(String text) {
        PrintWriter stderr = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        stderr.println("fenghuang: " + text);
        stderr.flush();
    }

    @Override
    public SshUser user() {
        return user;
    }

    /** An exec request is not closed for idleness: it ends when its command does. */
    @Override
    public Optional<java.time.Instant> lastInput() {
        return Optional.empty();
    }

    /** The service is stopping: the user is told, the command interrupted and the channel closed. */
    @Override
    public void end(Sessions.Ending why) {
        tell(Serving.told(launcher, "ssh.stopping"));
        ended("stopping");
        if (thread != null) {
            thread.interrupt();
        }
        finish(TRY_LATER);
    }

    @Override
    public void destroy(ChannelSession channel) {
        if (thread != null) {
            thread.interrupt();
        }
    }
}
