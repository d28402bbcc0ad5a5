package dev.fenghuang.app;

import dev.fenghuang.model.Article;
import dev.fenghuang.model.ArticleList;
import dev.fenghuang.model.CommentList;
import dev.fenghuang.model.Section;
import java.io.IOException;
import java.util.List;

/** What the application reads from a site, one request per call (the category tree excepted). */
public interface SiteReads {
    List<Section> discoverSections() throws IOException;

    ArticleList list(int catid, int page) throws IOException;

    Article article(long aid, int page) throws IOException;

    CommentList comments(long aid, int page) throws IOException;
}
