package dev.fenghuang.cli.forum;

import dev.fenghuang.app.PortalSession;
import dev.fenghuang.app.forum.BoardRequest;
import dev.fenghuang.app.forum.ForumReader;
import dev.fenghuang.cli.Cli;
import dev.fenghuang.cli.option.IdNumber;
import dev.fenghuang.cli.option.JsonOption;
import dev.fenghuang.cli.option.PageOption;
import dev.fenghuang.cli.output.JsonView;
import dev.fenghuang.cli.output.PastTheLastPage;
import dev.fenghuang.model.forum.BoardPage;
import dev.fenghuang.model.forum.ThreadOrder;
import dev.fenghuang.model.forum.ThreadType;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
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

@Command(name = "board", mixinStandardHelpOptions = true,
        description = "List a board's threads: sticky first, with their markers, author, replies, views and last post.")
public final class BoardCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FID", converter = IdNumber.Int.class, description = "The board id.")
    int fid;

    @Mixin
    PageOption page = PageOption.first();

    @Option(names = "--type", paramLabel = "T", description = "Only threads of this thread type (主题分类): its id "
            + "or its name.")
    String type;

    @Option(names = "--digest", description = "Only digest threads (精华).")
    boolean digest;

    @Option(names = "--order", paramLabel = "lastpost|dateline", defaultValue = "lastpost",
            converter = OrderName.class, completionCandidates = OrderName.class,
            description = "By last post (default) or by the date the threads were started.")
    ThreadOrder order;

    @Mixin
    JsonOption json = new JsonOption();

    @Override
    public Integer call() throws Exception {
        try (PortalSession session = cli.session()) {
            ForumReader forum = session.forum();
            BoardRequest request = BoardRequest.of(fid).withPage(page.number()).withDigestOnly(digest)
                    .withOrder(order).withType(typeId(forum));
            BoardPage board = forum.board(request);
            PastTheLastPage.check(page.number(), board.pageCount(), cli.texts());
            if (json.enabled()) {
                cli.out().println(JsonView.write(cli.markOffline(ForumJson.board(board))));
            } else {
                new ForumTextView(cli.texts(), cli.out()).board(board);
            }
        }
        cli.out().flush();
        return 0;
    }

    /** The type asked for: an id as given, a name looked up among the board's types (a usage error if absent). */
    private int typeId(ForumReader forum) throws IOException {
        if (type == null || type.isBlank()) {
            return 0;
        }
        String wanted = type.strip();
        if (wanted.chars().allMatch(Character::isDigit) && wanted.length() < 10) {
            return Integer.parseInt(wanted);
        }
        List<ThreadType> types = forum.board(BoardRequest.of(fid)).types();
        return types.stream().filter(t -> t.name().equals(wanted) && t.id() > 0).mapToInt(ThreadType::id)
                .findFirst().orElseThrow(() -> new ParameterException(spec.commandLine(), cli.texts().get(
                        "board.unknownType", String.valueOf(fid), wanted, ForumTextView.typeNames(types))));
    }

    /** {@code --order}: the names the site's own links use ({@code orderby=lastpost|dateline}). */
    static final class OrderName implements ITypeConverter<ThreadOrder>, Iterable<String> {
        @Override
        public ThreadOrder convert(String value) {
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "lastpost" -> ThreadOrder.LAST_POST;
                case "dateline" -> ThreadOrder.CREATED;
                default -> throw new TypeConversionException("'" + value + "' is not an order: lastpost or dateline");
            };
        }

        @Override
        public Iterator<String> iterator() {
            return List.of("lastpost", "dateline").iterator();
        }
    }
}
