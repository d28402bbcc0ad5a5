package dev.fenghuang.cli.write;

import dev.fenghuang.cli.Cli;
import dev.fenghuang.cli.option.JsonOption;
import dev.fenghuang.cli.output.WriteOutput;
import dev.fenghuang.app.PortalSession;
import dev.fenghuang.model.PostResult;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

@Command(name = "logout", mixinStandardHelpOptions = true,
        description = "Sign out on the site and delete the session file.")
public final class LogoutCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Mixin
    JsonOption json = new JsonOption();

    @Override
    public Integer call() throws Exception {
        try (PortalSession session = cli.session()) {
            PostResult result = session.participation().logout();
            // The session file is gone whatever the site said; a refusal here only means the site kept its side.
            return WriteOutput.report(result, "logout.done", "signedOut", json.enabled(), cli.texts(), cli.out(), cli.err());
        }
    }
}
