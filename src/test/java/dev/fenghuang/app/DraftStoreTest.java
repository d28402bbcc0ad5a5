package dev.fenghuang.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DraftStoreTest {
    @TempDir
    Path dir;

    @Test
    void keepsADraftOnlyItsOwnerCanRead() throws Exception {
        DraftStore drafts = new DraftStore(dir.resolve("acct/drafts"));
        drafts.save(1, "渠县加油！\n第二行");
        assertThat(drafts.load(1)).contains("渠县加油！\n第二行");
        assertThat(Files.getPosixFilePermissions(dir.resolve("acct/drafts/article-1.txt")))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(new DraftStore(dir.resolve("acct/drafts")).load(1)).contains("渠县加油！\n第二行");
    }

    @Test
    void remembersATextThatWentOutWithoutAnAnswer() throws Exception {
        DraftStore drafts = new DraftStore(dir);
        drafts.save(7, "一条评论");
        assertThat(drafts.isUnconfirmed(7, "一条评论")).isFalse();
        drafts.markUnconfirmed(7);
        assertThat(drafts.isUnconfirmed(7, "一条评论")).isTrue();
        assertThat(drafts.isUnconfirmed(7, "另一条")).isFalse();
        drafts.delete(7);
        assertThat(drafts.load(7)).isEmpty();
        assertThat(drafts.isUnconfirmed(7, "一条评论")).isFalse();
    }
}
