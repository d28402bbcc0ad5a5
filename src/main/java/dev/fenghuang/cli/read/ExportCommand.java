package dev.fenghuang.cli.read;

import dev.fenghuang.app.PortalReader;
import dev.fenghuang.app.Settings;
import dev.fenghuang.app.store.WholeArticle;
import dev.fenghuang.app.sync.PoliteGate;
import dev.fenghuang.app.sync.SyncSettings;
import dev.fenghuang.cli.Cli;
import dev.fenghuang.cli.option.IdNumber;
import dev.fenghuang.cli.output.ExportView;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write an article whole, for mail or notes: metadata, summary, every page of the body (images "
                + "as links), its links as references, and every comment. The store and the cache answer what they "
                + "hold; nothing the site wrote is passed on as an escape sequence. Requests are paced as sync's "
                + "(setting sync.pause, one at a time); at most " + WholeArticle.MAX_PAGES + " pages of body and "
                + WholeArticle.MAX_COMMENT_PAGES + " comment pages are read, whatever the site claims.")
public final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "AID", converter = IdNumber.class, description = "The article id.")
    long aid;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "markdown",
            description = "markdown (default), text or json.")
    String format;

    @Option(names = "--output", paramLabel = "FILE",
            description = "Write to this file (UTF-8) instead of standard output; an existing one only with --force.")
    Path output;

    @Option(names = "--force", description = "Replace the --output file if it exists.")
    boolean force;

    @Override
    public Integer call() throws Exception {
        ExportView.Format chosen = format(format);
        if (output != null && !force && Files.exists(output, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new IllegalArgumentException(cli.texts().get("export.exists", output.toString()));
        }
        String text;
        try (PortalReader reader = cli.open()) {
            SyncSettings polite = SyncSettings.from(Settings.load(cli.launcher.dirs()));
            reader.sendThrough(new PoliteGate(1, polite.pause(), System::nanoTime, PoliteGate.Sleeper.REAL));
            WholeArticle whole = WholeArticle.read(reader, aid);
            sayWhatWasCut(whole);
            text = ExportView.write(whole, chosen, cli.texts());
        }
        if (output == null) {
            cli.out().print(text);
            cli.out().flush();
        } else {
            write(text);
        }
        return 0;
    }

    private void sayWhatWasCut(WholeArticle whole) {
        if (whole.cut()) {
            cli.err().println("fenghuang: " + cli.texts().get("export.cut",
                    String.valueOf(Math.min(whole.claimedPages(), WholeArticle.MAX_PAGES)),
                    String.valueOf(whole.claimedPages()),
                    String.valueOf(Math.min(whole.claimedCommentPages(), WholeArticle.MAX_COMMENT_PAGES)),
                    String.valueOf(whole.claimedCommentPages())));
            cli.err().flush();
        }
    }

    private ExportView.Format format(String name) {
        for (ExportView.Format f : ExportView.Format.values()) {
            if (f.option().equalsIgnoreCase(name)) {
                return f;
            }
        }
        throw new ParameterException(spec.commandLine(),
                cli.texts().get("export.format", name));
    }

    private void write(String text) throws IOException {
        OpenOption[] how = force
                ? new OpenOption[] {StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE, java.nio.file.LinkOption.NOFOLLOW_LINKS}
                : new OpenOption[] {StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE};
        try {
            Files.writeString(output, text, StandardCharsets.UTF_8, how);
        } catch (FileAlreadyExistsException e) {
            throw new IllegalArgumentException(cli.texts().get("export.exists", output.toString()), e);
        } catch (IOException e) {
            throw new IllegalArgumentException(cli.texts().get("export.fileError", output.toString(), reason(e)), e);
        }
    }

    /** Why the file could not be written, without repeating its name. */
    private String reason(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return cli.texts().get("export.fileError.noDirectory");
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return cli.texts().get("export.fileError.denied");
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return String.valueOf(e.getMessage());
    }
}
