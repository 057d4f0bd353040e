package nl.beroepsregister.document.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The clamd client against a peer in the test that speaks clamd's side of the protocol, byte for byte: what the
 * client sends, and what it makes of each kind of answer. {@code VirusScanIT} runs the register against a real clamd.
 */
@DisplayName("The ClamAV daemon's INSTREAM protocol")
class ClamdTest {

    private static final Duration TIMEOUT = Duration.ofMillis(700);

    private ServerSocket peer;
    private final List<Integer> chunks = new ArrayList<>();
    private final ByteArrayOutputStream received = new ByteArrayOutputStream();
    private String command;

    @AfterEach
    void stopPeer() throws IOException {
        if (peer != null) {
            peer.close();
        }
    }

    /** A clamd that reads one request and answers what the function makes of the content (null: no answer). */
    private Clamd clamd(Function<byte[], String> answer) throws IOException {
        peer = new ServerSocket(0);
        CompletableFuture.runAsync(() -> {
            try (Socket connection = peer.accept()) {
                DataInputStream in = new DataInputStream(connection.getInputStream());
                ByteArrayOutputStream word = new ByteArrayOutputStream();
                int b;
                while ((b = in.read()) > 0) {
                    word.write(b);
                }
                command = word.toString(StandardCharsets.US_ASCII);
                if (command.equals("zINSTREAM")) {
                    int length;
                    while ((length = in.readInt()) > 0) {
                        chunks.add(length);
                        received.write(in.readNBytes(length));
                    }
                }
                String reply = answer.apply(received.toByteArray());
                if (reply == null) {
                    Thread.sleep(TIMEOUT.toMillis() * 5);
                    return;
                }
                OutputStream out = connection.getOutputStream();
                out.write((reply + "\0").getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException | InterruptedException e) {
                // the test is over
            }
        });
        return new Clamd("127.0.0.1", peer.getLocalPort(), TIMEOUT);
    }

    @Test
    @DisplayName("sends the file in chunks of at most 64 KiB, each after its length, and a zero length at the end")
    void sendsChunks() throws IOException {
        byte[] content = new byte[Clamd.CHUNK * 2 + 1234];
        new Random(7).nextBytes(content);

        assertThat(clamd(bytes -> "stream: OK").scan(content)).isEmpty();

        assertThat(command).isEqualTo("zINSTREAM");
        assertThat(chunks).containsExactly(Clamd.CHUNK, Clamd.CHUNK, 1234);
        assertThat(received.toByteArray()).isEqualTo(content);
    }

    @Test
    @DisplayName("\"stream: OK\" is clean; \"stream: <name> FOUND\" names what was found")
    void verdicts() throws IOException {
        byte[] eicar = "X5O!P%@AP".getBytes(StandardCharsets.US_ASCII);
        assertThat(clamd(bytes -> "stream: Win.Test.EICAR_HDB-1 FOUND").scan(eicar)).contains("Win.Test.EICAR_HDB-1");
        assertThat(received.toByteArray()).isEqualTo(eicar);
    }

    @Test
    @DisplayName("an error answer, no answer, a hanging or an absent daemon are failures, within the time limit")
    void failures() throws IOException {
        byte[] content = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> clamd(bytes -> "INSTREAM size limit exceeded. ERROR").scan(content))
                .isInstanceOf(IOException.class).hasMessageContaining("size limit exceeded");
        stopPeer();
        assertThatThrownBy(() -> clamd(bytes -> "").scan(content)).isInstanceOf(IOException.class)
                .hasMessageContaining("no answer");
        stopPeer();

        long start = System.nanoTime();
        assertThatThrownBy(() -> clamd(bytes -> null).scan(content)).isInstanceOf(IOException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(TIMEOUT.multipliedBy(3));
        stopPeer();

        int free;
        try (ServerSocket probe = new ServerSocket(0)) {
            free = probe.getLocalPort();
        }
        assertThatThrownBy(() -> new Clamd("127.0.0.1", free, TIMEOUT).scan(content)).isInstanceOf(IOException.class);
    }

    @Test
    @DisplayName("a daemon that stops reading halfway is given up on at the time limit")
    void stopsReading() throws IOException {
        peer = new ServerSocket(0);
        CompletableFuture.runAsync(() -> {
            try (Socket connection = peer.accept()) {
                TimeUnit.MILLISECONDS.sleep(TIMEOUT.toMillis() * 5);
            } catch (IOException | InterruptedException e) {
                // the test is over
            }
        });
        byte[] large = new byte[8 * 1024 * 1024];
        long start = System.nanoTime();
        assertThatThrownBy(() -> new Clamd("127.0.0.1", peer.getLocalPort(), TIMEOUT).scan(large))
                .isInstanceOf(IOException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(TIMEOUT.multipliedBy(3));
    }

    @Test
    @DisplayName("PING is answered with PONG by a daemon that is up, and not by one that is not")
    void ping() throws IOException {
        assertThat(clamd(bytes -> "PONG").ping()).isTrue();
        assertThat(command).isEqualTo("zPING");
        stopPeer();
        assertThat(clamd(bytes -> "nonsense").ping()).isFalse();
    }
}
