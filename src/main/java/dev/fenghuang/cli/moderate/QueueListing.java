package dev.fenghuang.cli.moderate;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.fenghuang.app.PortalSession;
import dev.fenghuang.cli.output.JsonView;
import dev.fenghuang.cli.output.PastTheLastPage;
import dev.fenghuang.model.Person;
import java.io.PrintWriter;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * What the queue listings ({@code mod queue} for comments, {@code mod threads|replies} for the forum) share: the
 * run from the admin panel's page to its print, the page's JSON frame, and an entry's author, time, text and censor
 * words, in text and JSON.
 */
final class QueueListing {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private QueueListing() {
    }

    /** Reads one page of a queue (unlocking the panel where it asks). */
    @FunctionalInterface
    interface PageRead<P> {
        P read(PortalSession session) throws Exception;
    }

    /**
     * Reads the page, refuses one past the last, and prints it as JSON or as text. Exit 0; when the panel stays
     * locked, the refusal's code.
     */
    static <P> int show(ModCommand mod, boolean json, int pageNo, PageRead<P> read, ToIntFunction<P> pageCount,
                        Function<P, JsonObject> asJson, Consumer<P> asText) throws Exception {
        try (PortalSession session = mod.cli.session()) {
            P p = read.read(session);
            PastTheLastPage.check(pageNo, pageCount.applyAsInt(p), mod.cli.texts());
            if (json) {
                mod.cli.out().println(JsonView.write(asJson.apply(p)));
            } else {
                asText.accept(p);
            }
            mod.cli.out().flush();
            return 0;
        } catch (AdminUnlock.Refused refused) {
            return refused.report(json, mod.cli);
        }
    }

    /** A page's JSON: its number, the page count, the total and the entries. */
    static JsonObject page(int page, int pageCount, int total, JsonArray entries) {
        JsonObject o = new JsonObject();
        o.addProperty("page", page);
        o.addProperty("pageCount", pageCount);
        o.addProperty("total", total);
        o.add("entries", entries);
        return o;
    }

    /** Adds an entry's author ({uid, name}), time, text and censor words to its JSON. */
    static void entry(JsonObject i, Person author, LocalDateTime time, String text, List<String> censorWords) {
        JsonObject who = new JsonObject();
        who.addProperty("uid", author.uid());
        who.addProperty("name", author.name());
        i.add("author", who);
        i.add("time", JsonView.time(time));
        i.addProperty("text", text);
        JsonArray words = new JsonArray();
        censorWords.forEach(words::add);
        i.add("censorWords", words);
    }

    /** An entry's time as the listings print it; "" when not known. */
    static String time(LocalDateTime time) {
        return time == null ? "" : TIME.format(time);
    }

    /** An entry's text, indented, and the censor words that held it. */
    static void body(PrintWriter out, String text, List<String> censorWords) {
        text.lines().forEach(line -> out.println("    " + line));
        if (!censorWords.isEmpty()) {
            out.println("    ! " + String.join(" ", censorWords));
        }
    }
}
