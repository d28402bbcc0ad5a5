package dev.fenghuang.model;

import java.io.IOException;
import java.util.List;

/**
 * Text that the site's charset cannot carry (e.g. an emoji for a GBK site), found before anything was sent.
 * The front end names the characters so the user can change them; nothing is lost.
 */
public final class UnencodableText extends IOException {
    private static final long serialVersionUID = 1L;
    private final List<String> characters;
    private final String charset;

    public UnencodableText(List<String> characters, String charset) {
        super("the site's charset " + charset + " cannot carry: " + String.join(" ", characters));
        this.characters = List.copyOf(characters);
        this.charset = charset;
    }

    /** The offending characters, each once, in order of appearance. */
    public List<String> characters() {
        return characters;
    }

    public String charset() {
        return charset;
    }
}
