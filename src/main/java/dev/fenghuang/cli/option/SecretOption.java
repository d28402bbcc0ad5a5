package dev.fenghuang.cli.option;

import java.util.Stack;
import picocli.CommandLine.IParameterConsumer;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/**
 * Refuses a secret given as an option's value: the command line shows in the process list
 * ({@code ps}, {@code /proc/PID/cmdline}). The message says where to give it instead; the value is not repeated.
 */
public abstract class SecretOption implements ITypeConverter<String> {
    private final PasswordSource.Secret secret;

    SecretOption(PasswordSource.Secret secret) {
        this.secret = secret;
    }

    @Override
    public String convert(String value) {
        throw new TypeConversionException(refusal());
    }

    String refusal() {
        return "the " + secret.what + " would show in the process list (ps, /proc/PID/cmdline); "
                + secret.howToGive();
    }

    /**
     * {@code --cookie} alone asks for the cookies; {@code --cookie VALUE} and {@code --cookie=VALUE} are refused. A
     * flag with a consumer, not an option with an optional value, so that help shows it as a flag.
     */
    public static final class CookieFlag implements IParameterConsumer {
        @Override
        public void consumeParameters(Stack<String> args, ArgSpec argSpec, CommandSpec commandSpec) {
            if (!args.isEmpty() && !args.peek().startsWith("-")) {
                throw new ParameterException(commandSpec.commandLine(), "Invalid value for option '--cookie': "
                        + new Cookie().refusal());
            }
            argSpec.setValue(true);
        }
    }

    private static final class Cookie extends SecretOption {
        Cookie() {
            super(PasswordSource.Secret.COOKIE);
        }
    }

    /** {@code --answer TEXT} is refused: there is no such option any more, only the way to the right one. */
    public static final class Answer extends SecretOption {
        Answer() {
            super(PasswordSource.Secret.ANSWER);
        }
    }
}
