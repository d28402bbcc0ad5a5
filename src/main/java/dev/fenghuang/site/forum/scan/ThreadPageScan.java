package dev.fenghuang.site.forum.scan;

import dev.fenghuang.site.forum.ForumMarkup;
import dev.fenghuang.site.forum.ThreadPageParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The posts of a thread page read from its text rather than from jsoup's tree, since building the tree of each
 * post's fixed markup (columns, user card, header, buttons) costs most of reading a page: {@code div#postlist} is
 * walked tag by tag ({@link TagScanner}), each {@code div#post_PID} child read by a {@link FloorScan}, and only the
 * bodies ({@code td.t_f}) and attachment lists ({@code div.pattl}) are left to jsoup, as fragments. The rest of the
 * page is read by jsoup from a skeleton: the page with each post replaced by an empty {@code div#post_PID}
 * (carrying the post's first link to the thread, which the page reads).
 *
 * <p>The walk vouches only for markup that jsoup builds exactly as written: known tags, every element closed by its
 * own end tag in order, tables holding only rows and cells, no block inside {@code p}, no link in a link, no list
 * item or definition in another, bodies with no table, form, script, comment or id or class the parsers look for
 * elsewhere. Anything else gives null, and the page is read by jsoup as before ({@link ThreadPageParser}), which
 * stays the reference: every record this class gives equals that one's. Every step goes forward, so the walk is
 * linear in the page's length.
 */
public final class ThreadPageScan {
    private static final String POSTLIST = "<div id=\"postlist\"";
    private static final String POSTLIST_ID = "postlist";
    static final int MAX_DEPTH = 48;
    /** Sets of tag names by their numbers in {@link TagNames}, looked up with one shift each. */
    private static final long VOID = TagNames.set("img", "br", "input", "hr");
    private static final long BLOCK = TagNames.set("div", "p", "dl", "dt", "dd", "ul", "ol", "li", "table", "tbody",
            "tr", "td", "th", "h1", "h2", "h3", "h4", "hr", "br");
    /** Ids that parsers look for outside a body: a body holding one is read by jsoup (classes: {@link ClassMask}). */
    static final Set<String> MARKER_IDS = Set.of("thread_subject", "pgt", "modmenu", "fastpostform", "pt");
    /** The lengths of the {@link #MARKER_IDS}, a bit each. */
    private static final long MARKER_LENGTHS = 1L << 14 | 1L << 3 | 1L << 7 | 1L << 12 | 1L << 2;

    private final String html;
    /** The open elements, outermost first: the number of each one's name, its classes and its flags. */
    private final int[] kinds = new int[MAX_DEPTH];
    private final int[] classes = new int[MAX_DEPTH];
    private final int[] flags = new int[MAX_DEPTH];
    private int open;
    private final List<FloorScan> posts = new ArrayList<>();
    private final List<int[]> postSpans = new ArrayList<>();
    private TagScanner tags;
    /** {@code div#postlist} built as it is walked, a stand-in for each post; null once it cannot be. */
    private PartTree frame;
    private final List<Element> standIns = new ArrayList<>();
    private int postlistStart;
    private int postlistEnd;
    /** True to have jsoup parse every body, as before {@link BodyTree}: the benchmark's comparison. */
    private boolean jsoupBodies;
    private FloorScan post;
    private boolean vouched;
    private final NestingRule nesting = new NestingRule();

    private ThreadPageScan(String html) {
        this.html = html;
    }

    /** The page's posts read from its text, or null where the walk cannot vouch for them. */
    public static ThreadPageScan of(String html) {
        ThreadPageScan scan = walked(html);
        return scan != null && scan.vouched ? scan : null;
    }

    /**
     * The walk of the page's post list, whether or not it vouches for it ({@link #vouched()}); null for a page it
     * does not even start on. For the tests that bound the walk's work on any input.
     */
    public static ThreadPageScan walked(String html) {
        int start = html == null ? -1 : postlistTag(html);
        if (start < 0 || html.indexOf('\0') >= 0) {
            return null;
        }
        ThreadPageScan scan = new ThreadPageScan(html);
        scan.vouched = scan.walk(start) && !scan.posts.isEmpty();
        return scan;
    }

    /**
     * Where {@code <div id="postlist"} stands, where it holds the page's first {@code postlist}; else -1. One search:
     * the first {@code postlist} is the tag's exactly when the tag stands around it.
     */
    private static int postlistTag(String html) {
        int first = html.indexOf(POSTLIST_ID);
        int start = first - (POSTLIST.length() - POSTLIST_ID.length() - 1);
        return start >= 0 && html.startsWith(POSTLIST, start) ? start : -1;
    }

    /** Whether the walk reached the end of the post list with posts, every one of them read. */
    public boolean vouched() {
        return vouched;
    }

    /**
     * What the page reads around its posts, built from its text ({@link ThreadPageFrame}), each post a stand-in
     * {@code div#post_PID} (the first with a link to the thread holding it as {@code a.fastre}, as in the
     * {@link #skeleton()}); null where jsoup is to parse the skeleton instead.
     */
    public Document frame(String location) {
        Element postlist = frame == null ? null : frame.root();
        if (postlist == null) {
            return null;
        }
        for (int i = 0; i < posts.size(); i++) {
            String href = posts.get(i).threadHref;
            if (href != null) {
                Attributes link = new Attributes().put("class", "fastre").put("href", href);
                standIns.get(i).appendChild(new Element(TagNames.tag("a"), null, link));
                break;
            }
        }
        frame = null;
        return ThreadPageFrame.of(html, postlistStart, postlistEnd, postlist, location);
    }

    /** This scan with every body parsed by jsoup (for comparison only). */
    public ThreadPageScan withJsoupBodies() {
        jsoupBodies = true;
        return this;
    }

    public List<FloorScan> posts() {
        return posts;
    }

    /** Characters the walk's scanner read, each time it read one (for the tests that bound the work). */
    public long reads() {
        return tags.reads();
    }

    /**
     * The page with each post replaced by an empty {@code div#post_PID}, the first post that has a link to the thread
     * holding it as a reply link ({@code a.fastre}): the first thing the page reads the thread id from, and the only
     * one, so the later posts' links are left out.
     */
    public String skeleton() {
        StringBuilder out = new StringBuilder(html.length() / 4);
        int copied = 0;
        boolean linked = false;
        for (int i = 0; i < posts.size(); i++) {
            int[] span = postSpans.get(i);
            FloorScan floor = posts.get(i);
            out.append(html, copied, span[0]).append("<div id=\"").append(escaped(floor.postId)).append("\">");
            if (floor.threadHref != null && !linked) {
                out.append("<a class=\"fastre\" href=\"").append(escaped(floor.threadHref)).append("\"></a>");
                linked = true;
            }
            out.append("</div>");
            copied = span[1];
        }
        return out.append(html, copied, html.length()).toString();
    }

    /**
     * A body or attachment list as jsoup reads it, in an element of its own at the page's base; null for none.
     * Built from its tags while they were scanned ({@link BodyTree}) where they are plain, else parsed by jsoup.
     */
    public Element fragment(int[] span, BodyTree built, String tag, String base) {
        if (span == null) {
            return null;
        }
        Element tree = built == null ? null : built.tree(base);
        return tree != null ? tree : parsedFragment(span, tag, base);
    }

    /** A body or attachment list parsed by jsoup, the reference for {@link BodyTree}. */
    public Element parsedFragment(int[] span, String tag, String base) {
        Element holder = new Element(TagNames.tag(tag), base);
        holder.appendChildren(Parser.parseFragment(html.substring(span[0], span[1]), holder, base));
        return holder;
    }

    /** The token read outside the posts, added to the post list's tree. */
    private boolean frameToken(int kind) {
        if (frame != null && !frame.accept(kind)) {
            frame = null;
        }
        return true;
    }

    private void standIn(String id) {
        Element standIn = new Element(TagNames.tag("div"), null, new Attributes().put("id", id));
        standIns.add(standIn);
        if (frame != null) {
            frame.insert(standIn);
        }
    }

    private static String escaped(String value) {
        return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Walks {@code div#postlist} from its tag; false to refuse. */
    private boolean walk(int start) {
        tags = new TagScanner(html, start, html.length());
        frame = new PartTree(tags);
        postlistStart = start;
        while (true) {
            int kind = tags.next();
            boolean fine = switch (kind) {
                case TagScanner.START -> start();
                case TagScanner.END -> end();
                case TagScanner.TEXT -> text();
                case TagScanner.COMMENT -> post == null && frameToken(TagScanner.COMMENT);
                default -> false;
            };
            if (!fine || post != null && post.refused()) {
                return false;
            }
            if (open == 0) {
                postlistEnd = tags.position();
                return true;
            }
        }
    }

    private boolean start() {
        int kind = tags.kind();
        int depth = open;
        if (!allowed(kind, depth)) {
            return false;
        }
        int classMask = tags.classMask();
        if (depth == 1 && kind == TagNames.DIV) {
            postOpened();
        }
        int flagBits = 0;
        if (post != null) {
            if (isPageMarker(tags.name(), classMask)) {
                return false;
            }
            int role = post.start(tags, tags.name(), classMask, depth == 0 ? 0 : classes[depth - 1], depth,
                    TagNames.in(NestingRule.INLINE, kind));
            flagBits = post.flags;
            if (role != FloorScan.READ) {
                return BodyScan.scanned(tags, kind, role, post, jsoupBodies);
            }
        } else if (!frameStart(kind, depth)) {
            return false;
        }
        return opened(kind, depth, classMask, flagBits);
    }

    /** A {@code div} in the post list: a post starts where its id is a post's. */
    private void postOpened() {
        String id = tags.id();
        if (id != null && isPostId(id)) {
            post = new FloorScan(ForumMarkup.firstNumber(id), id);
            postSpans.add(new int[] {tags.tokenStart(), -1});
            posts.add(post);
            standIn(id);
        }
    }

    /** A start tag outside the posts: the post list's own first, the rest added to its tree. */
    private boolean frameStart(int kind, int depth) {
        if (depth == 0 && !(kind == TagNames.DIV && "postlist".equals(tags.id()))) {
            return false;
        }
        return frameToken(TagScanner.START);
    }

    /** The element of a start tag read, put on the stack unless void; false for a non-void one self-closed. */
    private boolean opened(int kind, int depth, int classMask, int flagBits) {
        if (TagNames.in(VOID, kind)) {
            return true;
        }
        if (tags.selfClosing()) {
            return false;
        }
        nesting.count(kind, 1);
        kinds[depth] = kind;
        classes[depth] = classMask;
        flags[depth] = flagBits;
        open++;
        return true;
    }

    /** Whether jsoup builds this start tag where it stands as written (see the class comment). */
    private boolean allowed(int kind, int depth) {
        if (depth >= MAX_DEPTH || !TagNames.in(NestingRule.INLINE | BLOCK, kind)) {
            return false;
        }
        int parent = depth == 0 ? -1 : kinds[depth - 1];
        return nesting.allows(parent, kind);
    }

    private boolean end() {
        int depth = open - 1;
        int kind = kinds[depth];
        if (kind != tags.kind()) {
            return false;
        }
        open--;
        nesting.count(kind, -1);
        if (post != null) {
            post.end(depth, flags[depth]);
            if (depth == 1) {
                postSpans.get(postSpans.size() - 1)[1] = tags.position();
                post = null;
            }
        } else {
            frameToken(TagScanner.END);
        }
        return true;
    }

    private boolean text() {
        if (TagNames.in(NestingRule.IN_TABLE, kinds[open - 1]) && !tags.isBlankText()) {
            return false;
        }
        if (post != null && post.capturing()) {
            post.text(tags.text(), open);
        } else if (post == null) {
            frameToken(TagScanner.TEXT);
        }
        return true;
    }

    /**
     * Whether a tag in a post's fixed markup is one the page reads outside the posts: an id the page looks up
     * ({@code div#pt}, {@code span#thread_subject}, {@code #modmenu} …), the heading {@code h1}, the counts
     * {@code div.hm.ptn} or a pager {@code div.pg}. The skeleton leaves posts out, so such a page is read by jsoup.
     */
    private boolean isPageMarker(String name, int classes) {
        if (name.equals("h1") || (classes & (ClassMask.PG | ClassMask.PGS)) != 0
                || (classes & (ClassMask.HM | ClassMask.PTN)) == (ClassMask.HM | ClassMask.PTN)) {
            return true;
        }
        String id = tags.idOfLength(MARKER_LENGTHS | 1L << 8);
        return id != null && (isMarkerId(id) || id.equalsIgnoreCase("postlist"));
    }

    /**
     * One of {@link #MARKER_IDS}, ignoring case, without lower-casing every id met: only an id as long as one of them
     * is lower-cased (only U+0130 lower-cases to more than one character, and no marker holds what it gives).
     */
    private static boolean isMarkerId(String id) {
        return id.length() < 64 && (MARKER_LENGTHS >>> id.length() & 1) != 0
                && MARKER_IDS.contains(id.toLowerCase(Locale.ROOT));
    }

    /** {@code post_} and digits: a post's id, as {@code ^post_\\d+$} matches it. */
    public static boolean isPostId(String id) {
        if (!id.startsWith("post_") || id.length() == 5) {
            return false;
        }
        for (int i = 5; i < id.length(); i++) {
            if (id.charAt(i) < '0' || id.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
