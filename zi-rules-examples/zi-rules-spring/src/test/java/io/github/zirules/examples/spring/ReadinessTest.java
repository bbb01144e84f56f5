package io.github.zirules.examples.spring;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zirules.api.Evaluator;
import io.github.zirules.api.InvalidRuleSetException;
import io.github.zirules.api.ZiRules;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Honest readiness: the rule sets load on a thread of their own while Spring and Tomcat start, and
 * {@code /actuator/health} never answers UP before the evaluator can evaluate. Each test starts an application of its
 * own (not the shared one of {@link ServiceTestSupport}), on a free port.
 */
class ReadinessTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @Test
    void whileTheRuleSetsLoadHealthIsOutOfServiceOrWaitsAndTheStartWaitsForThem() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Integer> port = new CompletableFuture<>();
        SpringApplication app = application(p -> {
            release.await();
            return ZiRulesConfiguration.newEvaluator(p);
        }, port);
        CompletableFuture<ConfigurableApplicationContext> started = CompletableFuture.supplyAsync(
                () -> app.run("--server.port=0", "--spring.main.banner-mode=off"));
        try {
            HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port.get(120, SECONDS)
                    + "/actuator/health")).GET().build();
            CompletableFuture<HttpResponse<String>> during = CLIENT.sendAsync(health,
                    HttpResponse.BodyHandlers.ofString());
            try {
                HttpResponse<String> r = during.get(5, SECONDS);
                assertEquals(503, r.statusCode(), r.body());
                assertTrue(r.body().contains("OUT_OF_SERVICE"), r.body());
            } catch (TimeoutException waitsForTheRules) {
                // waiting for the rule sets is honest too: it must answer UP once they are loaded (below)
            }
            assertFalse(started.isDone(), "the start ended before the rule sets were loaded");

            release.countDown();
            try (ConfigurableApplicationContext context = started.get(120, SECONDS)) {
                assertTrue(context.getBean(RuleSetLoad.class).done());
                HttpResponse<String> after = during.isDone() && during.get().statusCode() == 503
                        ? CLIENT.send(health, HttpResponse.BodyHandlers.ofString()) : during.get(30, SECONDS);
                assertEquals(200, after.statusCode(), after.body());
                assertTrue(after.body().contains("\"UP\""), after.body());
            }
        } finally {
            release.countDown();
        }
    }

    @Test
    void aRuleSetThatDoesNotLoadStopsTheStartWithItsProblem() {
        SpringApplication app = new SpringApplication(ZiRulesApplication.class);

        Throwable e = assertThrows(Throwable.class, () -> app.run("--server.port=0", "--spring.main.banner-mode=off",
                "--zirules.rules-dir=target/no-such-rules-dir", "--zirules.include-built-in=false").close());

        InvalidRuleSetException problem = cause(e, InvalidRuleSetException.class);
        assertNotNull(problem, () -> "no InvalidRuleSetException in " + e);
        assertEquals("RULESET_DIR_MISSING", problem.problems().get(0).code());
    }

    @Test
    void theHealthOfTheLoadIsOutOfServiceThenUpOrDown() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        RuleSetLoad loading = new RuleSetLoad(() -> {
            release.await();
            return ZiRules.evaluator();
        });
        assertEquals(Status.OUT_OF_SERVICE, loading.health().getStatus());
        assertFalse(loading.done());
        release.countDown();
        Evaluator evaluator = loading.evaluator();
        assertFalse(evaluator.ruleSets().isEmpty());
        assertEquals(Status.UP, loading.health().getStatus());

        IllegalStateException failure = new IllegalStateException("broken");
        RuleSetLoad failed = new RuleSetLoad(() -> {
            throw failure;
        });
        assertEquals(failure, assertThrows(IllegalStateException.class, failed::evaluator));
        assertEquals(Status.DOWN, failed.health().getStatus());
    }

    @Test
    void theAheadOfTimeCodeIsUsedOnlyFromTheApplicationsJar() {
        assertTrue(ZiRulesApplication.packaged("jar:nested:/srv/zi-rules-spring.jar/!BOOT-INF/classes/!/"));
        assertTrue(ZiRulesApplication.packaged("file:/srv/app/zi-rules-spring.jar"));
        assertFalse(ZiRulesApplication.packaged("file:/work/zi-rules-spring/target/classes/"));
        assertFalse(ZiRulesApplication.packaged(null));
    }

    /** The application with its rule sets loaded by {@code loader}; {@code port} gets the web server's port. */
    private static SpringApplication application(RuleSetLoadStarter.Loader loader, CompletableFuture<Integer> port) {
        SpringApplication app = new SpringApplication(ZiRulesApplication.class);
        Set<ApplicationListener<?>> listeners = new LinkedHashSet<>(app.getListeners());
        listeners.removeIf(l -> l instanceof RuleSetLoadStarter);
        listeners.add(new RuleSetLoadStarter(loader));
        listeners.add(new ApplicationListener<WebServerInitializedEvent>() {
            @Override
            public void onApplicationEvent(WebServerInitializedEvent event) {
                port.complete(event.getWebServer().getPort());
            }
        });
        app.setListeners(listeners);
        return app;
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
