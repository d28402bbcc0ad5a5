package dev.fenghuang.cli;

import dev.fenghuang.cli.moderate.ModDecisionCommand;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Ids, pages and page sizes the site cannot have are usage errors: exit 2 and a line that says what is wrong,
 * before any site is opened (the launcher here is null: touching it would be an error of another kind).
 */
class UsageErrorsTest {
    record Run(int exitCode, String err) {
    }

    static Run run(String line) {
        String[] args = line.split(" ");
        StringWriter err = new StringWriter();
        var cmd = Cli.command(null, args);
        cmd.setOut(new PrintWriter(new StringWriter()));
        cmd.setErr(new PrintWriter(err));
        return new Run(cmd.execute(args), err.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "read 0                        | (AID): '0' is not an id",
        "read -3                       | (AID): '-3' is not an id",
        "read 5 --page 0               | '--page': '0' is not a page number",
        "read 5 --page=-1              | '--page': '-1' is not a page number",
        "list 0                        | (CATID): '0' is not an id",
        "list -4                       | (CATID): '-4' is not an id",
        "list 4 --page 0               | '--page': '0' is not a page number",
        "comments -1                   | (AID): '-1' is not an id",
        "comments 5 --page -2          | '--page': '-2' is not a page number",
        "comment 0 --message x         | (AID): '0' is not an id",
        "comment -8 --message x        | (AID): '-8' is not an id",
        "comment 8 --quote 0 --message x | '--quote': '0' is not an id",
        "comment edit 0 --message x    | (CID): '0' is not an id",
        "comment delete -1             | (CID): '-1' is not an id",
        "react 0 1                     | (AID): '0' is not an id",
        "react -2 鲜花                  | (AID): '-2' is not an id",
        "favorite add 0                | (AID): '0' is not an id",
        "favorite remove -2            | (AID): '-2' is not an id",
        "favorite list --page 0        | '--page': '0' is not a page number",
        "mod approve 0                 | (CID): '0' is not an id",
        "mod delete -5                 | (CID): '-5' is not an id",
        "mod ignore 3 0                | (CID): '0' is not an id",
        "mod queue --page 0            | '--page': '0' is not a page number",
        "mod queue --per-page 30       | '--per-page': '30' is not offered",
        "mod queue --per-page 0        | '--per-page': '0' is not offered",
        "mod queue --catid -1          | '--catid': '-1' is not an id",
        "mod search --per-page 10      | '--per-page': '10' is not offered",
        "mod search --page -1          | '--page': '-1' is not a page number",
        "mod search --aid -1           | '--aid': '-1' is not an id",
        "mod log --last -1             | '--last': '-1' is not a count",
        "--open 0                      | '--open': '0' is not an id",
        "tui --open -1                 | '--open': '-1' is not an id",
        "login --username a --question 8 | '--question': '8' is not a security question",
    })
    void isAUsageError(String line, String says) {
        Run r = run(line.strip());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains(says.strip());
    }

    @Test
    void thePageSizesTheAdminPanelOffersAreAccepted() {
        for (String size : new String[] {"20", "50", "100"}) {
            var cmd = Cli.command(null, new String[] {"mod", "queue", "--per-page", size});
            var parsed = cmd.parseArgs("mod", "queue", "--per-page", size);
            assertThat(parsed.subcommand().subcommand().matchedOptionValue("--per-page", 0))
                    .isEqualTo(Integer.valueOf(size));
        }
    }

    @Test
    void everyIdOfABatchIsKept() {
        String[] args = {"mod", "approve", "3", "4", "12"};
        var cmd = Cli.command(null, args);
        var parsed = cmd.parseArgs(args);
        ModDecisionCommand approve = (ModDecisionCommand) parsed.subcommand().subcommand().commandSpec().userObject();
        assertThat(approve.cids).containsExactly(3L, 4L, 12L);
    }

    /** A usage error is its one line and where help is, never the whole usage text (as picocli-friendly programs do). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "mod thread 3 --stick 9               | fenghuang mod thread",
        "mod approve --thread 3 --reply 4     | fenghuang mod approve",
        "login --bogus                        | fenghuang login",
        "thread                               | fenghuang thread",
        "--lang zh login --bogus              | fenghuang login",
    })
    void isOneLineAndAHintNotTheUsage(String line, String command) {
        Run r = run(line.strip());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        List<String> lines = r.err().strip().lines().toList();
        assertThat(lines).as(r.err()).hasSize(2);
        assertThat(lines.get(1)).contains("'" + command.strip() + " --help'");
        assertThat(r.err()).doesNotContain("Usage:").doesNotContain("用法");
    }
}
