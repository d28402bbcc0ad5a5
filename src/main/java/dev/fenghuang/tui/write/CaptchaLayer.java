package dev.fenghuang.tui.write;

import dev.fenghuang.tui.Box;
import dev.fenghuang.tui.Layer;
import dev.fenghuang.tui.Prompt;
import dev.fenghuang.tui.UiLoop;
import dev.fenghuang.tui.text.Style;
import dev.fenghuang.tui.text.StyledLine;
import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.input.KeyStroke;
import dev.fenghuang.app.Texts;
import dev.fenghuang.app.image.UnreadableImage;
import dev.fenghuang.model.Captcha;
import dev.fenghuang.tui.image.CaptchaPicture;
import dev.fenghuang.tui.image.Placement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The site's captcha with a line to type it in; Enter answers, Esc gives up. The captcha is drawn in half blocks, and
 * as a kitty or sixel image over them where the terminal has one.
 */
public final class CaptchaLayer implements Layer {
    /** The most rows a captcha takes in a box. */
    private static final int MAX_ROWS = 12;

    private final UiLoop ui;
    private final List<StyledLine> image;
    private final Prompt prompt;
    private final Consumer<String> answered;
    /** The site asked again after an answer: the box says the answer was wrong above the new picture. */
    private final boolean again;
    private String typed;
    private List<Placement> placed = List.of();

    public CaptchaLayer(UiLoop ui, Captcha captcha, Consumer<String> answered) {
        this(ui, captcha, answered, false);
    }

    /** {@code again}: this captcha comes after an answer the site did not take, and the box says so. */
    public CaptchaLayer(UiLoop ui, Captcha captcha, Consumer<String> answered, boolean again) {
        this.again = again;
        this.ui = ui;
        this.image = picture(captcha, ui.texts(), 40);
        this.answered = answered;
        this.prompt = new Prompt(ui.texts().get("login.captcha") + ":", text -> typed = text);
    }

    /**
     * The captcha's rows in a box, at most {@code maxColumns} wide: its half blocks, each row marked as a row of the
     * picture so that the box places it as an image; one line saying so when the bytes are not an image.
     */
    static List<StyledLine> picture(Captcha captcha, Texts texts, int maxColumns) {
        CaptchaPicture p;
        try {
            p = CaptchaPicture.of(captcha.image(), maxColumns, MAX_ROWS);
        } catch (UnreadableImage e) {
            return List.of(StyledLine.of(texts.get("tui.captcha.unreadable"), Style.NORMAL));
        }
        List<StyledLine> rows = new ArrayList<>();
        for (int k = 0; k < p.rows().size(); k++) {
            rows.add(StyledLine.picture(p.rows().get(k),
                    new StyledLine.PictureRow(p.picture(), k, p.rows().size(), 0, p.columns())));
        }
        return List.copyOf(rows);
    }

    @Override
    public boolean take(KeyStroke k) {
        if (prompt.take(k)) {
            return true;
        }
        if (typed != null && !typed.isEmpty()) {
            answered.accept(typed);
        }
        return false;
    }

    @Override
    public void draw(TextGraphics g, int width, int height) {
        List<StyledLine> rows = new ArrayList<>();
        if (again) {
            rows.add(StyledLine.of(ui.texts().get("tui.captcha.wrong"), Style.ERROR));
        }
        rows.add(StyledLine.of(ui.texts().get("login.captchaShown"), Style.HEADING));
        rows.addAll(image);
        rows.add(StyledLine.of(prompt.label() + " " + prompt.text(), Style.NORMAL));
        placed = Box.draw(g, ui.painter(), rows, width, height, rows.size() - 1);
    }

    @Override
    public List<Placement> placements() {
        return placed;
    }

    @Override
    public TerminalPosition cursor(int width, int height) {
        String line = prompt.label() + " " + prompt.text();
        int above = again ? 1 : 0;
        return Box.cursor(width, height, image.size() + 2 + above, image.size() + 1 + above,
                ui.painter().widths().of(line));
    }

    @Override
    public String status() {
        return ui.texts().get("tui.captcha.keys");
    }
}
