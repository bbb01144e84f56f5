package io.github.zirules.policy;

import io.github.zirules.api.UnknownRuleSetException;
import io.github.zirules.engine.internal.RuleSetCatalog;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The rule sets built into the engine jar (<i>aturan bawaan</i>), as folders that policy staff can start from: copy
 * one, edit its DRL files, then {@code zi-rules validate} and {@code zi-rules test} the copy (see
 * {@code docs/policy/README.md}). The copy is byte for byte what the engine runs, so an unedited copy loads with the
 * same SHA-256 as the built-in rule set, and its {@code tests/} scenarios pass.
 *
 * <p>Each built-in folder lists its files in {@value #LISTING}, one path a line relative to the folder (a jar cannot
 * list a folder); a test of the engine keeps that list equal to the folder.
 */
public final class BuiltInRuleSets {

    /** The file in each built-in rule-set folder that lists the folder's files, one relative path a line. */
    public static final String LISTING = "FILES";

    private BuiltInRuleSets() {
    }

    /** The ids of the built-in rule sets, e.g. {@code permenpan-rb-90-2021}. */
    public static List<String> ids() {
        return RuleSetCatalog.builtInIds(loader());
    }

    /**
     * The files of built-in rule set {@code id}, as paths relative to its folder, in the order of {@value #LISTING}.
     *
     * @throws UnknownRuleSetException if there is no built-in rule set {@code id}, naming those there are
     */
    public static List<String> files(String id) {
        return files(id, loader());
    }

    /**
     * Copies built-in rule set {@code id} (descriptor, instrument, DRL files and {@code tests/} scenarios) into a new
     * folder {@code target}. The files are written to a temporary folder beside {@code target} and moved into place
     * at the end, so a folder watcher (see {@link ReloadingEvaluator}) never sees half a copy.
     *
     * @param target a folder that does not exist yet, or an empty one; its parent folders are created
     * @return the files written, under {@code target}
     * @throws UnknownRuleSetException if there is no built-in rule set {@code id}, naming those there are
     * @throws FileAlreadyExistsException if {@code target} is a file or a folder that is not empty: nothing is
     *         overwritten
     * @throws IOException if a file cannot be written
     */
    public static List<Path> copy(String id, Path target) throws IOException {
        return copy(id, target, loader());
    }

    static List<String> files(String id, ClassLoader loader) {
        Objects.requireNonNull(id, "id");
        List<String> ids = RuleSetCatalog.builtInIds(loader);
        if (!ids.contains(id)) {
            throw new UnknownRuleSetException(id, ids);
        }
        String listing = folder(id) + LISTING;
        List<String> files = new ArrayList<>();
        try (InputStream in = loader.getResourceAsStream(listing)) {
            if (in == null) {
                throw new IllegalStateException("the engine jar has no " + listing + " (daftar berkas aturan bawaan "
                        + "tidak ada); the jar is incomplete");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String f = line.strip();
                if (f.isEmpty() || f.startsWith("#")) {
                    continue;
                }
                if (!plainRelative(f)) {
                    throw new IllegalStateException(listing + " lists '" + f + "', which is not a plain path inside "
                            + "the folder (bukan jalur di dalam folder): expected names like tests/thresholds-wbk.csv");
                }
                files.add(f);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + listing + " from the engine jar: " + e.getMessage(), e);
        }
        return List.copyOf(files);
    }

    static List<Path> copy(String id, Path target, ClassLoader loader) throws IOException {
        List<String> files = files(id, loader);
        Path destination = target.toAbsolutePath().normalize();
        if (Files.exists(destination) && !emptyFolder(destination)) {
            throw new FileAlreadyExistsException(destination.toString(), null, "not an empty folder (folder sudah "
                    + "ada dan tidak kosong); nothing was copied: name a new folder");
        }
        Path parent = destination.getParent();
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, "." + destination.getFileName() + "-");
        try {
            for (String f : files) {
                Path to = staging.resolve(f);
                Files.createDirectories(to.getParent());
                try (InputStream in = loader.getResourceAsStream(folder(id) + f)) {
                    if (in == null) {
                        throw new IOException("built-in rule set " + id + " lists " + f + " in " + LISTING
                                + " but the engine jar has no such file (berkas tidak ada di jar)");
                    }
                    Files.copy(in, to);
                }
            }
            Files.deleteIfExists(destination);
            try {
                Files.move(staging, destination, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(staging, destination);
            }
        } finally {
            deleteTree(staging);
        }
        List<Path> written = new ArrayList<>(files.size());
        for (String f : files) {
            written.add(destination.resolve(f));
        }
        return List.copyOf(written);
    }

    private static String folder(String id) {
        return RuleSetCatalog.BUILT_IN_ROOT + "/" + id + "/";
    }

    /** Whether {@code f} is a relative path of plain names: no root, no {@code ..}, no backslash, no empty part. */
    static boolean plainRelative(String f) {
        if (f.startsWith("/") || f.contains("\\") || f.contains(":")) {
            return false;
        }
        for (String part : f.split("/", -1)) {
            if (part.isEmpty() || part.equals(".") || part.equals("..")) {
                return false;
            }
        }
        return true;
    }

    private static boolean emptyFolder(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static ClassLoader loader() {
        return BuiltInRuleSets.class.getClassLoader();
    }
}
