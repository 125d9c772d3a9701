package org.dictum.it.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Plain HTTP/1.1 requests sent from a chosen loopback address (127.0.0.2, 127.0.0.3, …), so that
 * the server sees different client addresses: what per-address login throttling is about. The
 * JDK's HttpClient cannot choose its local address.
 */
public final class LoopbackClient {

    private final String localAddress;
    private final URL base;

    public LoopbackClient(URL base, String localAddress) {
        this.base = base;
        this.localAddress = localAddress;
    }

    /** Status, lower-case header names, and the body as far as it was read. */
    public record RawReply(int status, Map<String, String> headers, String body) {
    }

    /** {@code POST /api/tokens} with HTTP Basic credentials. */
    public RawReply issueToken(String user, String password) {
        String body = "{\"name\":\"throttle test\",\"scopes\":[\"read\"]}";
        String request = "POST /api/tokens HTTP/1.1\r\n"
                + "Host: " + base.getHost() + ":" + base.getPort() + "\r\n"
                + "Authorization: " + HttpApi.basic(user, password) + "\r\n"
                + "Content-Type: application/json\r\n"
                + "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n"
                + "Connection: close\r\n\r\n" + body;
        return send(request);
    }

    /**
     * A request sent exactly as given, for what the JDK's HttpClient refuses to send, such as a NUL character in a
     * header; with {@code Host}, {@code Content-Length} (of a body, null for none) and {@code Connection: close} added.
     */
    public RawReply send(String method, String path, Map<String, String> headers, String body) {
        StringBuilder request = new StringBuilder(method + " /" + path + " HTTP/1.1\r\n")
                .append("Host: ").append(base.getHost()).append(':').append(base.getPort()).append("\r\n");
        headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
        if (body != null) {
            request.append("Content-Length: ").append(body.getBytes(StandardCharsets.UTF_8).length).append("\r\n");
        }
        return send(request.append("Connection: close\r\n\r\n").append(body == null ? "" : body).toString());
    }

    private RawReply send(String request) {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(localAddress, 0));
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 10_000);
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            return parse(readAll(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        in.transferTo(bytes);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static RawReply parse(String response) {
        int end = response.indexOf("\r\n\r\n");
        String[] head = response.substring(0, end < 0 ? response.length() : end).split("\r\n");
        int status = Integer.parseInt(head[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < head.length; i++) {
            int colon = head[i].indexOf(':');
            headers.put(head[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), head[i].substring(colon + 1).strip());
        }
        return new RawReply(status, headers, end < 0 ? "" : response.substring(end + 4));
    }
}
