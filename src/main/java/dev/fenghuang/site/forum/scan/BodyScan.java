package dev.fenghuang.site.forum.scan;

import java.util.Locale;

/**
 * A post's body cell or attachment list met by {@link ThreadPageScan}'s walk, scanned to its end: its tokens handed
 * to a {@link BodyTree} as they are read, so the body is read once, and what jsoup would read otherwise in a
 * fragment, or what the parsers look for elsewhere on the page, refused.
 */
final class BodyScan {
    private static final long BODY = TagNames.set("a", "b", "strong", "i", "em", "u", "s", "strike", "font", "span",
            "div", "p", "br", "img", "blockquote", "ol", "ul", "li", "sup", "sub", "hr", "ignore_js_op", "pre", "code",
            "center", "small", "big", "dl", "dt", "dd", "h2", "h3", "h4", "h5", "h6", "cite", "del", "ins", "tt",
            "abbr", "q", "kbd", "var", "wbr", "label");
    private static final long BODY_VOID = TagNames.set("br", "img", "hr", "wbr");

    private BodyScan() {
    }

    /**
     * The content of a body cell or attachment list from the scanner's start tag ({@code holder}, its name's
     * number): scanned to its end (the first {@code </td>}; the {@code </div>} that balances it), built by a
     * {@link BodyTree} where plain (else left to jsoup) and handed to {@code post} as its body or attachment list
     * ({@code role}); false to refuse what jsoup would read otherwise in a fragment or what the parsers look for
     * elsewhere.
     */
    static boolean scanned(TagScanner tags, int holder, int role, FloorScan post, boolean jsoupBodies) {
        if (tags.selfClosing()) {
            return false;
        }
        int from = tags.position();
        int nested = 0;
        int same = 0;
        BodyTree tree = jsoupBodies ? null : new BodyTree(tags, TagNames.NAMES[holder]);
        while (true) {
            int token = tags.next();
            boolean inside = token != TagScanner.END || tags.kind() != holder || same != 0;
            if (tree != null && inside && !tree.accept(token)) {
                tree = null;
            }
            if (token == TagScanner.START) {
                int tag = tags.kind();
                boolean isVoid = TagNames.in(BODY_VOID, tag);
                if (!TagNames.in(BODY, tag) || hasMarker(tags) || tags.selfClosing() && !isVoid
                        || !isVoid && ++nested > ThreadPageScan.MAX_DEPTH) {
                    return false;
                }
                same += tag == holder ? 1 : 0;
            } else if (token == TagScanner.END) {
                int tag = tags.kind();
                if (tag == holder && same == 0) {
                    int to = tags.tokenStart();
                    if (role == FloorScan.BODY) {
                        post.body(from, to, tree);
                    } else {
                        post.attachments(from, to, tree);
                    }
                    return true;
                }
                if (!TagNames.in(BODY, tag)) {
                    return false;
                }
                same -= tag == holder ? 1 : 0;
                nested = Math.max(0, nested - 1);
            } else if (token != TagScanner.TEXT) {
                return false;
            }
        }
    }

    /** Whether the tag has an id or class that the parsers look for outside bodies. */
    private static boolean hasMarker(TagScanner tags) {
        String id = tags.id();
        if (id != null) {
            String lower = id.toLowerCase(Locale.ROOT);
            if (lower.startsWith("post") || lower.startsWith("authorposton") || ThreadPageScan.MARKER_IDS.contains(lower)) {
                return true;
            }
        }
        return (tags.classMask() & ClassMask.READ_ELSEWHERE) != 0;
    }
}
