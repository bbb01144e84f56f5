package io.github.zirules.examples.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The service under slow clients and odd requests: it keeps answering, and every refusal is a problem. */
@ExtendWith(OutputCaptureExtension.class)
class StaysUpTest extends ServiceTestSupport {

    private static final byte[] EXAMPLE = resource("examples/random-1001-00.json");

    @Value("${server.address}")
    String address;

    @Test
    void slowClientsBeyondEveryWorkerThreadLeaveNormalRequestsAnsweredWithinASecond() throws IOException {
        postJson("/api/evaluations", EXAMPLE); // warm
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < THREADS * 4; i++) {
                slow.add(slowClient(i % 2 == 0 ? "/api/evaluations" : "/report"));
            }
            long start = System.nanoTime();
            HttpResponse<String> scored = postJson("/api/evaluations", EXAMPLE);
            HttpResponse<String> listed = get("/api/rulesets", "application/json");
            long millis = (System.nanoTime() - start) / 1_000_000;

            assertEquals(200, scored.statusCode(), scored.body());
            assertEquals(200, listed.statusCode(), listed.body());
            assertTrue(millis < 1000, "answered in " + millis + " ms while " + slow.size() + " clients hold bodies");
        } finally {
            for (Socket s : slow) {
                s.close();
            }
        }
    }

    @Test
    void aBodyThatDoesNotArriveInTimeIsAnswered408AsAProblem() throws IOException {
        try (Socket s = slowClient("/api/evaluations")) {
            s.setSoTimeout((BODY_TIMEOUT_SECONDS + 5) * 1000);
            String answer = new String(readAll(s.getInputStream()), StandardCharsets.UTF_8);

            assertTrue(answer.startsWith("HTTP/1.1 408"), answer);
            assertTrue(answer.contains("\"BODY_TIMEOUT\""), answer);
        }
    }

    @Test
    void traceIsRefusedWith405AndAllowInTheProblemsFormat() throws IOException {
        String answer = raw("TRACE /api/rulesets HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");

        assertTrue(answer.startsWith("HTTP/1.1 405"), answer);
        assertTrue(answer.toLowerCase().contains("\nallow:"), answer);
        assertTrue(answer.contains("\"problems\""), answer);
    }

    @Test
    void aWrongMethodIs405WithAllow() {
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/api/evaluations")).GET().build());

        assertEquals(405, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Allow").orElse("").contains("POST"), r.headers().toString());
        assertTrue(r.body().contains("METHOD_NOT_ALLOWED"), r.body());
    }

    @Test
    void webInfAndTheErrorPathAreNotFoundProblemsNever500() {
        for (String path : List.of("/WEB-INF/web.xml", "/error", "/META-INF/MANIFEST.MF")) {
            HttpResponse<String> r = get(path, "application/json");

            assertEquals(404, r.statusCode(), path + ": " + r.body());
            assertTrue(r.body().contains("\"NOT_FOUND\""), path + ": " + r.body());
        }
    }

    @Test
    void aDocumentDeclaredUtf16IsRefusedWith415RatherThanReadAsUtf8() {
        HttpResponse<String> r = post("/api/evaluations", "application/json; charset=UTF-16",
                new String(EXAMPLE, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16));

        assertEquals(415, r.statusCode(), r.body());
        assertTrue(r.body().contains("CHARSET_UNSUPPORTED"), r.body());
    }

    @Test
    void aRefusedRequestIsLoggedOnceWithReasonAndSizeButNotItsContent(CapturedOutput output)
            throws InterruptedException {
        byte[] secret = "{\"format\": \"rahasia-negara\" ".getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> r = postJson("/api/evaluations", secret);

        assertEquals(400, r.statusCode());
        List<String> lines = List.of();
        long until = System.nanoTime() + 5_000_000_000L; // the line is written once the answer has gone out
        while (lines.isEmpty() && System.nanoTime() < until) {
            Thread.sleep(20);
            lines = output.getAll().lines().filter(l -> l.contains("refused POST /api/evaluations with 400"))
                    .toList();
        }
        assertEquals(1, lines.size(), output.getAll());
        assertTrue(lines.get(0).contains("(JSON_") && lines.get(0).contains(secret.length + " bytes"),
                lines.get(0));
        assertFalse(output.getAll().contains("rahasia-negara"), "the content is never logged");
    }

    @Test
    void theServiceListensOnThisMachineOnlyUnlessConfigured() {
        assertEquals("127.0.0.1", address);
    }

    /** A client that sends the headers and one byte of a 3,000-byte body, then nothing. */
    private Socket slowClient(String path) throws IOException {
        Socket s = new Socket(InetAddress.getLoopbackAddress(), port);
        OutputStream out = s.getOutputStream();
        String type = path.equals("/report") ? "multipart/form-data; boundary=x" : "application/json";
        out.write(("POST " + path + " HTTP/1.1\r\nHost: x\r\nContent-Type: " + type
                + "\r\nContent-Length: 3000\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return s;
    }

    private String raw(String request) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            s.getOutputStream().flush();
            return new String(readAll(s.getInputStream()), StandardCharsets.UTF_8);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        return in.readAllBytes();
    }
}
