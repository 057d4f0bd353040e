package nl.beroepsregister.document.control;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A client of ClamAV's daemon, clamd, over TCP with its INSTREAM command: the file is sent in chunks, each preceded
 * by its length as four bytes in network order, ended by a chunk of length zero; clamd answers {@code stream: OK} or
 * {@code stream: <signature> FOUND}, ended by a zero byte. The whole exchange — connecting, sending, scanning and
 * answering — must finish within the time limit, or the connection is closed: a clamd that hangs never holds up an
 * upload for longer than that.
 */
public final class Clamd {

    static final int CHUNK = 64 * 1024;
    private static final int MAX_REPLY = 4096;
    private static final String OK = "stream: OK";
    private static final String FOUND = " FOUND";

    private final String host;
    private final int port;
    private final Duration timeout;

    public Clamd(String host, int port, Duration timeout) {
        this.host = host;
        this.port = port;
        this.timeout = timeout;
    }

    /**
     * Scans the content: empty when clamd finds nothing, else the name of the signature it found.
     *
     * @throws IOException when clamd cannot be reached in time, breaks off, or answers anything but a verdict
     */
    public Optional<String> scan(byte[] content) throws IOException {
        Socket socket = new Socket();
        CompletableFuture<Void> deadline = CompletableFuture.runAsync(() -> close(socket),
                CompletableFuture.delayedExecutor(timeout.toMillis(), TimeUnit.MILLISECONDS));
        try (socket) {
            socket.connect(new InetSocketAddress(host, port), (int) Math.max(1, timeout.toMillis()));
            socket.setSoTimeout((int) Math.max(1, timeout.toMillis()));
            OutputStream out = new BufferedOutputStream(socket.getOutputStream(), CHUNK + 4);
            out.write("zINSTREAM\0".getBytes(StandardCharsets.US_ASCII));
            for (int offset = 0; offset < content.length; offset += CHUNK) {
                int length = Math.min(CHUNK, content.length - offset);
                out.write(length(length));
                out.write(content, offset, length);
            }
            out.write(length(0));
            out.flush();
            return verdict(reply(socket.getInputStream()));
        } catch (IOException e) {
            if (deadline.isDone() && !deadline.isCancelled()) {
                throw new IOException("clamd at " + host + ":" + port + " did not answer within " + timeout, e);
            }
            throw e;
        } finally {
            deadline.cancel(false);
        }
    }

    /** Whether clamd answers its PING, within the time limit. */
    public boolean ping() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), (int) Math.max(1, timeout.toMillis()));
            socket.setSoTimeout((int) Math.max(1, timeout.toMillis()));
            socket.getOutputStream().write("zPING\0".getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return "PONG".equals(reply(socket.getInputStream()));
        } catch (IOException e) {
            return false;
        }
    }

    static Optional<String> verdict(String reply) throws IOException {
        if (reply.equals(OK)) {
            return Optional.empty();
        }
        if (reply.startsWith("stream: ") && reply.endsWith(FOUND)) {
            String signature = reply.substring("stream: ".length(), reply.length() - FOUND.length()).strip();
            return Optional.of(signature.isEmpty() ? "unknown" : signature);
        }
        throw new IOException("clamd did not give a verdict: " + (reply.isEmpty() ? "no answer" : reply));
    }

    private static String reply(InputStream in) throws IOException {
        ByteArrayOutputStream reply = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) > 0 && reply.size() < MAX_REPLY) {
            reply.write(b);
        }
        return reply.toString(StandardCharsets.US_ASCII).strip();
    }

    private static byte[] length(int length) {
        return new byte[] {(byte) (length >>> 24), (byte) (length >>> 16), (byte) (length >>> 8), (byte) length};
    }

    private static void close(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // closed already
        }
    }
}
