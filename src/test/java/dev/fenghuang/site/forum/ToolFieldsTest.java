package dev.fenghuang.site.forum;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.model.forum.ThreadTool;
import dev.fenghuang.site.write.FormData;
import dev.fenghuang.site.write.FormReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The thread tools' popup (5.8) filled in as a moderator would, on a hand-written popup after the reference. */
class ToolFieldsTest {
    private static final URI THREAD = URI.create(ForumFixtures.SITE + "forum.php?mod=viewthread&tid=1");

    private static FormData popup(String name) throws Exception {
        var doc = ForumFixtures.document(name, THREAD.toString());
        return FormReader.read(doc.selectFirst("form#moderateform"), THREAD, StandardCharsets.UTF_8);
    }

    private static List<String> values(FormData form, String name) {
        return form.fields().stream().filter(f -> f.getKey().equals(name)).map(Map.Entry::getValue).toList();
    }

    @Test
    void closesEvenWhenThePopupPreselectsOpenAndSendsTheReason() throws Exception {
        FormData filled = ToolFields.fill(popup("topicadmin-close-popup.html"), new ThreadTool.Close(), "已解决");
        assertThat(values(filled, "operations[]")).containsExactly("close");
        assertThat(filled.get("reason")).isEqualTo("已解决");
        assertThat(filled.get("moderate[]")).isEqualTo("1");
        assertThat(filled.get("formhash")).isEqualTo("0a1b2c3d");
        assertThat(filled.get("modsubmit")).isEqualTo("确定");
        assertThat(filled.action().toString())
                .isEqualTo(ForumFixtures.SITE + "forum.php?mod=topicadmin&action=moderate&optgroup=4&modsubmit=yes&infloat=yes");
    }

    @Test
    void asksForTheRightPopupForEachTool() {
        assertThat(ToolFields.optgroup(new ThreadTool.Stick(1))).isEqualTo(1);
        assertThat(ToolFields.operation(new ThreadTool.Digest(2))).isEqualTo("digest");
        assertThat(ToolFields.optgroup(new ThreadTool.Move(3))).isEqualTo(2);
        assertThat(ToolFields.optgroup(new ThreadTool.Open())).isEqualTo(4);
        assertThat(ToolFields.optgroup(new ThreadTool.DeletePosts(List.of(5L)))).isZero();
    }
}
