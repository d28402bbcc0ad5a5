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
 * A usage error told in the user's language: an unknown option, an argument too many or a missing parameter in the
 * words of {@link Texts}, then the suggestions (a near name) or else the command's usage, as picocli does in
 * English. A bad value keeps the converter's own words. In English picocli speaks for itself.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {
    private final Texts texts;
    private final CommandLine.IParameterExceptionHandler inEnglish;

    UsageErrors(Texts texts, CommandLine.IParameterExceptionHandler inEnglish) {
        this.texts = texts;
        this.inEnglish = inEnglish;
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) throws Exception {
        if (!texts.locale().getLanguage().equals("zh")) {
            return inEnglish.handleParseException(e, args);
        }
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println(cmd.getColorScheme().errorText(message(e)));
        List<String> suggestions = e instanceof UnmatchedArgumentException u ? u.getSuggestions() : List.of();
        if (suggestions.isEmpty()) {
            cmd.usage(err, cmd.getColorScheme());
        } else {
            err.println(texts.get("cli.usage.didYouMean", String.join(", ", suggestions)));
        }
        err.flush();
        return cmd.getCommandSpec().exitCodeOnInvalidInput();
    }

    private String message(ParameterException e) {
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
