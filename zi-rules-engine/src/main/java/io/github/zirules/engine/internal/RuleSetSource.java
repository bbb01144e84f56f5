package io.github.zirules.engine.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A rule-set folder, on the class path or on disk. Both are read the same way: the descriptor names every file, so
 * a rule set behaves identically wherever it lives.
 */
public interface RuleSetSource {

    /** The name of the descriptor file in every rule-set folder. */
    String DESCRIPTOR = "ruleset.properties";

    /** Where the folder is, for messages: {@code classpath:zirules/rulesets/x} or a path. */
    String location();

    /** How to name {@code file} of this folder in messages and rule references. */
    String displayName(String file);

    /**
     * The bytes of {@code file}.
     *
     * @throws NoSuchFileException if there is no such file
     */
    byte[] read(String file) throws IOException;

    /** The files of the folder, if it can be listed (disk); null otherwise (class path). */
    List<String> listFiles() throws IOException;

    /** A folder on disk. */
    static RuleSetSource directory(Path dir) {
        return new RuleSetSource() {
            @Override
            public String location() {
                return dir.toString();
            }

            @Override
            public String displayName(String file) {
                return dir.resolve(file).toString();
            }

            @Override
            public byte[] read(String file) throws IOException {
                Path p = dir.resolve(file).normalize();
                if (!p.startsWith(dir.normalize())) {
                    throw new NoSuchFileException(file, null, "outside the rule-set folder");
                }
                return RuleSetFiles.read(p, dir);
            }

            @Override
            public List<String> listFiles() throws IOException {
                try (Stream<Path> s = Files.list(dir)) {
                    List<String> files = s.limit(RuleSetFiles.MAX_FILES + 1L).filter(Files::isRegularFile)
                            .map(p -> p.getFileName().toString()).sorted().toList();
                    if (files.size() > RuleSetFiles.MAX_FILES) {
                        throw new RuleSetFiles.RefusedException(dir + " holds more than " + RuleSetFiles.MAX_FILES
                                + " files, the limit for a rule-set folder (folder aturan berisi lebih dari "
                                + RuleSetFiles.MAX_FILES + " berkas)");
                    }
                    return files;
                }
            }
        };
    }

    /** A folder on the class path, e.g. {@code zirules/rulesets/permenpan-rb-90-2021}. */
    static RuleSetSource classpath(String folder, ClassLoader loader) {
        return new RuleSetSource() {
            @Override
            public String location() {
                return "classpath:" + folder;
            }

            @Override
            public String displayName(String file) {
                return folder.substring(folder.lastIndexOf('/') + 1) + "/" + file;
            }

            @Override
            public byte[] read(String file) throws IOException {
                if (file.contains("..")) {
                    throw new NoSuchFileException(file);
                }
                try (InputStream in = RuleSetCatalog.resource(loader, folder + "/" + file)) {
                    if (in == null) {
                        throw new NoSuchFileException(location() + "/" + file);
                    }
                    return in.readAllBytes();
                }
            }

            @Override
            public List<String> listFiles() {
                return null;
            }
        };
    }
}
