package dev.fenghuang.site;

import org.jsoup.nodes.Element;

/**
 * The real URL of an image: {@code zoomfile} (forum original), then {@code file} (lazy or thumbnail), then
 * {@code src} unless it is Discuz's placeholder ({@code none.gif}); absolute against {@code <base href>}.
 */
public final class ImageSource {
    private ImageSource() {
    }

    /** The absolute URL, or "" when the image has no usable source. */
    public static String of(Element img) {
        for (String attribute : new String[] {"zoomfile", "file", "data-original", "src"}) {
            String value = img.attr(attribute).strip();
            if (value.isEmpty() || isPlaceholder(value)) {
                continue;
            }
            String url = Links.absolute(img, attribute);
            return url.isEmpty() ? SiteText.url(value) : url;
        }
        return "";
    }

    private static boolean isPlaceholder(String url) {
        return url.endsWith("/none.gif") || url.startsWith("data:") || url.startsWith("javascript:");
    }
}
