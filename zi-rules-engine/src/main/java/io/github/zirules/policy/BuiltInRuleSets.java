package io.github.zirules.policy;

import io.github.zirules.api.UnknownRuleSetException;
import io.github.zirules.engine.Catalog;
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
import org.jspecify.annotations.Nullable;

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
        return Catalog.builtInIds(loader());
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
        return copy(id, target, null, loader());
    }

    /**
     * As {@link #copy(String, Path)}, but the copy is a rule set of its own: its descriptor gets {@code newId}, a
     * version {@code 0.1.0}, a title and legal basis that say it is an edited copy, and no default years (an
     * assessment names it in {@code "ruleset"}), so that no report scored with it can pass for the regulation's.
     *
     * @throws IllegalArgumentException if {@code newId} is not a valid id or is the id of a built-in rule set
     */
    public static List<Path> copy(String id, Path target, String newId) throws IOException {
        Objects.requireNonNull(newId, "newId");
        if (!newId.matches("[a-z0-9][a-z0-9.-]{0,63}") || Catalog.builtInIds(loader()).contains(newId)) {
            throw new IllegalArgumentException("'" + newId + "' cannot be the id of a copy (tidak dapat menjadi id "
                    + "salinan): use lower-case letters, digits, dots and dashes, and not a built-in id, e.g. "
                    + id + "-kemenkeu");
        }
        return copy(id, target, newId, loader());
    }

    /** The descriptor of a copy under {@code newId}: new id, version, title and legal basis, no default years. */
    static String renamed(String descriptor, String id, String newId) {
        StringBuilder out = new StringBuilder();
        for (String line : descriptor.split("\n", -1)) {
            String key = line.contains("=") ? line.substring(0, line.indexOf('=')).strip() : "";
            String value = line.contains("=") ? line.substring(line.indexOf('=') + 1).strip() : "";
            switch (key) {
                case "id" -> out.append("id = ").append(newId);
                case "version" -> out.append("version = 0.1.0");
                case "title" -> out.append("title = ").append(value).append(" (salinan yang diubah / edited copy: ")
                        .append(newId).append(")");
                case "legal-basis" -> out.append("legal-basis = ").append(value).append("; diubah dari / edited from ")
                        .append(id);
                case "years" -> out.append("# years = ").append(value).append("  (salinan tidak menjadi aturan bawaan "
                        + "tahun mana pun; sebut di \"ruleset\" / a copy is no year's default: name it in \"ruleset\")");
                default -> out.append(line);
            }
            out.append('\n');
        }
        return out.substring(0, out.length() - 1);
    }

    static List<String> files(String id, ClassLoader loader) {
        Objects.requireNonNull(id, "id");
        List<String> ids = Catalog.builtInIds(loader);
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
        return copy(id, target, null, loader);
    }

    static List<Path> copy(String id, Path target, @Nullable String newId, ClassLoader loader) throws IOException {
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
            if (newId != null) {
                Path descriptor = staging.resolve("ruleset.properties");
                Files.writeString(descriptor, renamed(Files.readString(descriptor), id, newId));
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
        return Catalog.BUILT_IN_ROOT + "/" + id + "/";
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
