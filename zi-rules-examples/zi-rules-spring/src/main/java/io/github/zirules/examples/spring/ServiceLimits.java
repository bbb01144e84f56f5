package io.github.zirules.examples.spring;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much one client may take from the service, under the prefix {@code zirules.limits} (environment:
 * {@code ZIRULES_LIMITS_BODYTIMEOUT} and so on). Refused at start-up when a value is not positive.
 *
 * @param bodyTimeout how long a whole request body may take to arrive (default 30 s); then 408
 * @param maxPendingBodies the most request bodies being received at once (default 1000); then 503
 * @param maxPendingBytes the most bytes those bodies may hold together (default 256 MiB); then 503
 * @param evaluationTimeout how long the service waits for one evaluation or plan (default 10 s); then 503 and the
 *     request's thread is free
 * @param evaluationThreads the most evaluations running at once (default 4); then 503
 */
@ConfigurationProperties("zirules.limits")
public record ServiceLimits(
        @DefaultValue("30s") Duration bodyTimeout,
        @DefaultValue("1000") int maxPendingBodies,
        @DefaultValue("268435456") long maxPendingBytes,
        @DefaultValue("10s") Duration evaluationTimeout,
        @DefaultValue("4") int evaluationThreads) {

    /** Refuses a value that is not positive, naming it. */
    public ServiceLimits {
        positive("body-timeout", bodyTimeout.toMillis());
        positive("max-pending-bodies", maxPendingBodies);
        positive("max-pending-bytes", maxPendingBytes);
        positive("evaluation-timeout", evaluationTimeout.toMillis());
        positive("evaluation-threads", evaluationThreads);
    }

    private static void positive(String key, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException("zirules.limits." + key + " must be positive but was " + value);
        }
    }

    /** The defaults. */
    public static ServiceLimits defaults() {
        return new ServiceLimits(Duration.ofSeconds(30), 1000, 256L << 20, Duration.ofSeconds(10), 4);
    }
}
