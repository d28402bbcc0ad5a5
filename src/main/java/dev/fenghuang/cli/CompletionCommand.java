package dev.fenghuang.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code completion bash|zsh}: the completion script for the shell, generated from the commands as they are. */
@Command(name = "completion", mixinStandardHelpOptions = true,
        description = "Print the completion script for bash or zsh (site profile and account names included).",
        // each command on a line of its own, short enough that the help never wraps it
        footer = {"%nInstall it for bash:", "  d=~/.local/share/bash-completion/completions",
                "  mkdir -p $d && fenghuang completion bash > $d/fenghuang",
                "for zsh, then add the second line to ~/.zshrc:",
                "  fenghuang completion zsh > ~/.zfunc/fenghuang.zsh", "  source ~/.zfunc/fenghuang.zsh"})
final class CompletionCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Parameters(index = "0", paramLabel = "bash|zsh", defaultValue = "bash", description = "The shell (default bash).")
    ShellCompletion.Shell shell;

    @Override
    public Integer call() {
        cli.out().print(ShellCompletion.script(Cli.command(cli.launcher), shell));
        cli.out().flush();
        return 0;
    }
}
