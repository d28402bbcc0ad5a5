package dev.fenghuang.tui.image;

import dev.fenghuang.tui.read.ArticleLayout;
import dev.fenghuang.tui.text.Style;
import dev.fenghuang.tui.text.StyledLine;
import dev.fenghuang.tui.text.TextBlock;
import com.googlecode.lanterna.TextCharacter;
import dev.fenghuang.app.Texts;
import dev.fenghuang.model.Image;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How an article's images go into its layout: each as its picture in half blocks with a caption {@code [图 3] alt},
 * or as that caption alone with why it is not drawn. A picture is at most {@code maxRows} rows high and indented
 * like a paragraph.
 *
 * @param slots what the reader has of each image, by URL (an image not in it is a placeholder)
 * @param style how pictures are drawn
 * @param maxRows the most rows one picture may take
 */
public record Pictures(Map<String, ImageSlot> slots, ImageStyle style, int maxRows) {
    public static final Pictures OFF = new Pictures(Map.of(), ImageStyle.NONE, 0);

    public Pictures {
        slots = Map.copyOf(slots);
    }

    public void lay(TextBlock out, Image image, int number, Texts texts) {
        ImageSlot slot = style == ImageStyle.NONE ? ImageSlot.OFF : slots.getOrDefault(image.url(), ImageSlot.OFF);
        String caption = "[" + texts.get("tui.picture.label", String.valueOf(number)) + "]"
                + (image.alt().isBlank() ? "" : " " + image.alt());
        if (slot instanceof ImageSlot.Drawn drawn && out.width() - ArticleLayout.INDENT >= 4) {
            List<List<TextCharacter>> rows = HalfBlocks.rows(drawn.picture(), out.width() - ArticleLayout.INDENT,
                    Math.max(2, maxRows), style);
            for (int k = 0; k < rows.size(); k++) {
                List<TextCharacter> row = rows.get(k);
                List<TextCharacter> cells = new ArrayList<>(row.size() + ArticleLayout.INDENT);
                for (int pad = 0; pad < ArticleLayout.INDENT; pad++) {
                    cells.add(TextCharacter.fromCharacter(' ')[0]);
                }
                cells.addAll(row);
                out.add(StyledLine.picture(cells, new StyledLine.PictureRow(drawn.picture(), k, rows.size(),
                        ArticleLayout.INDENT, row.size())));
            }
            out.wrap(caption, Style.REFERENCE, ArticleLayout.INDENT, ArticleLayout.INDENT);
            return;
        }
        String why = why(slot, number, texts);
        out.wrap(caption + (why.isEmpty() ? "" : "  (" + why + ")"), Style.REFERENCE, ArticleLayout.INDENT,
                ArticleLayout.INDENT);
    }

    private static String why(ImageSlot slot, int number, Texts texts) {
        if (slot instanceof ImageSlot.Loading) {
            return texts.get("tui.picture.loading");
        }
        if (slot instanceof ImageSlot.Placeholder p && p.onDemand()) {
            return texts.get("tui.picture.deferred", String.valueOf(number), p.why());
        }
        if (slot instanceof ImageSlot.Placeholder p && !p.why().isEmpty()) {
            return texts.get("tui.picture.unreadable", p.why());
        }
        return "";
    }
}
