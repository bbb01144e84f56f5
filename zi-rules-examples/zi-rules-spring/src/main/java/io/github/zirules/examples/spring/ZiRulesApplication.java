package io.github.zirules.examples.spring;

import java.security.CodeSource;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.util.ClassUtils;

/** The zi-rules web service. */
@SpringBootApplication
public class ZiRulesApplication {

    /** The system property that runs the application from the code of Spring's ahead-of-time processing. */
    static final String AOT_ENABLED = "spring.aot.enabled";

    /**
     * Starts the service; from the code of Spring's ahead-of-time processing (written by the build's
     * {@code process-aot}, in the executable jar) when it runs from its jar and {@code -Dspring.aot.enabled} does not
     * say otherwise: the bean definitions are then not worked out again at each start (docs/spring-boot.md,
     * "Start-up").
     */
    public static void main(String[] args) {
        if (System.getProperty(AOT_ENABLED) == null && aotCodePresent()
                && packaged(location(ZiRulesApplication.class.getProtectionDomain().getCodeSource()))) {
            System.setProperty(AOT_ENABLED, "true");
        }
        SpringApplication.run(ZiRulesApplication.class, args);
    }

    /**
     * Whether the classes at {@code location} are the application's jar (nested in the executable jar, or the
     * extracted one), where the ahead-of-time code was written by the same build as the classes; not a folder of
     * classes (an IDE, {@code spring-boot:run}), where it may be older than the classes beside it.
     */
    static boolean packaged(String location) {
        return location != null && (!location.endsWith("/") || location.contains("!"));
    }

    private static String location(CodeSource source) {
        return source == null || source.getLocation() == null ? null : source.getLocation().toString();
    }

    /** Whether the build's ahead-of-time processing wrote the application's context initializer. */
    static boolean aotCodePresent() {
        return ClassUtils.isPresent(ZiRulesApplication.class.getName() + "__ApplicationContextInitializer",
                ZiRulesApplication.class.getClassLoader());
    }
}
