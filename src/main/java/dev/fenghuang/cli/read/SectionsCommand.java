package dev.fenghuang.cli.read;

import dev.fenghuang.cli.Cli;
import dev.fenghuang.cli.option.JsonOption;
import dev.fenghuang.cli.output.JsonView;
import dev.fenghuang.cli.output.TextView;
import dev.fenghuang.app.PortalReader;
import dev.fenghuang.model.Section;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "sections", mixinStandardHelpOptions = true,
        description = "Show the site's category tree (found once, then kept; --refresh finds it again).")
public final class SectionsCommand implements Callable<Integer> {
    @ParentCommand
    public Cli cli;

    @Mixin
    JsonOption json = new JsonOption();

    @Option(names = "--refresh", description = "Discover the tree again instead of using the stored one.")
    boolean refresh;

    @Override
    public Integer call() throws Exception {
        try (PortalReader reader = cli.open()) {
            List<Section> tree = reader.sections(refresh);
            if (json.enabled()) {
                cli.out().println(JsonView.write(JsonView.sections(tree)));
            } else {
                new TextView(cli.texts(), cli.out()).sections(tree);
            }
            for (Section refused : Section.listRefusedIn(tree)) {
                cli.err().println("fenghuang: " + cli.texts().get("sections.listRefused", refused.name(),
                        String.valueOf(refused.id())));
            }
        }
        cli.out().flush();
        cli.err().flush();
        return 0;
    }
}
