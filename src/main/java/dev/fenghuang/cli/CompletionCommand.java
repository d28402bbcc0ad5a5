package dev.fenghuang.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code completion bash|zsh}: the completion script for the shell, generated from the commands as they are. */
@Command(name = "completion", mixinStandardHelpOptions = true,
        description = {"Print the completion script for bash or zsh (site profile and account names included).",
                "bash: fenghuang completion bash > ~/.local/share/bash-completion/completions/fenghuang",
                "zsh:  fenghuang completion zsh > ~/.zfunc/fenghuang.zsh and 'source ~/.zfunc/fenghuang.zsh' in "
                        + "~/.zshrc"})
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
