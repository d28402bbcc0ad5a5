package dev.fenghuang.tui.write;

import dev.fenghuang.tui.Box;
import dev.fenghuang.tui.Layer;
import dev.fenghuang.tui.UiLoop;
import dev.fenghuang.tui.text.ColumnWidth;
import dev.fenghuang.tui.text.Style;
import dev.fenghuang.tui.text.StyledLine;
import dev.fenghuang.tui.text.TerminalText;
import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.fenghuang.app.LoginChallenge;
import dev.fenghuang.app.Participation;
import dev.fenghuang.app.Problem;
import dev.fenghuang.app.Texts;
import dev.fenghuang.model.Captcha;
import dev.fenghuang.model.PostResult;
import dev.fenghuang.tui.image.Placement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The sign-in form: user name, password (never shown, kept in a char array that is wiped), the security question
 * and its answer when the site offers them, the captcha when the site wants one (in half blocks, and as a kitty or
 * sixel image over them where the terminal has one), and "stay
 * signed in". Each answer of the site is told in one line; after success what the user was doing goes on.
 */
final class SignInForm implements Layer {
    private enum Field { USER, PASSWORD, QUESTION, ANSWER, CAPTCHA, STAY }

    private record Challenge(LoginChallenge form, List<StyledLine> picture, Captcha captcha) {
    }

    private static final int LABEL = 10;

    private final Writes writes;
    private final UiLoop ui;
    private final Texts texts;
    private final Runnable then;
    private final StringBuilder user = new StringBuilder();
    private final dev.fenghuang.tui.text.TypedChars typedChars = new dev.fenghuang.tui.text.TypedChars();
    private final StringBuilder answer = new StringBuilder();
    private final StringBuilder captcha = new StringBuilder();
    private char[] password = new char[32];
    private int passwordLength;
    private List<LoginChallenge.Question> questions = List.of();
    private int question;
    private List<StyledLine> picture = List.of();
    private Captcha shown;
    private int pictureColumns = Box.MAX_WIDTH - 4;
    private List<Placement> placed = List.of();
    private boolean stay = true;
    private Field focus = Field.USER;
    private String outcome;
    private boolean outcomeIsError;
    private boolean busy;
    private boolean loading;
    private boolean sendWhenLoaded;

    SignInForm(Writes writes, Runnable then) {
        this.writes = writes;
        this.ui = writes.ui();
        this.texts = ui.texts();
        this.then = then;
    }

    /** Reads the site's form: its questions and a captcha, if any. Typing goes on meanwhile. */
    void load() {
        Participation p = writes.participation();
        loading = true;
        ui.quietly(() -> {
            LoginChallenge form = p.loginChallenge();
            int columns = pictureColumns;
            return new Challenge(form, form.captcha().map(c -> render(c, columns)).orElse(List.of()),
                    form.captcha().orElse(null));
        }, c -> {
            questions = c.form().questions();
            question = Math.min(question, questions.size());
            picture = c.picture();
            shown = c.captcha();
            loaded();
        }, e -> {
            tell(Problem.of(e).message(), true);
            loaded();
        });
    }

    /**
     * The form's read is back. A sign-in sent before it goes now, answering this form (a second read of the form
     * would race this one); when the form turned out to show a captcha, the user is asked for it first.
     */
    private void loaded() {
        loading = false;
        if (!sendWhenLoaded) {
            return;
        }
        sendWhenLoaded = false;
        busy = false;
        if (!picture.isEmpty() && captcha.toString().isBlank()) {
            focus = Field.CAPTCHA;
            tell(texts.get("write.needsCaptcha"), true);
        } else {
            submit();
        }
    }

    private List<StyledLine> render(Captcha c, int columns) {
        return CaptchaLayer.picture(c, texts, columns);
    }

    /** Draws the captcha anew when the box is narrower or wider than it was drawn for: never cropped by a window. */
    private void fit(int width) {
        int columns = Math.min(Box.MAX_WIDTH, width) - 4;
        if (columns != pictureColumns && columns > 0) {
            pictureColumns = columns;
            if (shown != null) {
                picture = render(shown, columns);
            }
        }
    }

    /** Whether the captcha's field has the focus (for tests). */
    boolean focusIsCaptcha() {
        return focus == Field.CAPTCHA;
    }

    /** The captcha's rows as the box shows them (for tests). */
    List<StyledLine> pictureRows() {
        return picture;
    }

    private void tell(String text, boolean error) {
        outcome = text;
        outcomeIsError = error;
    }

    private List<Field> fields() {
        List<Field> all = new ArrayList<>(List.of(Field.USER, Field.PASSWORD));
        if (!questions.isEmpty()) {
            all.add(Field.QUESTION);
        }
        if (question > 0) {
            all.add(Field.ANSWER);
        }
        if (!picture.isEmpty()) {
            all.add(Field.CAPTCHA);
        }
        all.add(Field.STAY);
        return all;
    }

    @Override
    public boolean take(KeyStroke k) {
        KeyType t = k.getKeyType();
        if (t == KeyType.Escape || t == KeyType.EOF || t == KeyType.Character && k.isCtrlDown()
                && (k.getCharacter() == 'c' || k.getCharacter() == 'g')) {
            ui.message(texts.get("tui.login.cancelled"));
            return false;
        }
        if (busy) {
            return true;
        }
        switch (t) {
            case Tab, ArrowDown -> move(1);
            case ReverseTab, ArrowUp -> move(-1);
            case Enter -> submitOrNext();
            case ArrowLeft, ArrowRight -> {
                if (focus == Field.QUESTION) {
                    question = Math.floorMod(question + (t == KeyType.ArrowRight ? 1 : -1), questions.size() + 1);
                }
            }
            case Backspace -> backspace();
            case Character -> type(k);
            default -> {
                // nothing else does anything here
            }
        }
        return true;
    }

    private void move(int by) {
        List<Field> all = fields();
        focus = all.get(Math.floorMod(all.indexOf(focus) + by, all.size()));
    }

    private void type(KeyStroke k) {
        if (k.isCtrlDown() || k.isAltDown()) {
            return;
        }
        char c = k.getCharacter();
        switch (focus) {
            case USER -> user.append(typedChars.next(c));
            case PASSWORD -> {
                if (passwordLength == password.length) {
                    char[] bigger = Arrays.copyOf(password, password.length * 2);
                    Arrays.fill(password, '\0');
                    password = bigger;
                }
                password[passwordLength++] = c;
            }
            case ANSWER -> answer.append(typedChars.next(c));
            case CAPTCHA -> captcha.append(typedChars.next(c));
            case STAY -> stay = c == ' ' ? !stay : stay;
            case QUESTION -> {
                if (c == ' ') {
                    question = (question + 1) % (questions.size() + 1);
                }
            }
            default -> {
                // not a text field
            }
        }
    }

    private void backspace() {
        StringBuilder field = switch (focus) {
            case USER -> user;
            case ANSWER -> answer;
            case CAPTCHA -> captcha;
            default -> null;
        };
        if (field != null && field.length() > 0) {
            field.setLength(field.offsetByCodePoints(field.length(), -1));
        } else if (focus == Field.PASSWORD && passwordLength > 0) {
            password[--passwordLength] = '\0';
        }
    }

    private void submitOrNext() {
        if (user.toString().isBlank()) {
            focus = Field.USER;
        } else if (passwordLength == 0) {
            focus = Field.PASSWORD;
        } else if (focus == Field.QUESTION && question > 0 && answer.length() == 0) {
            focus = Field.ANSWER;
        } else if (loading) {
            sendWhenLoaded = true;
            busy = true;
            tell(texts.get("tui.login.signingIn"), false);
        } else {
            submit();
        }
    }

    private void submit() {
        busy = true;
        tell(texts.get("tui.login.signingIn"), false);
        char[] secret = Arrays.copyOf(password, passwordLength);
        String name = user.toString().strip();
        int qid = question == 0 ? 0 : questions.get(question - 1).id();
        String reply = answer.toString();
        String code = picture.isEmpty() ? null : captcha.toString().strip();
        boolean keep = stay;
        Participation p = writes.participation();
        ui.write(() -> {
            try {
                return p.login(name, secret, qid, reply, keep, code);
            } finally {
                Arrays.fill(secret, '\0');
            }
        }, this::answered, e -> {
            busy = false;
            tell(Problem.of(e).message(), true);
        });
    }

    private void answered(PostResult result) {
        busy = false;
        captcha.setLength(0);
        if (result instanceof PostResult.Posted) {
            ui.close(this);
            writes.signedIn(then);
            return;
        }
        if (result instanceof PostResult.NeedsCaptcha needs) {
            shown = needs.captcha();
            picture = render(shown, pictureColumns);
            focus = Field.CAPTCHA;
            tell(writes.siteText(needs.message(), "write.needsCaptcha"), true);
            return;
        }
        wipePassword();
        focus = Field.PASSWORD;
        if (result instanceof PostResult.Refused refused) {
            tell(writes.siteText(refused.message(), "write.refused"), true);
            if (!picture.isEmpty()) {
                load();
            }
        } else if (result instanceof PostResult.NeedsLogin needs) {
            tell(writes.siteText(needs.message(), "write.needsLogin"), true);
        }
    }

    private void wipePassword() {
        Arrays.fill(password, '\0');
        passwordLength = 0;
    }

    @Override
    public void closed() {
        sendWhenLoaded = false;
        wipePassword();
    }

    /** The form's rows; {@code cursor} gets the focused row and the column after its text. */
    private List<StyledLine> rows(int[] cursor) {
        ColumnWidth widths = ui.painter().widths();
        List<StyledLine> rows = new ArrayList<>();
        rows.add(StyledLine.of(texts.get("tui.login.title"), Style.HEADING));
        for (Field f : fields()) {
            if (f == Field.CAPTCHA) {
                rows.addAll(picture);
            }
            String label = texts.get("tui.login." + f.name().toLowerCase(java.util.Locale.ROOT));
            String value = value(f);
            if (f == focus) {
                cursor[0] = rows.size();
                cursor[1] = f == Field.STAY ? 1 : Math.max(LABEL, widths.of(label) + 1) + widths.of(value);
            }
            String padded = label + " ".repeat(Math.max(1, LABEL - widths.of(label)));
            rows.add(f == Field.STAY ? StyledLine.of(value + " " + label, f == focus ? Style.SELECTED : Style.NORMAL)
                    : StyledLine.of(new StyledLine.Span(padded, f == focus ? Style.SELECTED : Style.META),
                            new StyledLine.Span(value, Style.NORMAL)));
        }
        if (outcome != null) {
            rows.add(StyledLine.of(outcome, outcomeIsError ? Style.ERROR : Style.HEADING));
        }
        return rows;
    }

    private String value(Field f) {
        return switch (f) {
            case USER -> user.toString();
            case PASSWORD -> passwordLength == 0 ? "" : texts.get("tui.login.hidden");
            case QUESTION -> "‹ " + (question == 0 ? texts.get("tui.login.noQuestion")
                    : TerminalText.clean(questions.get(question - 1).text())) + " ›";
            case ANSWER -> answer.length() == 0 ? "" : texts.get("tui.login.hidden");
            case CAPTCHA -> captcha.toString();
            case STAY -> stay ? "[x]" : "[ ]";
        };
    }

    @Override
    public void draw(TextGraphics g, int width, int height) {
        fit(width);
        int[] cursor = new int[2];
        List<StyledLine> rows = rows(cursor);
        placed = Box.draw(g, ui.painter(), rows, width, height, cursor[0]);
    }

    @Override
    public List<Placement> placements() {
        return placed;
    }

    @Override
    public TerminalPosition cursor(int width, int height) {
        if (busy || focus == Field.QUESTION) {
            return null;
        }
        int[] cursor = new int[2];
        List<StyledLine> rows = rows(cursor);
        return Box.cursor(width, height, rows.size(), cursor[0], cursor[1]);
    }

    @Override
    public String status() {
        return texts.get("tui.login.keys");
    }

    /** The password as typed so far, for tests that check it is wiped. */
    Optional<char[]> passwordBuffer() {
        return Optional.of(password);
    }
}
