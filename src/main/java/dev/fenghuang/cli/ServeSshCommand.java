package dev.fenghuang.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "serve-ssh", mixinStandardHelpOptions = true,
        description = {"Serve the reader over SSH: each key in the users file opens its own site, account and role.",
                "Public-key authentication only; exec requests run a command (ssh -p 2222 host read 1)."})
final class ServeSshCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Option(names = "--port", defaultValue = "2222", description = "The port to listen on (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
            description = "The address to listen on (default: ${DEFAULT-VALUE}).")
    String bind;

    @Option(names = "--users", paramLabel = "FILE", description = "The users file, authorized_keys with "
            + "site=NAME,account=NAME,role=reader|moderator before each key (default: ssh_users in the config "
            + "directory); read again when it changes.")
    Path users;

    /**
     * Serves until SIGTERM or SIGINT, then stops cleanly (the connected users told, their drafts kept) and exits 0.
     * Any other end of the process still stops the server through a shutdown hook.
     */
    @Override
    public Integer call() throws Exception {
        Path file = users != null ? users : cli.launcher.dirs().config().resolve("ssh_users");
        CountDownLatch stopping = new CountDownLatch(1);
        AutoCloseable server = cli.launcher.serveSsh(new Launcher.SshSetup(bind, port, file));
        Thread hook = new Thread(() -> closeQuietly(server), "serve-ssh-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        for (String name : new String[] {"TERM", "INT"}) {
            sun.misc.Signal.handle(new sun.misc.Signal(name), signal -> stopping.countDown());
        }
        cli.out().println("fenghuang: " + server + ", users from " + file);
        cli.out().flush();
        stopping.await();
        closeQuietly(server);
        cli.out().println("fenghuang: stopped");
        cli.out().flush();
        return 0;
    }

    private static void closeQuietly(AutoCloseable server) {
        try {
            server.close();
        } catch (Exception e) {
            // the process is ending either way
        }
    }
}
