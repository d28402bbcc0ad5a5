package dev.fenghuang.tui;

import dev.fenghuang.tui.image.ImageOptions;
import dev.fenghuang.app.Settings;
import dev.fenghuang.tui.image.GraphicsProtocol;
import dev.fenghuang.tui.image.ImageStyle;
import dev.fenghuang.tui.image.TerminalGraphics;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * How the reader runs: what to open first, the language, and the {@code tui.*} and {@code keys.*} settings.
 *
 * @param openAid the article to start on, or null for the sections and lists
 * @param language {@code zh}, {@code en}, or null for the locale's
 * @param ambiguousWide whether the terminal shows East Asian Ambiguous characters (“…”·) two columns wide
 * @param monochrome no colours, only bold, underline and reverse (also when {@code NO_COLOR} is set)
 * @param mouse whether to capture the mouse (wheel scrolling, clicks); off leaves selection to the terminal
 * @param escapeDelay how long a lone Esc waits for the rest of an escape sequence (rounded to 250 ms steps)
 * @param maxWidth the widest an article's text is set; wider windows centre it
 * @param prefetch whether to fetch the next article of a list while the current one is read
 * @param keys the key map
 * @param externalEditor whether comments are written in {@code $VISUAL}/{@code $EDITOR} rather than inline
 * @param confirmDelete whether deleting on the moderation queue asks first (with room for a reason)
 * @param images how article images are shown ({@code tui.images}, {@code tui.imageTime}, {@code tui.imageMegabytes})
 */
public record TuiOptions(Long openAid, String language, boolean ambiguousWide, boolean monochrome, boolean mouse,
                         Duration escapeDelay, int maxWidth, boolean prefetch, KeyMap keys, boolean externalEditor,
                         boolean confirmDelete, ImageOptions images) {

    /** Options without images (placeholders only). */
    public TuiOptions(Long openAid, String language, boolean ambiguousWide, boolean monochrome, boolean mouse,
                      Duration escapeDelay, int maxWidth, boolean prefetch, KeyMap keys, boolean externalEditor,
                      boolean confirmDelete) {
        this(openAid, language, ambiguousWide, monochrome, mouse, escapeDelay, maxWidth, prefetch, keys,
                externalEditor, confirmDelete, ImageOptions.NONE);
    }

    /** The same, with images off when {@code noImages} ({@code --no-images}) whatever the settings say. */
    public static TuiOptions from(Settings settings, Long openAid, String language, Map<String, String> env,
                                  boolean noImages) {
        TuiOptions o = from(settings, openAid, language, env);
        Optional<GraphicsProtocol> protocol = settings.text("tui.images").map(GraphicsProtocol::ofSetting)
                .orElse(Optional.of(GraphicsProtocol.AUTO));
        boolean on = !noImages && protocol.isPresent();
        return o.withImages(new ImageOptions(ImageStyle.of(on, o.monochrome(), env),
                settings.duration("tui.imageTime", Duration.ofSeconds(3)),
                Math.max(0, settings.integer("tui.imageMegabytes", 8)) * 1024L * 1024L,
                TerminalGraphics.of(on ? protocol.get() : GraphicsProtocol.BLOCKS)));
    }

    /** Options from the settings in force and the environment ({@code NO_COLOR}). */
    public static TuiOptions from(Settings settings, Long openAid, String language, Map<String, String> env) {
        Function<String, Optional<String>> s = settings::text;
        boolean noColor = env.getOrDefault("NO_COLOR", "").length() > 0;
        return new TuiOptions(openAid, language,
                flag(s, "tui.ambiguousWide"), noColor || flag(s, "tui.monochrome"), flag(s, "tui.mouse"),
                settings.duration("tui.escapeDelay", Duration.ofMillis(250)),
                Math.max(20, settings.integer("tui.maxWidth", 90)),
                s.apply("tui.prefetch").map(v -> v.equalsIgnoreCase("true")).orElse(true),
                KeyMap.from(s), s.apply("tui.editor").map(v -> v.strip().equalsIgnoreCase("external")).orElse(false),
                s.apply("tui.confirmDelete").map(v -> !v.strip().equalsIgnoreCase("false")).orElse(true),
                ImageOptions.NONE);
    }

    /** The defaults, for tests and for a missing settings file. */
    public static TuiOptions defaults() {
        return new TuiOptions(null, "en", false, false, false, Duration.ofMillis(250), 90, true, KeyMap.defaults(),
                false, true, ImageOptions.NONE);
    }

    TuiOptions withImages(ImageOptions i) {
        return new TuiOptions(openAid, language, ambiguousWide, monochrome, mouse, escapeDelay, maxWidth, prefetch, keys,
                externalEditor, confirmDelete, i);
    }

    public TuiOptions withOpenAid(Long aid) {
        return new TuiOptions(aid, language, ambiguousWide, monochrome, mouse, escapeDelay, maxWidth, prefetch, keys,
                externalEditor, confirmDelete, images);
    }

    public TuiOptions withLanguage(String lang) {
        return new TuiOptions(openAid, lang, ambiguousWide, monochrome, mouse, escapeDelay, maxWidth, prefetch, keys,
                externalEditor, confirmDelete, images);
    }

    TuiOptions withMouse(boolean capture) {
        return new TuiOptions(openAid, language, ambiguousWide, monochrome, capture, escapeDelay, maxWidth, prefetch,
                keys, externalEditor, confirmDelete);
    }

    public TuiOptions withMonochrome(boolean noColour) {
        return new TuiOptions(openAid, language, ambiguousWide, noColour, mouse, escapeDelay, maxWidth, prefetch, keys,
                externalEditor, confirmDelete);
    }

    TuiOptions withAmbiguousWide(boolean wide) {
        return new TuiOptions(openAid, language, wide, monochrome, mouse, escapeDelay, maxWidth, prefetch, keys,
                externalEditor, confirmDelete, images);
    }

    TuiOptions withExternalEditor(boolean external) {
        return new TuiOptions(openAid, language, ambiguousWide, monochrome, mouse, escapeDelay, maxWidth, prefetch, keys,
                external, confirmDelete, images);
    }

    TuiOptions withConfirmDelete(boolean confirm) {
        return new TuiOptions(openAid, language, ambiguousWide, monochrome, mouse, escapeDelay, maxWidth, prefetch, keys,
                externalEditor, confirm, images);
    }

    private static boolean flag(Function<String, Optional<String>> s, String key) {
        return s.apply(key).map(String::strip).map(v -> v.equalsIgnoreCase("true") || v.equalsIgnoreCase("yes")
                || v.equalsIgnoreCase("on") || v.equals("1")).orElse(false);
    }
}
