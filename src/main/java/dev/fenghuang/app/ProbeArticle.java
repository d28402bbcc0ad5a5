package dev.fenghuang.app;

import dev.fenghuang.model.Article;
import dev.fenghuang.model.ArticleList;
import dev.fenghuang.model.ArticleSummary;
import dev.fenghuang.model.Section;
import java.io.IOException;
import java.util.List;

/**
 * Picks the article the capability probe looks at: the first one with comments on the first list page of the first
 * section, looking at no more than {@link #LOOKS} articles (read through the cache). 0 when none has comments.
 */
final class ProbeArticle {
    static final int LOOKS = 3;

    private ProbeArticle() {
    }

    static long find(PortalReader reader) throws IOException {
        List<Section> sections = reader.sections(false);
        if (sections.isEmpty()) {
            return 0;
        }
        ArticleList list = reader.list(sections.get(0).id(), 1, false);
        int looked = 0;
        for (ArticleSummary s : list.articles()) {
            if (looked++ >= LOOKS) {
                break;
            }
            Article a = reader.article(s.aid(), 1, false);
            if (a.commentCount() > 0) {
                return a.aid();
            }
        }
        return 0;
    }
}
