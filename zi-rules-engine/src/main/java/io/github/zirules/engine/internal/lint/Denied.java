package io.github.zirules.engine.internal.lint;

import io.github.zirules.api.Message;
import io.github.zirules.engine.internal.lint.DrlLexer.Token;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names a rule file may never use anywhere outside comments and strings, whatever the context, with the reason given
 * to the author. This scan reads every token of the file, so it also covers places the structural checks do not
 * (function bodies, attribute expressions, declarations).
 */
final class Denied {

    /** Package names that start a fully-qualified name; rules name vocabulary types by their imported simple name. */
    static final Set<String> PACKAGE_ROOTS = Set.of("java", "javax", "jdk", "sun", "com", "org", "net", "kotlin",
            "scala", "groovy");

    private static final Message PROCESS = Message.of("denied.process");
    private static final Message REFLECTION = Message.of("denied.reflection");
    private static final Message THREADS = Message.of("denied.threads");
    private static final Message IO = Message.of("denied.io");
    private static final Message ENGINE = Message.of("denied.engine");
    private static final Message QUALIFIED = Message.of("denied.qualified");

    private static final Map<String, Message> NAMES = new HashMap<>();

    static {
        put(PROCESS, "System", "Runtime", "ProcessBuilder", "Process", "ProcessHandle", "exit", "halt", "exec",
                "getenv", "SecurityManager", "Shutdown");
        put(REFLECTION, "Class", "ClassLoader", "forName", "getClass", "getClassLoader", "getDeclaredMethod",
                "getDeclaredMethods", "getDeclaredField", "getDeclaredFields", "getDeclaredConstructor",
                "getDeclaredConstructors", "getMethod", "getMethods", "getField", "getFields", "getConstructor",
                "setAccessible", "invoke", "invokeExact", "newInstance", "Method", "Field", "Constructor", "Proxy",
                "MethodHandle", "MethodHandles", "Unsafe", "defineClass", "loadClass", "Module", "ModuleLayer",
                "ServiceLoader", "ScriptEngine", "ScriptEngineManager", "MVEL");
        put(THREADS, "Thread", "ThreadGroup", "ThreadLocal", "Runnable", "Callable", "Executor", "Executors",
                "ExecutorService", "ForkJoinPool", "CompletableFuture", "Timer", "TimerTask", "sleep", "wait",
                "notify", "notifyAll", "parallelStream");
        put(IO, "File", "Files", "Path", "Paths", "FileSystem", "FileSystems", "FileInputStream",
                "FileOutputStream", "FileReader", "FileWriter", "RandomAccessFile", "PrintStream", "PrintWriter",
                "InputStream", "OutputStream", "Reader", "Writer", "Console", "Socket", "ServerSocket",
                "DatagramSocket", "URL", "URI", "URLConnection", "HttpURLConnection", "HttpClient", "InetAddress");
        put(ENGINE, "drools", "kcontext", "insert", "insertLogical", "update", "modify", "retract", "delete",
                "getKieRuntime", "getKnowledgeRuntime", "getWorkingMemory", "KieSession", "KnowledgeHelper",
                "RuleContext", "getAgenda", "setFocus");
    }

    private static void put(Message r, String... names) {
        for (String n : names) {
            NAMES.put(n, r);
        }
    }

    private Denied() {
    }

    /** Whether {@code name} may never appear in code. */
    static boolean isDenied(String name) {
        return NAMES.containsKey(name);
    }

    /** Whether the dotted name starting at {@code i} is denied: it contains a denied name or starts a package. */
    static boolean chainIsDenied(List<Token> tokens, int i) {
        int end = chainEnd(tokens, i);
        if (PACKAGE_ROOTS.contains(tokens.get(i).text()) && end > i) {
            return true;
        }
        for (int k = i; k <= end; k += 2) {
            if (isDenied(tokens.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    /** The index of the last identifier of the dotted name starting at {@code i}. */
    static int chainEnd(List<Token> tokens, int i) {
        int k = i;
        while (k + 2 < tokens.size() && tokens.get(k + 1).is(".") && tokens.get(k + 2).isIdent()) {
            k += 2;
        }
        return k;
    }

    /**
     * Reports every denied name in {@code tokens} (all of a file's code), skipping package and import statements,
     * which {@link DrlLint} checks on their own.
     */
    static void scan(List<Token> tokens, Findings out) {
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            if ((t.is("import") || t.is("package")) && (i == 0 || tokens.get(i - 1).line() < t.line()
                    || tokens.get(i - 1).is(";"))) {
                i = statementEnd(tokens, i);
                continue;
            }
            if (!t.isIdent()) {
                i++;
                continue;
            }
            int end = chainEnd(tokens, i);
            Message reason = null;
            if (PACKAGE_ROOTS.contains(t.text()) && end > i) {
                reason = QUALIFIED;
                for (int k = i; k <= end; k += 2) {
                    Message r = NAMES.get(tokens.get(k).text());
                    if (r != null) {
                        reason = r;
                        break;
                    }
                }
            } else {
                for (int k = i; k <= end && reason == null; k += 2) {
                    reason = NAMES.get(tokens.get(k).text());
                }
            }
            if (reason != null) {
                String name = chainText(tokens, i, end);
                out.error("LINT_FORBIDDEN_NAME", t.line(), Message.of("LINT_FORBIDDEN_NAME", name, reason), Message.of("LINT_FORBIDDEN_NAME.expected"));
            }
            i = end + 1;
        }
    }

    static String chainText(List<Token> tokens, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k <= to; k++) {
            sb.append(tokens.get(k).text());
        }
        return sb.toString();
    }

    private static int statementEnd(List<Token> tokens, int i) {
        int line = tokens.get(i).line();
        int k = i + 1;
        while (k < tokens.size() && tokens.get(k).line() == line && !tokens.get(k).is(";")) {
            k++;
        }
        return k < tokens.size() && tokens.get(k).is(";") ? k + 1 : k;
    }
}
