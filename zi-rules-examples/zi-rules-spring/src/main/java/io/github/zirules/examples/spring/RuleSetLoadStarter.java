package io.github.zirules.examples.spring;

import io.github.zirules.api.Evaluator;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;

/**
 * Begins loading the rule sets as early as their settings are known: when Spring has read the configuration
 * ({@code application.properties}, the command line, the environment), before the application context is made.
 * The load then runs beside everything else the start does, and is handed to the context as the bean
 * {@value #BEAN_NAME} ({@link RuleSetLoad}), from which the {@code Evaluator} bean is made.
 *
 * <p>Registered in {@code META-INF/spring.factories}, so every start of the application has it, the tests' too. Not
 * while Spring's ahead-of-time processing looks at the application at build time: nothing is served then.
 */
public final class RuleSetLoadStarter implements ApplicationListener<SpringApplicationEvent> {

    /** The bean name of the load, which is also the name of its health component. */
    static final String BEAN_NAME = "ruleSets";

    /** How the rule sets are loaded from the settings. */
    @FunctionalInterface
    interface Loader {
        /** The evaluator for {@code properties}; throws what stops the start (a rule set that does not compile). */
        Evaluator load(ZiRulesProperties properties) throws Exception;
    }

    private final Loader loader;
    private RuleSetLoad load;

    /** Made by Spring from {@code META-INF/spring.factories}: loads with {@link ZiRulesConfiguration#newEvaluator}. */
    public RuleSetLoadStarter() {
        this(ZiRulesConfiguration::newEvaluator);
    }

    /** Loads with {@code loader} (a test holds the load with it). */
    RuleSetLoadStarter(Loader loader) {
        this.loader = loader;
    }

    @Override
    public void onApplicationEvent(SpringApplicationEvent event) {
        if (Boolean.getBoolean("spring.aot.processing")) {
            return;
        }
        if (event instanceof ApplicationEnvironmentPreparedEvent e) {
            ZiRulesProperties properties = Binder.get(e.getEnvironment()).bindOrCreate("zirules",
                    ZiRulesProperties.class);
            load = new RuleSetLoad(() -> loader.load(properties));
        } else if (event instanceof ApplicationPreparedEvent e && load != null) {
            e.getApplicationContext().getBeanFactory().registerSingleton(BEAN_NAME, load);
        }
    }
}
