package dev.fenghuang.cli;

import dev.fenghuang.app.Texts;
import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A usage error in one line and a hint where help is ({@code See 'fenghuang mod thread --help'.}), never the whole
 * usage text; a near name is suggested when there is one. In Chinese an unknown option, an argument too many or a
 * missing parameter are told in the words of {@link Texts}; in English, and for a bad value, picocli's and the
 * converter's words stay. The errors a command finds itself (a ParameterException from its call) come here too.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {
    private final Texts texts;

    UsageErrors(Texts texts) {
        this.texts = texts;
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println(cmd.getColorScheme().errorText(message(e)));
        List<String> suggestions = e instanceof UnmatchedArgumentException u ? u.getSuggestions() : List.of();
        if (!suggestions.isEmpty()) {
            err.println(texts.get("cli.usage.didYouMean", String.join(", ", suggestions)));
        }
        err.println(texts.get("cli.usage.seeHelp", cmd.getCommandSpec().qualifiedName()));
        err.flush();
        return cmd.getCommandSpec().exitCodeOnInvalidInput();
    }

    private String message(ParameterException e) {
        if (!texts.locale().getLanguage().equals("zh")) {
            return e.getMessage();
        }
        if (e instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            return texts.get(u.isUnknownOption() ? "cli.usage.unknownOption" : "cli.usage.unmatched",
                    quoted(u.getUnmatched()));
        }
        if (e instanceof MissingParameterException m && !m.getMissing().isEmpty()) {
            return texts.get("cli.usage.missing", quoted(m.getMissing().stream().map(UsageErrors::name).toList()));
        }
        return e.getMessage();
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() + "=" + option.paramLabel() : arg.paramLabel();
    }

    private static String quoted(List<String> words) {
        return words.stream().map(w -> "'" + w + "'").collect(Collectors.joining(", "));
    }
}
