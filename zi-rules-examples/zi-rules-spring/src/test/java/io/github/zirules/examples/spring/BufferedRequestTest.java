package io.github.zirules.examples.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.Part;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** A body read into memory serves the input stream and the multipart parts. */
class BufferedRequestTest {

    private static final String FORM = "--b\r\nContent-Disposition: form-data; name=\"lang\"\r\n\r\nen\r\n"
            + "--b\r\nContent-Disposition: form-data; name=\"assessment\"; filename=\"a.json\"\r\n"
            + "Content-Type: application/json\r\n\r\n{\"x\": 1}\r\n--b--\r\n";

    @Test
    void theMultipartPartsAreParsedFromTheBufferedBody() throws Exception {
        MockHttpServletRequest r = new MockHttpServletRequest("POST", "/report");
        r.setContentType("multipart/form-data; boundary=b");
        byte[] bytes = FORM.getBytes(StandardCharsets.UTF_8);

        BufferedRequest b = new BufferedRequest(r, new RequestBodyFilter.Body(bytes, false, 1000));
        Part file = b.getPart("assessment");

        assertEquals("a.json", file.getSubmittedFileName());
        assertEquals("{\"x\": 1}", new String(file.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        assertEquals(2, b.getParts().size());
    }

    @Test
    void aTruncatedBodyIsRefusedAsTooLargeInTheWordsSpringTurnsInto413() {
        MockHttpServletRequest r = new MockHttpServletRequest("POST", "/report");
        r.setContentType("multipart/form-data; boundary=b");

        BufferedRequest b = new BufferedRequest(r, new RequestBodyFilter.Body(new byte[11], true, 10));

        IllegalStateException e = assertThrows(IllegalStateException.class, b::getParts);
        assertTrue(e.getMessage().contains("size") && e.getMessage().contains("exceed"), e.getMessage());
    }
}
