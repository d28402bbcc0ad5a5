package dev.fenghuang.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** fenghuang(1), written from the command model: its roff structure, and the page as man renders it. */
class ManPageTest {
    private static final String PAGE = ManPage.roff(Cli.command(null));

    @Test
    void hasTheSectionsOfAManualPageAndEveryVisibleCommand() {
        assertThat(PAGE).startsWith(".\\\"").contains("\n.TH FENGHUANG 1 ").contains("\n.SH NAME\nfenghuang \\- ")
                .contains("\n.SH SYNOPSIS\n").contains("\n.SH OPTIONS\n").contains("\n.SH COMMANDS\n")
                .contains("\n.SH EXIT STATUS\n").contains("\n.SH FILES\n").contains("\n.SH ENVIRONMENT\n");
        for (String command : Cli.command(null).getSubcommands().keySet()) {
            if (!command.equals("complete-names")) {
                assertThat(PAGE).as(command).contains(".SS \"fenghuang " + ManPage.text(command) + "\"");
            }
        }
        assertThat(PAGE).contains(".SS \"fenghuang mod queue\"").doesNotContain("complete\\-names")
                .contains("\\fB\\-\\-per\\-page\\fR=\\fIN\\fR");
    }

    @Test
    void noLineOfTextCanBeTakenForARequest() {
        for (String line : PAGE.split("\n")) {
            if (line.startsWith(".") || line.startsWith("'")) {
                assertThat(line).as(line).matches("\\.(\\\\\"|TH|SH|SS|PP|TP|B|BR|I|nf|fi)( .*)?");
            }
        }
        assertThat(ManPage.text(".hidden 'x' a\\b")).isEqualTo("\\&.hidden 'x' a\\eb");
    }

    @Test
    void manRendersItWithoutWarnings(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/man")), "man is not installed");
        Path page = dir.resolve("fenghuang.1");
        Files.writeString(page, PAGE, StandardCharsets.UTF_8);
        ProcessBuilder pb = new ProcessBuilder("man", "--warnings", "-l", page.toString());
        pb.environment().put("MANWIDTH", "80");
        pb.environment().put("MANPAGER", "cat");
        pb.environment().put("LC_ALL", "C.UTF-8");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(err).isZero();
        assertThat(err).isEmpty();
        String shown = out.replaceAll(".\b", "");
        assertThat(shown).contains("FENGHUANG(1)").contains("fenghuang list [-hV] [--json]")
                .contains("EXIT STATUS").contains("表态");
        assertThat(shown.lines()).as("every line fits MANWIDTH, the synopses too").allMatch(l -> columns(l) <= 80);
    }

    @Test
    void aLongSynopsisWrapsUnderTheCommandsName() {
        String synopsis = PAGE.substring(PAGE.indexOf(".SS \"fenghuang comment\""));
        synopsis = synopsis.substring(synopsis.indexOf(".nf\n") + 4, synopsis.indexOf("\n.fi"));
        String[] lines = synopsis.split("\n");
        assertThat(lines.length).isGreaterThan(1);
        assertThat(lines[0]).startsWith("fenghuang comment [");
        for (int i = 1; i < lines.length; i++) {
            assertThat(lines[i]).startsWith(" ".repeat("fenghuang comment ".length()) + "[");
        }
        assertThat(String.join(" ", lines).replaceAll("\\s+", " ")).contains("\\-\\-message=TEXT");
    }

    /** Columns a line takes on a terminal: CJK characters take two. */
    private static int columns(String line) {
        return line.codePoints().map(c -> c >= 0x2E80 ? 2 : 1).sum();
    }
}
