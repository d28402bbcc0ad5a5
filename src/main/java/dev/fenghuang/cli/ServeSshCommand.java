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

    @Override
    public Integer call() throws Exception {
        Path file = users != null ? users : cli.launcher.dirs().config().resolve("ssh_users");
        CountDownLatch stopped = new CountDownLatch(1);
        AutoCloseable server = cli.launcher.serveSsh(new Launcher.SshSetup(bind, port, file));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (Exception e) {
                // the process is ending either way
            } finally {
                stopped.countDown();
            }
        }, "serve-ssh-stop"));
        cli.out().println("fenghuang: " + server + ", users from " + file);
        cli.out().flush();
        stopped.await();
        return 0;
    }
}
