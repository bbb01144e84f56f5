package io.github.zirules.examples.spring;

import io.github.zirules.api.Evaluator;
import io.github.zirules.api.ZiRules;
import io.github.zirules.json.ZiJson;
import io.github.zirules.planner.GapPlanner;
import io.github.zirules.policy.ReloadReport;
import io.github.zirules.policy.ReloadingEvaluator;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.MultipartConfigElement;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.LazyInitializationExcludeFilter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The engine as Spring beans: ONE {@link Evaluator} for the whole application (it loads the rule sets once, at
 * start-up, on a thread of its own while the rest starts: {@link RuleSetLoad}; and it is thread-safe: every
 * evaluation gets a Drools session of its own), one {@link ZiJson} (immutable, thread-safe) with the configured
 * size limit, and the multipart limits of the upload page set to the same size.
 *
 * <p>A rule set that does not compile stops the application at start-up, with every problem listed
 * ({@link io.github.zirules.api.InvalidRuleSetException}): a service never runs half-configured. With
 * {@code zirules.reload=true} the evaluator is a {@link ReloadingEvaluator} watching {@code zirules.rules-dir}: an
 * edit there is compiled, linted and tested with the folder's scenarios, and serves only if all of that passes; a
 * refused reload is logged with its problems while the old rules keep serving.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ZiRulesProperties.class, ServiceLimits.class})
public class ZiRulesConfiguration {

    /**
     * The beans made at start-up even though {@code spring.main.lazy-initialization} is on (application.properties):
     * the settings, so that a bad value stops the start with its name, and the evaluation pool. The rule sets are
     * loaded from the start on a thread of their own ({@link RuleSetLoadStarter}); the evaluator waits for them
     * before the start ends ({@link #startsOnceTheRulesServe}). Everything else (the controllers, the OpenAPI
     * document, the pages) is made on first use: the service is ready sooner.
     */
    @Bean
    static LazyInitializationExcludeFilter madeAtStartUp() {
        return LazyInitializationExcludeFilter.forBeanTypes(ZiRulesProperties.class, ServiceLimits.class,
                BoundedWork.class);
    }

    /** Extra room in a multipart request for the boundaries and the other form fields. */
    static final long FORM_OVERHEAD_BYTES = 64 * 1024;

    /** How long the rule folder must be quiet after an edit before it is reloaded. */
    static final Duration RELOAD_DEBOUNCE = Duration.ofSeconds(2);

    private static final Logger LOG = LoggerFactory.getLogger(ZiRulesConfiguration.class);

    /**
     * The shared evaluator: the rule sets loaded from the start ({@link RuleSetLoad}, bean
     * {@value RuleSetLoadStarter#BEAN_NAME}); made when first asked for, which waits for the load and throws what it
     * threw.
     */
    @Bean
    public Evaluator evaluator(RuleSetLoad ruleSets) throws Exception {
        return ruleSets.evaluator();
    }

    /**
     * Waits, at the end of the start, for the rule sets: the web server already answers meanwhile (health
     * {@code OUT_OF_SERVICE}), and a rule set that does not compile still stops the start, with every problem listed.
     * It waits in its body, not while Spring makes its beans, so that Spring can make the beans of the first requests
     * meanwhile. The planner is made here too, so that the first plan does not wait for it.
     */
    @Bean
    ApplicationRunner startsOnceTheRulesServe(RuleSetLoad ruleSets, ObjectProvider<GapPlanner> planner) {
        return args -> {
            Evaluator evaluator = ruleSets.evaluator();
            planner.getObject();
            LOG.info("rule sets serving: {}", evaluator.ruleSets().stream().map(i -> i.id() + " " + i.version())
                    .toList());
        };
    }

    /**
     * A new evaluator built from {@code zirules.*}; reloading itself safely when {@code zirules.reload} is on
     * (closed, so no longer watching, with the application).
     */
    static Evaluator newEvaluator(ZiRulesProperties properties) throws IOException {
        if (!properties.reload()) {
            return ZiRules.evaluator(properties.evaluatorOptions());
        }
        ReloadingEvaluator zi = ReloadingEvaluator.create(properties.evaluatorOptions());
        zi.addListener(ZiRulesConfiguration::log);
        zi.startWatching(RELOAD_DEBOUNCE);
        return zi;
    }

    private static void log(ReloadReport r) {
        if (r.accepted()) {
            LOG.info("rule sets reloaded (generation {}): {}", r.generation(), r.changed().stream()
                    .map(i -> i.id() + " " + i.version() + " sha256:" + i.sha256()).toList());
        } else {
            LOG.warn("reload refused, generation {} keeps serving: {}", r.generation(), r.problems().stream()
                    .map(p -> p.code() + " " + p.format(Locale.ENGLISH)).toList());
        }
    }

    /** The gap planner over the shared evaluator (thread-safe). */
    @Bean
    public GapPlanner gapPlanner(Evaluator evaluator) {
        return GapPlanner.create(evaluator);
    }

    /** The title and description of the OpenAPI document at {@code /v3/api-docs} (UI: {@code /swagger-ui/index.html}). */
    @Bean
    public OpenAPI openApi() {
        return new OpenAPI().info(new Info().title("zi-rules").version("zi-assessment/1, zi-report/1")
                .description("Scores Zona Integritas self-assessments (PermenPAN-RB 90/2021). Every refusal is "
                        + "{\"problems\": [...]}, each problem with a code, a location, a message in Bahasa "
                        + "Indonesia and English, and what would be valid."));
    }

    /** The shared JSON reader and writer, with {@code zirules.max-document-bytes}. */
    @Bean
    public ZiJson ziJson(ZiRulesProperties properties) {
        return ZiJson.create(properties.jsonLimits());
    }

    /** The pool that runs evaluations and plans within {@code zirules.limits}; its threads never delay shutdown. */
    @Bean(destroyMethod = "close")
    BoundedWork boundedWork(ServiceLimits limits) {
        return new BoundedWork(limits.evaluationThreads(), limits.evaluationTimeout());
    }

    /** One log line per refused request; outermost, on every kind of dispatch. */
    @Bean
    FilterRegistrationBean<RefusalLog> refusalLog() {
        FilterRegistrationBean<RefusalLog> r = new FilterRegistrationBean<>(new RefusalLog());
        r.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
        r.setAsyncSupported(true);
        r.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return r;
    }

    /** Request bodies read without holding a thread, bounded in time, size and number. */
    @Bean
    FilterRegistrationBean<RequestBodyFilter> requestBodyFilter(ZiRulesProperties properties, ServiceLimits limits) {
        FilterRegistrationBean<RequestBodyFilter> r = new FilterRegistrationBean<>(new RequestBodyFilter(
                properties.maxDocumentBytes() + FORM_OVERHEAD_BYTES, limits.bodyTimeout(),
                limits.maxPendingBodies(), limits.maxPendingBytes()));
        r.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC);
        r.setAsyncSupported(true);
        r.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return r;
    }

    /**
     * Upload limits that match the JSON limit: an uploaded file may be as large as a posted document, no larger.
     * Replaces Spring Boot's default (1 MB per file), which is smaller than an assessment may be.
     */
    @Bean
    public MultipartConfigElement multipartConfigElement(ZiRulesProperties properties) {
        long max = properties.maxDocumentBytes();
        return new MultipartConfigElement(null, max, max + FORM_OVERHEAD_BYTES, 0);
    }
}
