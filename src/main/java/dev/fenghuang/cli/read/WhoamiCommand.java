package dev.fenghuang.cli.read;

import dev.fenghuang.cli.Cli;
import dev.fenghuang.cli.option.JsonOption;
import dev.fenghuang.cli.output.JsonView;
import com.google.gson.JsonObject;
import dev.fenghuang.app.PortalSession;
import dev.fenghuang.model.Member;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

@Command(name = "whoami", mixinStandardHelpOptions = true, description = "Who the site says is signed in.")
public final class WhoamiCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Mixin
    JsonOption json = new JsonOption();

    @Override
    public Integer call() throws Exception {
        try (PortalSession session = cli.session()) {
            Member me = session.participation().whoami();
            if (json.enabled()) {
                JsonObject o = new JsonObject();
                o.addProperty("uid", me.uid());
                o.addProperty("name", me.name());
                o.addProperty("group", me.group());
                o.addProperty("guest", me.isGuest());
                cli.out().println(JsonView.write(o));
            } else if (me.isGuest()) {
                cli.out().println(cli.texts().get("whoami.guest"));
            } else {
                cli.out().println(cli.texts().get("whoami.member", me.name(), String.valueOf(me.uid()),
                        me.group().isEmpty() ? "" : " · " + me.group()));
            }
            cli.out().flush();
            return 0;
        }
    }
}
