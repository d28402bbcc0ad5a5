package dev.fenghuang.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The manual page fenghuang(1) in roff, written from the command model at build time, so that it lists every command
 * and option as the code has them ({@code java -cp fenghuang.jar dev.fenghuang.cli.ManPage target/fenghuang.1}).
 * picocli's own generator writes AsciiDoc, which needs Asciidoctor to become a man page; this writes roff directly.
 */
public final class ManPage {
    private ManPage() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ManPage OUTPUT-FILE");
        }
        Files.writeString(Path.of(args[0]), roff(Cli.command(null)), StandardCharsets.UTF_8);
    }

    /** The whole page. */
    static String roff(CommandLine root) {
        CommandSpec spec = root.getCommandSpec();
        StringBuilder m = new StringBuilder();
        m.append(".\\\" fenghuang(1), generated from the command model by dev.fenghuang.cli.ManPage.\n");
        m.append(".TH FENGHUANG 1 \"\" \"").append(text(spec.version()[0])).append("\" \"User Commands\"\n");
        m.append(".SH NAME\nfenghuang \\- a terminal reader for Discuz! X community portals\n");
        m.append(".SH SYNOPSIS\n").append(synopsis(root));
        m.append(".SH DESCRIPTION\n");
        paragraphs(m, spec.usageMessage().description());
        m.append(".PP\nWith no command, the full\\-screen reader opens on the site (or on the article of \\fB\\-\\-open\\fR).\n");
        m.append(".SH OPTIONS\n");
        arguments(m, spec);
        m.append(".SH COMMANDS\n");
        for (CommandLine sub : root.getSubcommands().values()) {
            command(m, sub);
        }
        exitStatus(m, spec);
        m.append(FIXED_SECTIONS);
        return m.toString();
    }

    private static void command(StringBuilder m, CommandLine cmd) {
        CommandSpec spec = cmd.getCommandSpec();
        if (spec.usageMessage().hidden()) {
            return;
        }
        m.append(".SS \"").append(text(spec.qualifiedName())).append("\"\n").append(synopsis(cmd));
        paragraphs(m, spec.usageMessage().description());
        arguments(m, spec);
        for (CommandLine sub : cmd.getSubcommands().values()) {
            command(m, sub);
        }
    }

    /** Columns of a synopsis line: man indents the section's text by 7, and MANWIDTH=80 should fit it. */
    static final int SYNOPSIS_WIDTH = 71;

    private static String synopsis(CommandLine cmd) {
        Help help = new Help(cmd.getCommandSpec(), Help.defaultColorScheme(Help.Ansi.OFF));
        String line = help.synopsis(0).strip().replaceAll("\\s+", " ");
        String name = cmd.getCommandSpec().qualifiedName();
        return ".PP\n.nf\n" + text(wrap(line, name.length() + 1, SYNOPSIS_WIDTH)) + "\n.fi\n";
    }

    /**
     * A synopsis in lines of at most {@code width} columns (a single longer item stays whole), the lines after the
     * first indented by {@code indent}; it breaks only between items, never inside brackets.
     */
    static String wrap(String synopsis, int indent, int width) {
        StringBuilder out = new StringBuilder();
        int lineStart = 0;
        for (String item : items(synopsis)) {
            int length = out.length() - lineStart;
            if (length > 0 && length + 1 + item.length() > width && length > indent) {
                out.append('\n');
                lineStart = out.length();
                out.append(" ".repeat(indent));
            } else if (length > 0) {
                out.append(' ');
            }
            out.append(item);
        }
        return out.toString();
    }

    /** The synopsis split at the spaces outside brackets. */
    private static List<String> items(String synopsis) {
        List<String> items = new java.util.ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < synopsis.length(); i++) {
            char c = synopsis.charAt(i);
            depth += c == '[' || c == '(' ? 1 : c == ']' || c == ')' ? -1 : 0;
            if (c == ' ' && depth == 0) {
                items.add(synopsis.substring(start, i));
                start = i + 1;
            }
        }
        items.add(synopsis.substring(start));
        items.removeIf(String::isEmpty);
        return items;
    }

    /** Each option and positional parameter with its description; -h and -V are left to the main OPTIONS. */
    private static void arguments(StringBuilder m, CommandSpec spec) {
        for (PositionalParamSpec p : spec.positionalParameters()) {
            if (!p.hidden()) {
                item(m, "\\fI" + text(p.paramLabel()) + "\\fR", p);
            }
        }
        for (OptionSpec o : spec.options()) {
            if (o.hidden() || (o.usageHelp() || o.versionHelp()) && spec.parent() != null) {
                continue;
            }
            StringBuilder names = new StringBuilder();
            for (String name : o.names()) {
                names.append(names.length() == 0 ? "" : ", ").append("\\fB").append(text(name)).append("\\fR");
            }
            if (o.typeInfo().isBoolean() || o.arity().max() == 0) {
                item(m, names.toString(), o);
            } else {
                item(m, names + "=\\fI" + text(o.paramLabel()) + "\\fR", o);
            }
        }
    }

    private static void item(StringBuilder m, String tag, ArgSpec arg) {
        m.append(".TP\n").append(tag).append('\n');
        m.append(text(String.join(" ", arg.description()).replace("%n", " "))).append('\n');
    }

    private static void paragraphs(StringBuilder m, String[] lines) {
        for (String line : lines) {
            String clean = line.replace("%n", " ").strip();
            if (!clean.isEmpty()) {
                m.append(".PP\n").append(text(clean)).append('\n');
            }
        }
    }

    private static void exitStatus(StringBuilder m, CommandSpec spec) {
        m.append(".SH EXIT STATUS\n");
        for (var code : spec.usageMessage().exitCodeList().entrySet()) {
            m.append(".TP\n.B ").append(text(code.getKey().strip())).append('\n')
                    .append(text(code.getValue())).append('\n');
        }
        for (String line : spec.usageMessage().footer()) {
            if (!line.isBlank()) {
                m.append(".PP\n").append(text(line)).append('\n');
            }
        }
    }

    /**
     * Text made safe for roff: a backslash is written {@code \e}, a hyphen {@code \-} (options stay copyable), and a
     * line that would start with a control character ({@code .} or {@code '}) starts with {@code \&}.
     */
    static String text(String s) {
        String escaped = s.replace("\\", "\\e").replace("-", "\\-");
        StringBuilder out = new StringBuilder();
        for (String line : escaped.split("\n", -1)) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(line.startsWith(".") || line.startsWith("'") ? "\\&" : "").append(line);
        }
        return out.toString();
    }

    private static final String FIXED_SECTIONS = String.join("\n", List.of(
            ".SH ENVIRONMENT",
            ".TP", ".B FENGHUANG_PASSWORD", "The password for \\fBlogin\\fR and for the admin panel of \\fBmod\\fR.",
            ".TP", ".B FENGHUANG_ANSWER", "The answer to the security question.",
            ".TP", ".B FENGHUANG_COOKIE", "A browser's Cookie header for \\fBlogin \\-\\-cookie\\fR.",
            ".TP", ".B FENGHUANG_LOG_LEVEL", "The level of \\fIfenghuang.log\\fR.",
            ".TP", ".B NO_COLOR", "The reader draws without colours.",
            ".TP", ".BR XDG_CONFIG_HOME \", \" XDG_STATE_HOME \", \" XDG_CACHE_HOME",
            "Where settings, state and cache go (see FILES).",
            ".SH FILES",
            ".TP", ".I $XDG_CONFIG_HOME/fenghuang/fenghuang.properties", "Settings (every key with its default is in "
                    + "\\fIconfig/fenghuang.properties\\fR of the source).",
            ".TP", ".I $XDG_CONFIG_HOME/fenghuang/sites/NAME.properties", "A site profile, used as \\fB\\-\\-site NAME\\fR.",
            ".TP", ".I $XDG_STATE_HOME/fenghuang/sites/SITE/accounts/NAME/",
            "An account's session (\\fIcookies\\fR) and unsent comments (\\fIdrafts/\\fR); the demo portal's are under "
                    + "\\fIsites/demo/\\fR.",
            ".TP", ".I $XDG_STATE_HOME/fenghuang/moderation\\-audit.jsonl", "Every moderation decision sent.",
            ".TP", ".I $XDG_CACHE_HOME/fenghuang/sites/SITE/", "Each site's category tree.",
            ".SH EXAMPLES",
            ".nf",
            "fenghuang \\-\\-demo \\-\\-open 1",
            "fenghuang \\-\\-site http://www.example.com/ list 4 \\-\\-page 2",
            "d=~/.local/share/bash\\-completion/completions",
            "mkdir \\-p $d && fenghuang completion bash > $d/fenghuang",
            ".fi",
            ".SH SEE ALSO",
            "The README of the source, and \\fBfenghuang help\\fR \\fICOMMAND\\fR.",
            ""));
}
