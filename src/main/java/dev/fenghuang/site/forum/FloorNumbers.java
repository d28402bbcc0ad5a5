package dev.fenghuang.site.forum;

import dev.fenghuang.model.forum.Floor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Floor numbers from the labels a page prints. 楼主, 沙发, 板凳 and 地板 are floors 1–4 (the X3.5 install's names),
 * {@code N#} is N, the empty label of the newest-first view's first post is 1. A site's own names are counted from
 * a numbered neighbour, else from the position ({@code (page − 1) × 10 + index + 1}, 10 being the default posts per
 * page). On a 只看该作者 page the site numbers the author's posts from 1, so no floor number is known there (0) and
 * its labels (楼主, 沙发 … for the author's first posts) are dropped: they name floors the posts are not on.
 */
final class FloorNumbers {
    private static final Map<String, Integer> NAMED = Map.of("楼主", 1, "沙发", 2, "板凳", 3, "地板", 4);
    private static final int DEFAULT_PER_PAGE = 10;

    private FloorNumbers() {
    }

    static List<Floor> numbered(List<Floor> floors, int page, boolean filtered, boolean newestFirst) {
        List<Floor> out = new ArrayList<>(floors.size());
        int[] numbers = new int[floors.size()];
        for (int i = 0; i < floors.size(); i++) {
            numbers[i] = filtered ? 0 : read(floors.get(i).label(), page == 1 && i == 0);
        }
        if (!filtered && !newestFirst) {
            fillFromNeighbours(floors, numbers, page);
        }
        for (int i = 0; i < floors.size(); i++) {
            Floor.Builder floor = floors.get(i).toBuilder().number(numbers[i]);
            out.add((filtered ? floor.label("") : floor).build());
        }
        return out;
    }

    private static int read(String label, boolean firstOfThread) {
        if (label.isEmpty()) {
            return firstOfThread ? 1 : 0;
        }
        Integer named = NAMED.get(label);
        if (named != null) {
            return named;
        }
        return ForumMarkup.firstInt(label);
    }

    /** Unnumbered floors with a label of the site's own take the count from a numbered floor on the page. */
    private static void fillFromNeighbours(List<Floor> floors, int[] numbers, int page) {
        int anchor = -1;
        for (int i = 0; i < numbers.length; i++) {
            if (numbers[i] > 0 && !floors.get(i).label().startsWith("来自")) {
                anchor = i;
                break;
            }
        }
        for (int i = 0; i < numbers.length; i++) {
            if (numbers[i] == 0 && !floors.get(i).label().isEmpty()) {
                numbers[i] = anchor >= 0 ? Math.max(0, numbers[anchor] + i - anchor)
                        : (page - 1) * DEFAULT_PER_PAGE + i + 1;
            }
        }
    }
}
