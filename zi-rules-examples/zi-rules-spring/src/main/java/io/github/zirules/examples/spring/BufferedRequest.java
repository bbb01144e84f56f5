package io.github.zirules.examples.spring;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.Part;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.catalina.core.ApplicationPart;
import org.apache.tomcat.util.http.fileupload.FileItem;
import org.apache.tomcat.util.http.fileupload.FileUpload;
import org.apache.tomcat.util.http.fileupload.FileUploadException;
import org.apache.tomcat.util.http.fileupload.UploadContext;
import org.apache.tomcat.util.http.fileupload.disk.DiskFileItemFactory;

/**
 * A request whose body {@link RequestBodyFilter} has already read into memory: {@link #getInputStream()} and the
 * multipart parts are served from those bytes, so no thread ever waits for the client's network again.
 *
 * <p>The parts are parsed by Tomcat's own multipart parser (the one behind {@code HttpServletRequest.getParts()}),
 * given the buffered bytes instead of the socket; they stay in memory.
 */
final class BufferedRequest extends HttpServletRequestWrapper {

    private final RequestBodyFilter.Body body;
    /** The largest form field kept as a parameter (a language, a target): larger ones are left out. */
    private static final int MAX_FIELD_BYTES = 4096;

    private List<Part> parts;
    private Map<String, String[]> parameters;

    BufferedRequest(HttpServletRequest request, RequestBodyFilter.Body body) {
        super(request);
        this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
        return new BytesInputStream(body.bytes());
    }

    @Override
    public BufferedReader getReader() {
        return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }

    @Override
    public Collection<Part> getParts() throws IOException {
        if (parts == null) {
            parts = parse();
        }
        return parts;
    }

    @Override
    public Part getPart(String name) throws IOException {
        return getParts().stream().filter(p -> p.getName().equals(name)).findFirst().orElse(null);
    }

    /**
     * The query's parameters and, in a multipart form, its text fields, as Tomcat gives them when it reads the form
     * itself (here it cannot: the body was read before).
     */
    @Override
    public Map<String, String[]> getParameterMap() {
        if (parameters == null) {
            Map<String, List<String>> all = new LinkedHashMap<>();
            super.getParameterMap().forEach((k, v) -> all.computeIfAbsent(k, x -> new ArrayList<>())
                    .addAll(List.of(v)));
            String type = getContentType();
            if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data") && !body.truncated()) {
                try {
                    for (Part p : getParts()) {
                        if (p.getSubmittedFileName() == null && p.getSize() <= MAX_FIELD_BYTES) {
                            all.computeIfAbsent(p.getName(), x -> new ArrayList<>()).add(
                                    new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
                        }
                    }
                } catch (IOException | IllegalStateException e) {
                    // an unreadable form has no fields; the controller reports the missing file
                }
            }
            Map<String, String[]> m = new LinkedHashMap<>();
            all.forEach((k, v) -> m.put(k, v.toArray(String[]::new)));
            parameters = Collections.unmodifiableMap(m);
        }
        return parameters;
    }

    @Override
    public String getParameter(String name) {
        String[] v = getParameterMap().get(name);
        return v == null || v.length == 0 ? null : v[0];
    }

    @Override
    public String[] getParameterValues(String name) {
        String[] v = getParameterMap().get(name);
        return v == null ? null : v.clone();
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(getParameterMap().keySet());
    }

    private List<Part> parse() throws IOException {
        if (body.truncated()) {
            // Spring reads "size" and "exceed" in a failed parse as MaxUploadSizeExceededException: the 413 page.
            throw new IllegalStateException("the request size exceeds the configured limit of " + body.limit()
                    + " bytes");
        }
        FileUpload upload = new FileUpload();
        upload.setFileItemFactory(new DiskFileItemFactory(body.bytes().length + 1, null));
        upload.setFileCountMax(16);
        UploadContext context = new UploadContext() {
            @Override
            public long contentLength() {
                return body.bytes().length;
            }

            @Override
            public String getCharacterEncoding() {
                return BufferedRequest.this.getCharacterEncoding();
            }

            @Override
            public String getContentType() {
                return BufferedRequest.this.getContentType();
            }

            @Override
            public InputStream getInputStream() {
                return new ByteArrayInputStream(body.bytes());
            }
        };
        try {
            List<Part> result = new ArrayList<>();
            for (FileItem item : upload.parseRequest(context)) {
                result.add(new ApplicationPart(item, null));
            }
            return List.copyOf(result);
        } catch (FileUploadException e) {
            throw new IOException("the multipart form cannot be read: " + e.getMessage(), e);
        }
    }

    /** A servlet input stream over bytes in memory: always ready, never blocks. */
    private static final class BytesInputStream extends ServletInputStream {

        private final ByteArrayInputStream in;

        BytesInputStream(byte[] bytes) {
            this.in = new ByteArrayInputStream(bytes);
        }

        @Override
        public int read() {
            return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
            return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
            return in.available() == 0;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
            throw new IllegalStateException("the body is already in memory; read it directly");
        }
    }
}
