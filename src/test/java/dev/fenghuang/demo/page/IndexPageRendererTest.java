package dev.fenghuang.demo.page;

import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.demo.DemoPortal;
import dev.fenghuang.demo.Fetch;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IndexPageRendererTest {
    @Test
    void freshInstallIndexHasNoBlocksAndNoCategoryNav() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.builder().emptyIndex(true).build())) {
            String html = Fetch.get(portal, "portal.php").text();
            assertThat(html).contains("<div id=\"diy1\" class=\"area\"></div>");
            assertThat(html).doesNotContain("portal_block_").doesNotContain("mod=view&aid=").doesNotContain("mn_P");
            assertThat(html).contains("id=\"mn_portal\"").contains("id=\"mn_forum\"");
            assertThat(html).contains("<title>门户 -  Powered by Discuz!</title>");
        }
    }

    @Test
    void decoratedIndexHasBlocksOfArticleLinks() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            String html = Fetch.get(portal, "portal.php").text();
            assertThat(html).contains("<div id=\"portal_block_1\" class=\"block move-span\">\n<div class=\"blocktitle title\">");
            assertThat(html).contains("<div id=\"portal_block_2_content\" class=\"dxb_bc\"><ul><li>");
            assertThat(html).containsPattern("<a href=\"portal.php\\?mod=view&aid=\\d+\" title=\"[^\"]+\" target=\"_blank\">");
            assertThat(html).contains("<img src=\"data/attachment/portal/");
        }
    }
}
