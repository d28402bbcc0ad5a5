package dev.fenghuang.tui;

import dev.fenghuang.tui.term.BrowserOpener;
import dev.fenghuang.tui.term.Clipboard;
import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.fenghuang.model.Article;
import dev.fenghuang.model.Link;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The o key where no browser can show the link: it is offered to copy (OSC 52) or click (OSC 8) (issue 9). */
class LinkWithoutBrowserTest {
    static final String LINK = "http://fake.example/portal.php?mod=view&aid=1";

    @TempDir
    Path home;

    private final List<List<String>> started = new ArrayList<>();
    private final ByteArrayOutputStream raw = new ByteArrayOutputStream();
    private TerminalScreen screen;
    private DefaultVirtualTerminal terminal;
    private UiLoop loop;
    private int exitStatus;

    private void open(Map<String, String> env) throws Exception {
        FakeSite site = new FakeSite();
        Article plain = FakeSite.article(1, "链接", List.of("正文"), List.of());
        site.articles.put(1L, new Article(1, plain.url(), plain.title(), plain.category(), plain.breadcrumb(),
                plain.published(), plain.publisher(), 0, 0, null, null, null, plain.paragraphs(), List.of(),
                List.of(new Link("http://evil.example/a\u001B]0;owned\u0007b", "坏", 0),
                        new Link("file:///etc/passwd", "本地", 0)),
                1, 1, null, plain.reactions(), List.of(), 0, true));
        terminal = new DefaultVirtualTerminal(new TerminalSize(80, 24));
        screen = new TerminalScreen(terminal);
        screen.startScreen();
        BrowserOpener opener = BrowserOpener.launching(env, Runnable::run, cmd -> {
            started.add(cmd);
            return exitStatus;
        });
        loop = new UiLoop(screen, site.reader(home), TuiOptions.defaults().withLanguage("en").withOpenAid(1L),
                new LoopParts(Runnable::run, opener, new Clipboard(raw)));
        loop.start();
        loop.settle();
    }

    @AfterEach
    void close() throws Exception {
        if (screen != null) {
            screen.stopScreen();
        }
    }

    private String press(String... keys) throws Exception {
        for (String k : keys) {
            loop.press(ScreenTester.stroke(k));
            loop.settle();
        }
        return text();
    }

    private String text() {
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < terminal.getTerminalSize().getRows(); r++) {
            for (int c = 0; c < terminal.getTerminalSize().getColumns(); c++) {
                sb.append(terminal.getCharacter(c, r).getCharacterString());
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private String written() {
        return raw.toString(StandardCharsets.UTF_8);
    }

    private Path withXdgOpen() throws Exception {
        Path bin = Files.createDirectories(home.resolve("bin"));
        Path xdg = Files.writeString(bin.resolve("xdg-open"), "#!/bin/sh\nexit 0\n");
        xdg.toFile().setExecutable(true);
        return bin;
    }

    @Test
    void overSshNothingStartsAndTheLinkIsOfferedWholeAsAHyperlink() throws Exception {
        open(Map.of("SSH_CONNECTION", "10.0.0.1 50000 10.0.0.2 22", "PATH", withXdgOpen().toString()));
        String screenText = press("o");
        assertThat(started).isEmpty();
        assertThat(screenText).contains("SSH session").contains(LINK).doesNotContain("Opening");
        assertThat(written()).contains("\u001B]8;;" + LINK + "\u001B\\" + LINK + "\u001B]8;;\u001B\\");
        assertThat(written()).doesNotContain("\u001B]52");
    }

    @Test
    void yCopiesTheOfferedLinkWithOsc52AndClosesTheBox() throws Exception {
        open(Map.of("SSH_TTY", "/dev/pts/3"));
        press("o", "y");
        String osc = written().substring(written().indexOf("\u001B]52;c;"));
        String copied = new String(Base64.getDecoder().decode(osc.substring(7, osc.indexOf('\u0007'))),
                StandardCharsets.UTF_8);
        assertThat(copied).isEqualTo(LINK);
        assertThat(loop.layers().isEmpty()).isTrue();
        assertThat(text()).contains("Link sent to the terminal clipboard (OSC 52").doesNotContain("copied");
    }

    @Test
    void withNoDisplayXdgOpenIsNotStarted() throws Exception {
        open(Map.of("PATH", withXdgOpen().toString()));
        assertThat(press("o")).contains("no display").contains(LINK);
        assertThat(started).isEmpty();
    }

    @Test
    void aDisplayOrABrowserSettingStillOpens() throws Exception {
        open(Map.of("DISPLAY", ":0", "SSH_CONNECTION", "10.0.0.1 50000 10.0.0.2 22", "PATH",
                withXdgOpen().toString()));
        assertThat(press("o")).contains("Opening");
        assertThat(started).hasSize(1);
        close();
        open(Map.of("BROWSER", "w3m", "SSH_TTY", "/dev/pts/3"));
        assertThat(press("o")).contains("Opening");
        assertThat(started).hasSize(2);
    }

    @Test
    void anOpenerThatFailsLeadsToTheOffer() throws Exception {
        exitStatus = 3;
        open(Map.of("BROWSER", "nothing-here"));
        assertThat(press("o")).contains("exit status 3").contains(LINK);
        assertThat(written()).contains("\u001B]8;;" + LINK);
    }

    @Test
    void aHostileLinkIsWrittenSanitizedAndAFileLinkNeverAsAHyperlink() throws Exception {
        open(Map.of("SSH_TTY", "/dev/pts/3"));
        assertThat(press("1", "o")).contains("Not a web link");
        press("y");
        assertThat(text()).contains("http://evil.example/a%1B]0;owned%07b");
        assertThat(written()).contains("\u001B]8;;http://evil.example/a%1B]0;owned%07b\u001B\\")
                .doesNotContain("\u0007").doesNotContain("owned\u0007");
        press("Escape", "2", "o", "y");
        assertThat(started).isEmpty();
        assertThat(text()).contains("file:///etc/passwd");
        assertThat(written()).doesNotContain("\u001B]8;;file:");
    }
}
