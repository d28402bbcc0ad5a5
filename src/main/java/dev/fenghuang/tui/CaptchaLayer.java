package dev.fenghuang.tui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.input.KeyStroke;
import dev.fenghuang.app.HalfBlockImage;
import dev.fenghuang.model.Captcha;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The site's captcha drawn in half blocks with a line to type it in; Enter answers, Esc gives up. */
final class CaptchaLayer implements Layer {
    private final UiLoop ui;
    private final List<String> image;
    private final Prompt prompt;
    private final Consumer<String> answered;
    private String typed;

    CaptchaLayer(UiLoop ui, Captcha captcha, Consumer<String> answered) {
        this.ui = ui;
        this.image = picture(captcha, ui);
        this.answered = answered;
        this.prompt = new Prompt(ui.texts().get("login.captcha") + ":", text -> typed = text);
    }

    static List<String> picture(Captcha captcha, UiLoop ui) {
        try {
            return HalfBlockImage.render(captcha.image(), 40);
        } catch (IOException e) {
            return List.of(ui.texts().get("tui.captcha.unreadable"));
        }
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
        rows.add(StyledLine.of(ui.texts().get("login.captchaShown"), Style.HEADING));
        image.forEach(line -> rows.add(StyledLine.of(line, Style.NORMAL)));
        rows.add(StyledLine.of(prompt.label() + " " + prompt.text(), Style.NORMAL));
        Box.draw(g, ui.painter(), rows, width, height, rows.size() - 1);
    }

    @Override
    public TerminalPosition cursor(int width, int height) {
        String line = prompt.label() + " " + prompt.text();
        return Box.cursor(width, height, image.size() + 2, image.size() + 1, ui.painter().widths().of(line));
    }

    @Override
    public String status() {
        return ui.texts().get("tui.captcha.keys");
    }
}
