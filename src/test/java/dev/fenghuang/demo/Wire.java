package dev.fenghuang.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Requests written byte for byte over a plain socket, and the answer's bytes exactly as they came. */
final class Wire {
    /** How the answer's bytes ended. */
    enum End { EOF, RESET, TIMEOUT }

    /** The bytes that came, and how they stopped. */
    record Answer(byte[] bytes, End end) {
        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        int headEnd() {
            String t = new String(bytes, StandardCharsets.ISO_8859_1);
            int i = t.indexOf("\r\n\r\n");
            return i < 0 ? -1 : i + 4;
        }

        String head() {
            int end = headEnd();
            return new String(bytes, 0, end < 0 ? bytes.length : end, StandardCharsets.ISO_8859_1);
        }

        int status() {
            String head = head();
            return head.startsWith("HTTP/1.1 ") ? Integer.parseInt(head.substring(9, 12)) : -1;
        }

        List<String> headers(String name) {
            List<String> values = new ArrayList<>();
            for (String line : head().split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
                    values.add(line.substring(colon + 1).strip());
                }
            }
            return values;
        }

        String header(String name) {
            List<String> values = headers(name);
            return values.isEmpty() ? "" : values.get(0);
        }

        /** The bytes after the head, as sent (not de-chunked, not un-gzipped). */
        byte[] body() {
            int end = headEnd();
            return end < 0 ? new byte[0] : Arrays.copyOfRange(bytes, end, bytes.length);
        }
    }

    private Wire() {
    }

    static String get(DemoPortal portal, String target) {
        return "GET /" + target + " HTTP/1.1\r\nHost: " + portal.baseUrl().getAuthority() + "\r\nUser-Agent: "
                + Fetch.DESKTOP_UA + "\r\nConnection: close\r\n\r\n";
    }

    /** A form POST with a browser's cookies; the form is already encoded. */
    static String post(DemoPortal portal, String target, Map<String, String> cookies, String form) {
        StringBuilder cookie = new StringBuilder();
        cookies.forEach((k, v) -> cookie.append(cookie.length() == 0 ? "" : "; ").append(k).append('=').append(v));
        return "POST /" + target + " HTTP/1.1\r\nHost: " + portal.baseUrl().getAuthority() + "\r\nUser-Agent: "
                + Fetch.DESKTOP_UA + "\r\nCookie: " + cookie + "\r\nContent-Type: application/x-www-form-urlencoded"
                + "\r\nContent-Length: " + form.getBytes(StandardCharsets.US_ASCII).length
                + "\r\nConnection: close\r\n\r\n" + form;
    }

    /** Sends the request and reads until the server closes, resets, or {@code patience} passes without a byte. */
    static Answer send(DemoPortal portal, String request, Duration patience) {
        return send(portal, request, patience, Long.MAX_VALUE);
    }

    /** Like {@link #send(DemoPortal, String, Duration)}, stopping after {@code limit} bytes. */
    static Answer send(DemoPortal portal, String request, Duration patience, long limit) {
        try (Socket socket = new Socket(portal.baseUrl().getHost(), portal.baseUrl().getPort())) {
            socket.setSoTimeout((int) patience.toMillis());
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            return read(socket.getInputStream(), limit);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Answer read(InputStream in, long limit) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            while (bytes.size() < limit) {
                int n = in.read(buffer);
                if (n < 0) {
                    return new Answer(bytes.toByteArray(), End.EOF);
                }
                bytes.write(buffer, 0, n);
            }
            return new Answer(bytes.toByteArray(), End.TIMEOUT);
        } catch (SocketTimeoutException e) {
            return new Answer(bytes.toByteArray(), End.TIMEOUT);
        } catch (SocketException e) {
            return new Answer(bytes.toByteArray(), End.RESET);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
