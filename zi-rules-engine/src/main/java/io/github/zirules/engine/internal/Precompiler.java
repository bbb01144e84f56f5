package io.github.zirules.engine.internal;

import io.github.zirules.api.InvalidRuleSetException;
import io.github.zirules.api.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Build step (run by the engine's pom after its classes are compiled): compiles and verifies every built-in rule set
 * from its DRL, exactly as at run time, and writes {@link PrecompiledRuleSet#FILE} beside it in the class output
 * folder. A built-in rule set that does not compile or verify fails the build here, with every problem.
 *
 * <p>The file is byte-identical across builds of the same sources: Drools builds the rules on one thread here
 * ({@value #SINGLE_THREAD}), because its parallel build stores the generated classes in the order the threads finish.
 * Prints nothing on success, so that {@code mvn -q package} stays silent.
 */
public final class Precompiler {

    /** Drools' parallel rule build switched off: rule classes are generated, and so stored, in one order. */
    static final String SINGLE_THREAD = "drools.parallelRulesBuildThreshold=-1";

    private Precompiler() {
    }

    /** Argument: the class output folder, e.g. {@code target/classes}. */
    public static void main(String[] args) throws IOException {
        Path classes = Path.of(args[0]);
        String[] option = SINGLE_THREAD.split("=", 2);
        System.setProperty(option[0], option[1]);
        ClassLoader loader = Precompiler.class.getClassLoader();
        List<String> ids = RuleSetCatalog.builtInIds(loader);
        for (String id : ids) {
            Files.deleteIfExists(folder(classes, id).resolve(PrecompiledRuleSet.FILE));
        }
        for (String id : ids) {
            String root = RuleSetCatalog.BUILT_IN_ROOT;
            CompiledRuleSet rs;
            try {
                rs = RuleSetCompiler.compile(RuleSetSource.classpath(root + "/" + id, loader),
                        parent -> ids.contains(parent) ? RuleSetSource.classpath(root + "/" + parent, loader) : null);
            } catch (InvalidRuleSetException e) {
                for (Problem p : e.problems()) {
                    System.err.println(p.location() + ": " + p.message(Locale.ENGLISH));
                }
                System.err.println("built-in rule set " + id + " does not load: " + e.problems().size() + " problem(s)");
                System.exit(1);
                return;
            }
            Path file = folder(classes, id).resolve(PrecompiledRuleSet.FILE);
            Files.write(file, PrecompiledRuleSet.write(rs));
        }
    }

    private static Path folder(Path classes, String id) {
        return classes.resolve(RuleSetCatalog.BUILT_IN_ROOT).resolve(id);
    }
}
