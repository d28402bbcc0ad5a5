package dev.fenghuang.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CliTest {
    @Test
    void findsTheSubcommandAfterRootOptionsAndTheirValues() {
        assertThat(Cli.subcommandIn(new String[] {"--site", "read", "read", "1"})).isEqualTo("read");
        assertThat(Cli.subcommandIn(new String[] {"--demo", "--lang", "zh", "list", "4"})).isEqualTo("list");
        assertThat(Cli.subcommandIn(new String[] {"--site=http://x/", "comment", "edit", "3"})).isEqualTo("comment");
        assertThat(Cli.subcommandIn(new String[] {"--demo", "--open", "1"})).isNull();
        assertThat(Cli.subcommandIn(new String[] {})).isNull();
    }

    @Test
    void buildsOnlyTheNamedSubcommandButAllForHelp() {
        assertThat(Cli.command(null, new String[] {"--demo", "read", "1"}).getSubcommands()).containsOnlyKeys("read");
        assertThat(Cli.command(null, new String[] {"--help"}).getSubcommands())
                .containsKeys("read", "list", "sections", "comments", "login", "comment", "favorite", "demo-portal");
        assertThat(Cli.command(null, new String[] {"raed"}).getSubcommands()).hasSizeGreaterThan(10);
        assertThat(Cli.command(null, new String[] {"--demo", "--open", "1"}).getSubcommands()).isEmpty();
        assertThat(Cli.command(null, new String[] {"--demo", "--help"}).getSubcommands()).hasSizeGreaterThan(10);
    }

    /** The version is one line: building the twelve subcommands for it made it the slowest command (220 ms). */
    @Test
    void theVersionIsToldWithoutBuildingTheSubcommands() {
        picocli.CommandLine cmd = Cli.command(null, new String[] {"--version"});
        assertThat(cmd.getSubcommands()).isEmpty();
        java.io.StringWriter out = new java.io.StringWriter();
        cmd.setOut(new java.io.PrintWriter(out));
        assertThat(cmd.execute("--version")).isZero();
        assertThat(out.toString()).isEqualTo("fenghuang 0.1.0" + System.lineSeparator());
    }
}
