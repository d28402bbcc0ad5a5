package dev.fenghuang.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.cli.option.JsonOption;
import dev.fenghuang.cli.option.PageOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code --json} and {@code --page} are one option each, shared as picocli mixins by every command that has them,
 * so a command added later cannot spell them, or check a page, differently.
 */
class SharedOptionsTest {

    /** Every command and subcommand, as {@code help} lists them. */
    static List<CommandSpec> everyCommand() {
        List<CommandSpec> all = new ArrayList<>();
        collect(Cli.command(null).getCommandSpec(), all);
        return all;
    }

    private static void collect(CommandSpec spec, List<CommandSpec> all) {
        all.add(spec);
        spec.subcommands().values().forEach(sub -> collect(sub.getCommandSpec(), all));
    }

    static Stream<String> commandsWithJson() {
        return everyCommand().stream().filter(s -> s.findOption("--json") != null).map(SharedOptionsTest::path);
    }

    static Stream<String> commandsWithPage() {
        return everyCommand().stream().filter(s -> s.findOption("--page") != null).map(SharedOptionsTest::path);
    }

    private static String path(CommandSpec spec) {
        return spec.qualifiedName(" ").replaceFirst("^fenghuang ?", "");
    }

    private static CommandSpec named(String path) {
        return everyCommand().stream().filter(s -> path(s).equals(path)).findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commandsWithJson")
    void jsonComesFromTheSharedMixin(String command) {
        assertThat(named(command).mixins().values()).as(command + " --json")
                .anySatisfy(m -> assertThat(m.userObject()).isInstanceOf(JsonOption.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commandsWithPage")
    void pageComesFromTheSharedMixin(String command) {
        assertThat(named(command).mixins().values()).as(command + " --page")
                .anySatisfy(m -> assertThat(m.userObject()).isInstanceOf(PageOption.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commandsWithPage")
    void aPageThatIsNotOneOrMoreIsAUsageErrorBeforeAnySiteIsOpened(String command) {
        for (String bad : new String[] {"0", "-1", "x", "99999999999"}) {
            UsageErrorsTest.Run r = UsageErrorsTest.run(invocation(command, "--page=" + bad));
            assertThat(r.exitCode()).as(command + " --page " + bad + ": " + r.err()).isEqualTo(2);
            assertThat(r.err()).contains("'--page': '" + bad + "' is not a page number");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commandsWithPage")
    void aGoodPageIsTakenAsGiven(String command) {
        String[] args = invocation(command, "--page=7").split(" ");
        CommandLine.ParseResult parsed = Cli.command(null, args).parseArgs(args);
        while (parsed.hasSubcommand()) {
            parsed = parsed.subcommand();
        }
        PageOption page = (PageOption) parsed.commandSpec().mixins().values().stream()
                .map(CommandSpec::userObject).filter(PageOption.class::isInstance).findFirst().orElseThrow();
        assertThat(page.number()).isEqualTo(7);
    }

    /** The command with a 1 for each required parameter, then the option. */
    private static String invocation(String command, String option) {
        StringBuilder line = new StringBuilder(command);
        for (PositionalParamSpec p : named(command).positionalParameters()) {
            if (p.required()) {
                line.append(" 1");
            }
        }
        return line.append(' ').append(option).toString();
    }
}
