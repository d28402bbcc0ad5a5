package dev.fenghuang.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DraftStoreTest {
    @TempDir
    Path dir;

    @Test
    void keepsADraftOnlyItsOwnerCanRead() throws Exception {
        DraftStore drafts = new DraftStore(dir.resolve("acct/drafts"));
        DraftStore.Draft kept = drafts.save(1, "渠县加油！\n第二行");
        assertThat(kept.text()).isEqualTo("渠县加油！\n第二行");
        try (Stream<Path> files = Files.list(dir.resolve("acct/drafts"))) {
            for (Path f : files.toList()) {
                assertThat(Files.getPosixFilePermissions(f)).as(f.toString())
                        .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
            }
        }
        assertThat(new DraftStore(dir.resolve("acct/drafts")).list(1)).extracting(DraftStore.Draft::text)
                .containsExactly("渠县加油！\n第二行");
    }

    @Test
    void aCaptchaNoteIsReadOnceIsNoDraftAndGoesWithItsDraft() throws Exception {
        DraftStore drafts = new DraftStore(dir, "thread", FileGuard.forThisUser(n -> { }));
        DraftStore.Draft kept = drafts.save(1, "引用回复");
        drafts.noteCaptcha(kept, "cSAx9kDWnBeM");
        assertThat(drafts.list(1)).hasSize(1);
        assertThat(drafts.takeCaptchaNote(kept)).contains("cSAx9kDWnBeM");
        assertThat(drafts.takeCaptchaNote(kept)).as("a submit uses the code up").isEmpty();

        drafts.noteCaptcha(kept, "not a hash; rm -rf");
        assertThat(drafts.takeCaptchaNote(kept)).isEmpty();
        drafts.noteCaptcha(kept, "cSAabcDWnBeM");
        drafts.delete(kept);
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aSecondTextBecomesASecondDraftAndReplacingKeepsTheOthers() throws Exception {
        DraftStore drafts = new DraftStore(dir);
        DraftStore.Draft first = drafts.save(7, "第一份");
        DraftStore.Draft second = drafts.save(7, "第二份");
        drafts.save(8, "另一篇文章");
        assertThat(drafts.list(7)).extracting(DraftStore.Draft::text).containsExactly("第一份", "第二份");
        drafts.replace(first, "第一份，改过");
        assertThat(drafts.list(7)).extracting(DraftStore.Draft::text).containsExactly("第一份，改过", "第二份");
        drafts.delete(second);
        assertThat(drafts.list(7)).extracting(DraftStore.Draft::text).containsExactly("第一份，改过");
        assertThat(drafts.newest(8).map(DraftStore.Draft::text)).contains("另一篇文章");
    }

    @Test
    void twoWritersAtOnceLoseNoTextAndLeaveNoTemporaryFile() throws Exception {
        DraftStore one = new DraftStore(dir);
        DraftStore other = new DraftStore(dir);
        List<CompletableFuture<DraftStore.Draft>> saving = IntStream.range(0, 40)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> {
                    try {
                        return (i % 2 == 0 ? one : other).save(3, "文本 " + i + " ".repeat(i * 100) + "完");
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                })).toList();
        saving.forEach(CompletableFuture::join);
        assertThat(one.list(3)).hasSize(40).allMatch(d -> d.text().startsWith("文本 ") && d.text().endsWith("完"));
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void aMarkedDraftRemembersTheNewestCommentSeenAndKeepsItsTextWhenChanged() throws Exception {
        DraftStore drafts = new DraftStore(dir);
        DraftStore.Draft draft = drafts.save(7, "一条评论");
        assertThat(draft.inFlight()).isFalse();
        drafts.markSending(draft, 4242);
        DraftStore.Draft found = drafts.newest(7).orElseThrow();
        assertThat(found.sentAfter()).hasValue(4242);
        DraftStore.Draft changed = drafts.replace(draft, "改过的评论");
        assertThat(changed.id()).as("the text that may be on the site stays").isNotEqualTo(draft.id());
        assertThat(drafts.list(7)).extracting(DraftStore.Draft::text).containsExactly("一条评论", "改过的评论");
        drafts.clearSending(found);
        assertThat(drafts.fresh(found).inFlight()).isFalse();
    }

    @Test
    void aDraftOfAnOlderVersionIsListedNotLost() throws Exception {
        Files.writeString(dir.resolve("article-5.txt"), "旧版本的草稿");
        Files.writeString(dir.resolve("article-5.unconfirmed"), "");
        DraftStore.Draft old = new DraftStore(dir).newest(5).orElseThrow();
        assertThat(old.text()).isEqualTo("旧版本的草稿");
        assertThat(old.sentAfter()).hasValue(0);
    }
}
