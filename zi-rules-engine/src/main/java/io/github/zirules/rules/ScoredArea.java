package io.github.zirules.rules;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Rule-file vocabulary: one change area ({@code MP} … {@code PP}) with its parts (for 90/2021, Pemenuhan and
 * Reform). Its weight is the sum of its parts' weights (MP: 4 + 4 = 8).
 */
public final class ScoredArea {

    private final String code;
    private final List<ScoredAreaPart> parts;
    private final Scorecard card;
    private final Setting<Exact> score = new Setting<>();

    ScoredArea(String code, ScoredAreaPart[] parts, Scorecard card) {
        this.code = code;
        this.parts = List.of(parts);
        this.card = card;
    }

    /** The area code, e.g. {@code MP}. */
    public String getCode() {
        return code;
    }

    /** Its parts, Pemenuhan first. */
    public List<ScoredAreaPart> getParts() {
        return parts;
    }

    /** Its weight: the sum of its parts' weights. */
    public Exact getWeight() {
        Exact.Sum w = new Exact.Sum();
        for (ScoredAreaPart p : parts) {
            w.add(p.getWeight());
        }
        return w.value();
    }

    /** The sum of its parts' scores. */
    public Exact sumOfPartScores() {
        Exact.Sum s = new Exact.Sum();
        for (ScoredAreaPart p : parts) {
            Exact score = p.getScore();
            if (score == null) {
                throw new IllegalStateException("area part " + p.getId() + " has no score yet");
            }
            s.add(score);
        }
        return s.value();
    }

    /** Sets its score. */
    public void setScore(Exact s) {
        score.offer(s, card.firing(), card, "score of area ", code);
    }

    /** Its score; null before aggregation. */
    public @Nullable Exact getScore() {
        return score.read(card);
    }

    @Override
    public String toString() {
        return code;
    }
}
