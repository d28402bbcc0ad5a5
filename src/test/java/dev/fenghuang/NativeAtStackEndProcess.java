package dev.fenghuang;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import javax.imageio.ImageIO;
import org.sqlite.jdbc4.JDBC4Connection;

/**
 * A child JVM for {@link StackShadowTest}: it recurses until its stack overflows, then, from the deepest frame that
 * still has room for the Java calls, runs the native code a reader runs (SQLite, zlib, the JPEG decoder, a socket
 * write, a file write). The JVM lets Java code call into native code only with its shadow zone of stack left; native
 * code that needs more runs into the guard pages and the JVM dies. It prints how many native rounds it ran.
 * {@code -Dnest=N} adds a SQLite expression nested N deep, whose native stack grows with N: the proof that the work
 * runs at the stack's end.
 */
public final class NativeAtStackEndProcess {
    private static final int ROUNDS = 3;

    private final Connection sqlite;
    private final byte[] gzip;
    private final byte[] jpeg;
    private final Socket socket;
    private final Path file;
    private int rounds;

    private NativeAtStackEndProcess(Path dir, Socket socket) throws IOException, SQLException {
        Path db = dir.resolve("probe.db");
        this.sqlite = new JDBC4Connection("jdbc:sqlite:" + db, db.toString(), new Properties());
        try (Statement s = sqlite.createStatement()) {
            s.execute("CREATE TABLE page (k TEXT PRIMARY KEY, v BLOB)");
        }
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (OutputStream z = new GZIPOutputStream(zipped)) {
            z.write("凤凰山下社区 ".repeat(4_000).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        this.gzip = zipped.toByteArray();
        BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 240; y++) {
            for (int x = 0; x < 320; x++) {
                image.setRGB(x, y, x * 31 ^ y * 17);
            }
        }
        ByteArrayOutputStream encoded = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", encoded);
        this.jpeg = encoded.toByteArray();
        this.socket = socket;
        this.file = dir.resolve("probe.bin");
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("stack-end");
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             Socket out = new Socket(server.getInetAddress(), server.getLocalPort());
             Socket in = server.accept()) {
            Thread drain = new Thread(() -> drain(in), "drain");
            drain.setDaemon(true);
            drain.start();
            NativeAtStackEndProcess probe = new NativeAtStackEndProcess(dir, out);
            probe.nativeWork(0); // its classes loaded and initialized at a normal depth
            probe.rounds = 0;
            for (int i = 0; i < ROUNDS; i++) {
                probe.descend(0);
            }
            System.out.println("native rounds at the stack's end: " + probe.rounds);
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : (Iterable<Path>) files::iterator) {
                    Files.delete(p);
                }
            }
            Files.delete(dir);
        }
    }

    private static void drain(Socket in) {
        byte[] buffer = new byte[65_536];
        try (InputStream s = in.getInputStream()) {
            while (s.read(buffer) >= 0) {
                // read to keep the writer's socket buffer from filling
            }
        } catch (IOException e) {
            // the probe closed the socket
        }
    }

    /** Recurses until the stack overflows; the native work runs from the deepest frame where it fits. */
    private int descend(int depth) {
        try {
            return descend(depth + 1);
        } catch (StackOverflowError overflow) {
            nativeWork(depth); // another overflow goes up one frame, to try again with a little more room
            return depth;
        }
    }

    private void nativeWork(int depth) {
        try {
            try (PreparedStatement put = sqlite.prepareStatement("INSERT OR REPLACE INTO page VALUES (?, ?)")) {
                put.setString(1, "k" + depth % 7);
                put.setBytes(2, gzip);
                put.executeUpdate();
            }
            try (Statement s = sqlite.createStatement();
                 ResultSet r = s.executeQuery("SELECT k, length(v) FROM page ORDER BY k")) {
                while (r.next()) {
                    r.getString(1);
                }
            }
            try (InputStream z = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
                z.readAllBytes();
            }
            if (ImageIO.read(new ByteArrayInputStream(jpeg)) == null) {
                throw new IllegalStateException("the JPEG did not decode");
            }
            int nest = Integer.getInteger("nest", 0);
            if (nest > 0) {
                try (Statement s = sqlite.createStatement();
                     ResultSet r = s.executeQuery("SELECT " + "1+(".repeat(nest) + "1" + ")".repeat(nest))) {
                    r.next();
                }
            }
            socket.getOutputStream().write(gzip);
            Files.write(file, gzip);
            rounds++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
