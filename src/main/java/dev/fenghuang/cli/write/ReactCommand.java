package dev.fenghuang.cli.write;

import dev.fenghuang.cli.Cli;
import dev.fenghuang.cli.option.IdNumber;
import dev.fenghuang.cli.option.JsonOption;
import dev.fenghuang.cli.output.WriteOutput;
import dev.fenghuang.app.PortalSession;
import dev.fenghuang.model.PostResult;
import dev.fenghuang.model.SiteMessage;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "react", mixinStandardHelpOptions = true,
        description = "React to an article (表态) by the reaction's name or its position on the page (1-5).")
public final class ReactCommand implements Callable<Integer> {
    /** Discuz numbers an article's reactions from 1 and offers at most eight (3.7 of the protocol reference). */
    static final int MOST_REACTIONS = 8;

    @ParentCommand
    Cli cli;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "AID", converter = IdNumber.class, description = "The article id.")
    long aid;

    @Parameters(index = "1", paramLabel = "K|NAME", converter = Choice.class,
            description = "e.g. 1, or 鲜花 (names and order come from the page).")
    String reaction;

    @Mixin
    JsonOption json = new JsonOption();

    /** A position no site can offer is a usage error before any request; a name goes to the page as it is. */
    static final class Choice implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            String v = value.strip();
            if (v.matches("[+-]?\\d+") && (v.length() > 2 || Integer.parseInt(v) < 1
                    || Integer.parseInt(v) > MOST_REACTIONS)) {
                throw new TypeConversionException("reactions are numbered 1-" + MOST_REACTIONS
                        + " (1-5 on most sites: 鲜花 握手 雷人 路过 鸡蛋), or given by name: not '" + value + "'");
            }
            return v;
        }
    }

    @Override
    public Integer call() throws Exception {
        try (PortalSession session = cli.session()) {
            PostResult result = session.participation().react(aid, reaction);
            if (result instanceof PostResult.Refused refused
                    && refused.message().kind() == SiteMessage.Kind.NOT_OFFERED) {
                throw new ParameterException(spec.commandLine(), cli.texts().get("react.notOffered", reaction,
                        refused.message().values().getOrDefault("offered", "")));
            }
            return WriteOutput.report(result, "react.done", json.enabled(), cli.texts(), cli.out(), cli.err());
        }
    }
}
