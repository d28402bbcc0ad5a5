package dev.fenghuang.site.write;

import dev.fenghuang.site.FakeConnection;
import dev.fenghuang.site.Fixtures;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.model.Comment;
import dev.fenghuang.model.Person;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OwnCommentsTest {
    private final FakeConnection site = new FakeConnection()
            .fixture("mod=view&aid=1234", "write/article-member.html")
            .fixture("mod=comment&id=1234", "comments-page.html");

    private Optional<Comment> find(String text, long uid) throws Exception {
        return LoginFlowTest.account(site).findOwnComment(1234, text, uid);
    }

    @Test
    void findsTheMembersCommentOnTheArticlePageByItsText() throws Exception {
        assertThat(find("这篇文章写得很好\n谢谢分享", 3)).map(Comment::cid).contains(12L);
        assertThat(site.requests()).hasSize(1);
    }

    @Test
    void ignoresTheSameTextByAnotherMember() throws Exception {
        assertThat(find("这篇文章写得很好\n谢谢分享", 6)).map(Comment::cid).contains(11L);
    }

    @Test
    void looksAtTheFirstCommentListPageWhenTheArticleDoesNotShowIt() throws Exception {
        assertThat(find("第一条\n两行", 5)).map(Comment::cid).contains(21L);
        assertThat(site.requests().get(1).url()).isEqualTo(Fixtures.SITE + "portal.php?mod=comment&id=1234&idtype=aid");
    }

    @Test
    void findsNothingWhenNoCommentHasTheText() throws Exception {
        assertThat(find("从没写过", 3)).isEmpty();
    }

    @Test
    void matchesACommentTheSiteCutAndOneWhoseBbcodeItTurnedIntoMarkup() {
        Comment cut = new Comment(1, new Person(3, "reader1"), null, "很长的评论开头 ...", null, false);
        Comment bold = new Comment(2, new Person(3, "reader1"), null, "粗体  和\n换行", null, false);
        assertThat(OwnComments.match(List.of(cut), "很长的评论开头还有很多字", 3, 0)).contains(cut);
        assertThat(OwnComments.match(List.of(bold), "[b]粗体[/b] 和 换行", 3, 0)).contains(bold);
        assertThat(OwnComments.match(List.of(cut), "别的开头", 3, 0)).isEmpty();
    }

    @Test
    void aCommentNoNewerThanTheNewestSeenBeforeSendingIsNotTheOneSent() {
        Comment older = new Comment(40, new Person(3, "reader1"), null, "同样的话", null, false);
        Comment newer = new Comment(41, new Person(3, "reader1"), null, "同样的话", null, false);
        assertThat(OwnComments.match(List.of(older), "同样的话", 3, 40)).isEmpty();
        assertThat(OwnComments.match(List.of(newer, older), "同样的话", 3, 40)).contains(newer);
    }
}
