package dev.fenghuang.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditLogTest {
    @TempDir
    Path dir;

    private static AuditLog.Entry entry(long cid, String action) {
        return new AuditLog.Entry("2026-11-28T18:00:00+08:00", "admin", "http://127.0.0.1:8080/", cid, 1, action,
                "审核测试：一条评论\n第二行", "applied", "");
    }

    @Test
    void appendsOneJsonLinePerDecisionToAPrivateFile() throws Exception {
        AuditLog log = new AuditLog(dir.resolve("state/moderation-audit.jsonl"));
        log.append(List.of(entry(7, "approve"), entry(8, "delete")));
        log.append(List.of(entry(9, "ignore")));
        List<String> lines = Files.readAllLines(log.file());
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("{").contains("\"cid\":7").contains("\"action\":\"approve\"")
                .contains("审核测试：一条评论\\n第二行");
        assertThat(log.read()).extracting(AuditLog.Entry::cid).containsExactly(7L, 8L, 9L);
        assertThat(Files.getPosixFilePermissions(log.file()))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }

    @Test
    void concurrentAppendsNeverInterleaveALine() throws Exception {
        AuditLog log = new AuditLog(dir.resolve("audit.jsonl"));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 200; i++) {
            long cid = i;
            pool.submit(() -> {
                log.append(List.of(entry(cid, "delete")));
                return null;
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(20, TimeUnit.SECONDS)).isTrue();
        assertThat(log.read()).hasSize(200);
    }

    @Test
    void skipsALineCutShortByACrash() throws Exception {
        AuditLog log = new AuditLog(dir.resolve("audit.jsonl"));
        log.append(List.of(entry(1, "approve")));
        Files.writeString(log.file(), "{\"cid\":2,\"acti", java.nio.file.StandardOpenOption.APPEND);
        assertThat(log.read()).extracting(AuditLog.Entry::cid).containsExactly(1L);
    }

    @Test
    void aCommentLineKeepsItsFieldsAndAForumLineNamesItsThreadPostAndBoard() throws Exception {
        AuditLog log = new AuditLog(dir.resolve("audit.jsonl"));
        log.append(List.of(entry(7, "approve"), AuditLog.Entry.forum("2026-12-06T18:00:00+08:00", "admin",
                "http://127.0.0.1:8080/", 1, 1075, 2, "approve-reply", "审核测试", "applied", "")));
        List<String> lines = Files.readAllLines(log.file());
        assertThat(lines.get(0)).contains("\"cid\":7", "\"aid\":1").doesNotContain("tid", "pid", "fid");
        assertThat(lines.get(1)).contains("\"tid\":1", "\"pid\":1075", "\"fid\":2").doesNotContain("cid", "aid");
        AuditLog.Entry reply = log.read().get(1);
        assertThat(reply.cid()).isNull();
        assertThat(reply.tid()).isEqualTo(1L);
        assertThat(reply.pid()).isEqualTo(1075L);
        assertThat(reply.fid()).isEqualTo(2);
    }

    @Test
    void aForumLineWrittenBeforeItsOwnFieldsIsStillRead() throws Exception {
        AuditLog log = new AuditLog(dir.resolve("audit.jsonl"));
        Files.writeString(log.file(), "{\"time\":\"2026-12-06T18:00:00+08:00\",\"moderator\":\"admin\",\"site\":\"x\","
                + "\"cid\":159,\"aid\":null,\"action\":\"ignore-thread\",\"text\":\"t\",\"result\":\"sent\",\"detail\":\"\"}\n");
        AuditLog.Entry old = log.read().get(0);
        assertThat(old.cid()).isEqualTo(159L);
        assertThat(old.tid()).isNull();
    }
}
