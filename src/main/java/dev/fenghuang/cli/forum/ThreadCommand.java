package dev.fenghuang.cli.forum;

import dev.fenghuang.app.PortalSession;
import dev.fenghuang.app.forum.ForumReader;
import dev.fenghuang.cli.Cli;
import dev.fenghuang.cli.option.IdNumber;
import dev.fenghuang.cli.option.JsonOption;
import dev.fenghuang.cli.option.PageOption;
import dev.fenghuang.cli.output.JsonView;
import dev.fenghuang.cli.output.PastTheLastPage;
import dev.fenghuang.model.forum.ThreadPage;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

@Command(name = "thread", mixinStandardHelpOptions = true,
        description = "Show a page of a thread, floor by floor: author, time, quotes folded, images and attachments "
                + "as numbered references.")
public final class ThreadCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TID", converter = IdNumber.class, description = "The thread id.")
    long tid;

    @Mixin
    PageOption page = PageOption.first();

    @Option(names = "--author", paramLabel = "UID", converter = IdNumber.class,
            description = "Only this member's posts (只看该作者); the site numbers them from 1 there, so they are shown by pid.")
    Long author;

    @Option(names = "--floor", paramLabel = "N", converter = FloorNumber.class,
            description = "The page holding floor N as the site counts floors now (instead of --page).")
    Integer floor;

    @Mixin
    JsonOption json = new JsonOption();

    @Override
    public Integer call() throws Exception {
        if (floor != null && (spec.commandLine().getParseResult().hasMatchedOption("--page") || author != null)) {
            throw new ParameterException(spec.commandLine(), cli.texts().get("thread.floorAlone"));
        }
        try (PortalSession session = cli.session()) {
            ForumReader forum = session.forum();
            ThreadPage thread = floor != null ? forum.threadAtFloor(tid, floor)
                    : forum.thread(tid, page.number(), author == null ? 0 : author);
            if (floor != null && thread.floors().stream().noneMatch(f -> f.number() == floor)) {
                throw new IllegalArgumentException(cli.texts().get("thread.noFloor", String.valueOf(tid),
                        String.valueOf(floor)));
            }
            if (author != null && thread.floors().isEmpty()) {
                throw new IllegalArgumentException(cli.texts().get("thread.onlyAuthor", String.valueOf(author))
                        + ": " + cli.texts().get("thread.noPostsByAuthor"));
            }
            PastTheLastPage.check(thread.page(), thread.pageCount(), cli.texts());
            String url = forum.threadUrl(tid, thread.page()).toString();
            if (json.enabled()) {
                cli.out().println(JsonView.write(cli.markOffline(ForumJson.thread(thread, url))));
            } else {
                new ThreadTextView(cli.texts(), cli.out()).thread(thread, url);
            }
        }
        cli.out().flush();
        return 0;
    }

    /** {@code --floor N}: floors are numbered from 1 (楼主). */
    static final class FloorNumber implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            try {
                int n = Integer.parseInt(value.strip());
                if (n >= 1) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // said below
            }
            throw new TypeConversionException("'" + value + "' is not a floor (floors start at 1, 楼主)");
        }
    }
}
