package io.github.zirules.api;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A supporting document (<i>data dukung</i>) for an answer.
 *
 * @param title what the document is, e.g. "SK Tim Kerja ZI 2026"; required
 * @param uri where it can be read; may be null
 * @param sha256 the SHA-256 of its content in lower-case hex; may be null
 */
public record Evidence(String title, @Nullable String uri, @Nullable String sha256) {

    /** Refuses a null title; blank titles and malformed hashes are validation problems, not exceptions. */
    public Evidence {
        Objects.requireNonNull(title, "evidence title must not be null");
    }

    /** A document known by its title only. */
    public static Evidence titled(String title) {
        return new Evidence(title, null, null);
    }

    /** The URI, if given. */
    public Optional<String> optionalUri() {
        return Optional.ofNullable(uri);
    }

    /** The SHA-256, if given. */
    public Optional<String> optionalSha256() {
        return Optional.ofNullable(sha256);
    }
}
