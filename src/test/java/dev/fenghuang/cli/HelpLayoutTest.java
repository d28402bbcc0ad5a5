package dev.fenghuang.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** The English help as {@code --help} prints it: option texts wrap under themselves, commands stay whole. */
class HelpLayoutTest {
    private static String usage(String command) {
        CommandLine all = Cli.command(null, new String[] {"--lang", "en", "--help"});
        CommandLine cmd = command.isEmpty() ? all : all.getSubcommands().get(command);
        return cmd.getUsageMessage(CommandLine.Help.Ansi.OFF);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "comment", "completion", "login", "mod"})
    void everyContinuedOptionTextIsIndentedUnderItsFirstLine(String command) {
        // picocli indents a wrapped option text 2 columns past where the texts begin; the second element of a
        // description array it starts right there, as if it were a text of its own
        List<String> lines = usage(command).lines().toList();
        int texts = lines.stream().filter(l -> l.contains("--help ")).findFirst().orElseThrow().indexOf("Show");
        assertThat(lines).noneMatch(line -> line.matches(" {" + texts + "}\\S.*"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "comment", "completion", "login", "mod"})
    void noLineIsWiderThanTheHelp(String command) {
        assertThat(usage(command).lines()).allMatch(line -> line.length() <= 80);
    }

    @org.junit.jupiter.api.Test
    void theInstallCommandsOfCompletionAreWholeLines() {
        List<String> lines = usage("completion").lines().map(String::strip).toList();
        assertThat(lines).contains("d=~/.local/share/bash-completion/completions",
                "mkdir -p $d && fenghuang completion bash > $d/fenghuang",
                "fenghuang completion zsh > ~/.zfunc/fenghuang.zsh",
                "source ~/.zfunc/fenghuang.zsh");
    }
}
