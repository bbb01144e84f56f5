package io.github.zirules.engine.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.base.util.Drools;
import org.kie.api.definition.KiePackage;

/**
 * A built-in rule set compiled when the engine is built ({@link Precompiler}), so that starting an evaluator needs
 * neither the DRL parser nor the Java compiler: the compiled packages of a rule-set folder on the class path, stored
 * beside its files as {@value #FILE}. Used only when its header names the exact SHA-256 of the rule set's files and the
 * Drools version in use; anything else (a changed file, another Drools, a rule set on disk, a damaged file) is
 * compiled from the DRL as always. Only class-path folders are read: the file is as trusted as the engine's classes.
 */
final class PrecompiledRuleSet {

    /** The file name, in the rule-set folder on the class path. */
    static final String FILE = "precompiled.kbase";
    private static final String MAGIC = "zi-rules-precompiled/1";

    private PrecompiledRuleSet() {
    }

    /** The packages stored for exactly this content; null if there are none for it (then compile the DRL). */
    static Collection<KiePackage> read(RuleSetSource source, String sha256) {
        if (!source.location().startsWith("classpath:")) {
            return null;
        }
        byte[] bytes;
        try {
            bytes = source.read(FILE);
        } catch (IOException missing) {
            return null;
        }
        String header = header(sha256);
        byte[] expected = header.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < expected.length || !new String(bytes, 0, expected.length, StandardCharsets.UTF_8)
                .equals(header)) {
            return null;
        }
        try {
            return readPackages(new ByteArrayInputStream(bytes, expected.length, bytes.length - expected.length));
        } catch (IOException | ClassNotFoundException | RuntimeException unreadable) {
            return null;
        }
    }

    /** The file's bytes for a compiled rule set. */
    static byte[] write(CompiledRuleSet rs) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(header(rs.info().sha256()).getBytes(StandardCharsets.UTF_8));
        writePackages(rs.kieBase().getKiePackages(), out);
        return out.toByteArray();
    }

    /** Writes compiled packages (their rules, the classes of their consequences) as Drools serializes them. */
    static void writePackages(Collection<KiePackage> packages, OutputStream out) throws IOException {
        try (ObjectOutputStream o = new DroolsObjectOutputStream(out)) {
            o.writeObject(new ArrayList<>(packages));
        }
    }

    /** Reads packages written by {@link #writePackages}: new objects, shared with nothing. */
    static List<KiePackage> readPackages(InputStream in) throws IOException, ClassNotFoundException {
        try (ObjectInputStream o = new DroolsObjectInputStream(in, PrecompiledRuleSet.class.getClassLoader())) {
            List<KiePackage> packages = new ArrayList<>();
            for (Object p : (Collection<?>) o.readObject()) {
                packages.add((KiePackage) p);
            }
            return packages;
        }
    }

    private static String header(String sha256) {
        return MAGIC + "\n" + sha256 + "\ndrools " + Drools.getFullVersion() + "\n";
    }
}
