package dev.fenghuang.tui.screen;

import dev.fenghuang.tui.FakeSite;
import dev.fenghuang.tui.LoopParts;
import dev.fenghuang.tui.ScreenTester;
import dev.fenghuang.tui.TuiOptions;
import dev.fenghuang.tui.UiLoop;
import dev.fenghuang.tui.term.BrowserOpener;
import dev.fenghuang.tui.term.Clipboard;
import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an ANSI terminal is sent when the reader scrolls: plain attributes before every scroll and erase. */
class ScrollSafeScreenTest {
    /** SGR sequences, scroll regions, line feeds inside a region, and erases, in the order sent. */
    private static final Pattern SEQUENCE = Pattern.compile("\u001B\\[([0-9;]*)([mrJK])");

    @TempDir
    Path home;

    private static List<String> paragraphs() {
        return IntStream.range(0, 60).mapToObj(i -> "第" + i + "段，足够长的正文，让文章可以一行一行地滚动。").toList();
    }

    /** The background and attributes in force at each scroll or erase, as "40;1" style keys ("" when plain). */
    static List<String> stateAtEachScrollOrErase(String sent) {
        List<String> states = new ArrayList<>();
        String background = "";
        String attributes = "";
        Matcher m = SEQUENCE.matcher(sent);
        while (m.find()) {
            String kind = m.group(2);
            if (!kind.equals("m")) {
                states.add(background + attributes);
                continue;
            }
            for (String p : (m.group(1).isEmpty() ? "0" : m.group(1)).split(";")) {
                int code = Integer.parseInt(p);
                if (code == 0) {
                    background = "";
                    attributes = "";
                } else if (code == 49) {
                    background = "";
                } else if (code >= 40 && code <= 47 || code >= 100 && code <= 107) {
                    background = "bg" + code;
                } else if (code == 7) {
                    attributes = attributes + "+reverse";
                }
            }
        }
        return states;
    }

    @Test
    void theTerminalIsPlainWheneverItScrollsOrErases() throws Exception {
        FakeSite site = new FakeSite();
        site.articles.put(1L, FakeSite.article(1, "滚动的文章", paragraphs(), FakeSite.comments(2)));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TerminalSize size = new TerminalSize(80, 24);
        ANSITerminal ansi = new ANSITerminal(new ByteArrayInputStream(new byte[0]), bytes, StandardCharsets.UTF_8) {
            @Override
            protected TerminalSize findTerminalSize() {
                return size;
            }
        };
        TerminalScreen screen = new ScrollSafeScreen(ansi);
        screen.startScreen();
        UiLoop loop = new UiLoop(screen, site.reader(home), TuiOptions.defaults().withLanguage("zh").withOpenAid(1L),
                new LoopParts(Runnable::run, new BrowserOpener(Map.of(), Runnable::run),
                        new Clipboard(new ByteArrayOutputStream())));
        loop.start();
        loop.settle();
        bytes.reset();
        for (String key : List.of("j", "j", "j", "k", "Space", "j", "b")) {
            loop.press(ScreenTester.stroke(key));
            loop.settle();
        }
        screen.refresh(Screen.RefreshType.COMPLETE);
        String sent = bytes.toString(StandardCharsets.UTF_8);
        assertThat(sent).contains("\u001B[2;23r").contains("\u001B[2J");
        assertThat(stateAtEachScrollOrErase(sent)).isNotEmpty().allMatch(String::isEmpty);
    }
}
