package dev.fenghuang.model.forum;

import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;

/** One block of a post's body, in reading order. */
public sealed interface PostBlock {

    /** A paragraph: runs of text, each with its own emphasis. */
    record Paragraph(List<Span> spans) implements PostBlock {
        public Paragraph {
            spans = List.copyOf(spans);
        }

        /** The paragraph's plain text. */
        public String text() {
            return spans.stream().map(Span::text).collect(Collectors.joining());
        }
    }

    /**
     * A run of text.
     *
     * @param text the text
     * @param bold whether it is bold ({@code [b]})
     * @param color its colour as the site writes it ({@code Red}, {@code #ff0000}); "" for the default
     * @param link the 1-based number of the link it stands in ({@link Floor#links()}), 0 for none
     */
    record Span(String text, boolean bold, String color, int link) {
        public Span {
            text = text == null ? "" : text;
            color = color == null ? "" : color;
        }

        public static Span plain(String text) {
            return new Span(text, false, "", 0);
        }
    }

    /**
     * A quoted post, folded to who and when plus its text.
     *
     * @param pid the quoted post's id from the quote's link; 0 for a quote without one
     * @param author who wrote the quoted post; "" when the quote does not say
     * @param time when, as the quote says (frozen when the reply was written); null when it does not say
     * @param lines the quoted text, line by line
     */
    record Quote(long pid, String author, LocalDateTime time, List<String> lines) implements PostBlock {
        public Quote {
            author = author == null ? "" : author;
            lines = List.copyOf(lines);
        }
    }

    /** A code block ({@code [code]}), line by line, as written. */
    record Code(List<String> lines) implements PostBlock {
        public Code {
            lines = List.copyOf(lines);
        }
    }

    /** Where an image stands: the 1-based number of one of {@link Floor#images()}. */
    record ImageRef(int number) implements PostBlock {
    }

    /** Where an attached file stands: the 1-based number of one of {@link Floor#attachments()}. */
    record AttachmentRef(int number) implements PostBlock {
    }

    /** A notice in place of content the viewer may not see (hidden until a reply, credits, a password). */
    record Locked(String text) implements PostBlock {
        public Locked {
            text = text == null ? "" : text;
        }
    }
}
