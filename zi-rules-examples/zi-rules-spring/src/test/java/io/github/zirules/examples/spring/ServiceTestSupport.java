package io.github.zirules.examples.spring;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The one running service that every HTTP test talks to: the whole application on a random port, called over real
 * HTTP with {@link HttpClient}. Every test class extends this one and declares nothing else, so Spring's test
 * context cache starts the application (and compiles the rule sets) once for the whole module.
 *
 * <p>The service runs with a document limit of {@value #MAX_BYTES} bytes (the examples have about 3,000), so that the
 * 413 answers can be tried with small bodies, with {@value #THREADS} Tomcat threads and a body timeout of
 * {@value #BODY_TIMEOUT_SECONDS} s, so that slow clients can be tried in seconds.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"zirules.max-document-bytes=" + ServiceTestSupport.MAX_BYTES,
            "server.tomcat.threads.max=" + ServiceTestSupport.THREADS,
            "zirules.limits.body-timeout=" + ServiceTestSupport.BODY_TIMEOUT_SECONDS + "s"})
abstract class ServiceTestSupport {

    /** The document limit the service runs with in these tests. */
    static final int MAX_BYTES = 131_072;
    /** Tomcat's worker threads in these tests: few, so that a test can hold more slow clients than threads. */
    static final int THREADS = 8;
    /** How long a request body may take to arrive in these tests. */
    static final int BODY_TIMEOUT_SECONDS = 3;

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @LocalServerPort
    int port;

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    HttpResponse<String> get(String path, String accept) {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).GET().build());
    }

    HttpResponse<String> postJson(String path, byte[] body) {
        return post(path, "application/json", body);
    }

    HttpResponse<String> post(String path, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    /** Posts without a Content-Length: the body goes chunked, so only reading it can find its size. */
    HttpResponse<String> postJsonChunked(String path, byte[] body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build());
    }

    /** Posts an HTML form with a file field {@code assessment} and a field {@code lang}, as a browser does. */
    HttpResponse<String> upload(String fileName, byte[] file, String lang) {
        return uploadTo("/report", fileName, file, lang, null);
    }

    /** Posts the form of {@code path} with a file, a language and, unless null, a target. */
    HttpResponse<String> uploadTo(String path, String fileName, byte[] file, String lang, String target) {
        String boundary = "----zirules" + System.nanoTime();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        write(b, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"lang\"\r\n\r\n" + lang + "\r\n");
        if (target != null) {
            write(b, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"target\"\r\n\r\n" + target
                    + "\r\n");
        }
        write(b, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"assessment\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/json\r\n\r\n");
        b.writeBytes(file);
        write(b, "\r\n--" + boundary + "--\r\n");
        return post(path, "multipart/form-data; boundary=" + boundary, b.toByteArray());
    }

    /** The assessment a result page carries in its download form (the hidden field {@code document}). */
    static String documentOf(String page) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"document\" value=\"([^\"]*)\"")
                .matcher(page);
        if (!m.find()) {
            throw new AssertionError("no download form in the page: " + page);
        }
        return m.group(1).replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    /** Posts the download form with {@code document} as a browser does, asking for {@code format}. */
    HttpResponse<byte[]> download(String document, String format) {
        String boundary = "----zirules-dl";
        String form = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"format\"\r\n\r\n" + format
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"lang\"\r\n\r\nen\r\n--"
                + boundary + "\r\nContent-Disposition: form-data; name=\"document\"\r\n\r\n" + document + "\r\n--"
                + boundary + "--\r\n";
        try {
            return CLIENT.send(HttpRequest.newBuilder(uri("/report/download"))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void write(ByteArrayOutputStream b, String s) {
        b.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A test resource's bytes, e.g. {@code examples/random-1001-00.json}. */
    static byte[] resource(String name) {
        try (InputStream in = ServiceTestSupport.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
