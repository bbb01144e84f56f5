package io.github.zirules.excel;

import io.github.zirules.api.Assessment;
import io.github.zirules.api.Evaluator;
import io.github.zirules.api.Instrument;
import io.github.zirules.api.Predikat;
import io.github.zirules.api.ZiRules;
import io.github.zirules.json.ZiJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** The workbook fixtures (copies of the shared domain's, under src/test/resources/workbooks) and the engine. */
final class Fixtures {

    static final String RULESET = "permenpan-rb-90-2021";
    static final Evaluator ZI = ZiRules.evaluator();
    static final Instrument INSTRUMENT = ZI.instrument(RULESET);
    static final LkeReadOptions WBK = LkeReadOptions.defaults().withTarget(Predikat.WBK);

    private Fixtures() {
    }

    static Path resource(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/workbooks/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Assessment json(String name) {
        return ZiJson.create().readAssessment(resource(name)).orElseThrow();
    }

    static LkeImport read(String name, LkeReadOptions options) {
        return LkeWorkbooks.read(resource(name), INSTRUMENT, options);
    }

    static LkeImport read(byte[] bytes, String name, LkeReadOptions options) {
        return LkeWorkbooks.read(new ByteArrayInputStream(bytes), name, INSTRUMENT, options);
    }

    interface Writing {
        void write(java.io.OutputStream out) throws IOException;
    }

    static byte[] bytes(Writing w) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            w.write(out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    static InputStream stream(byte[] b) {
        return new ByteArrayInputStream(b);
    }
}
