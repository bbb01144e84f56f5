package io.github.zirules.policy.internal;

import io.github.zirules.api.Answer;
import io.github.zirules.api.Instrument;
import io.github.zirules.api.Item;
import io.github.zirules.api.ItemId;
import io.github.zirules.api.Message;
import io.github.zirules.api.RuleSetModel.AnswerScale;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The answers of a scenario cell: {@code ITEM=VALUE} pairs separated by spaces, line breaks or {@code ;}. An item
 * may end in {@code *} to name every item that starts so ({@code REF.MP.*}, {@code *}); later pairs win. A value is
 * what a person writes on the LKE ({@code Ya}, {@code B}, {@code 12/15} for a percentage, {@code 10->4} for a
 * decrease, {@code 3.60} or {@code 3,60} for an index), or {@code best}, {@code worst}, or {@code none} (unanswered).
 */
public final class AnswerText {

    private static final Pattern RATIO = Pattern.compile("(\\d+)\\s*/\\s*(\\d+)");
    private static final Pattern DECREASE = Pattern.compile("(\\d+)\\s*(?:->|→)\\s*(\\d+)");
    private static final Pattern INDEX = Pattern.compile("\\d+(?:[.,]\\d+)?");

    private AnswerText() {
    }

    /**
     * The best answer on {@code scale}: its first label (labels are declared best first), all of a percentage, no
     * violations, the highest index of its range (4 in 90/2021).
     */
    public static Answer best(AnswerScale scale) {
        return switch (scale.kind()) {
            case RATIO -> Answer.ratio(1, 1);
            case DECREASE -> Answer.decrease(1, 0);
            case INDEX -> Answer.index(scale.indexRange().highest());
            case CHOICE -> Answer.choice(scale.labels().get(0));
        };
    }

    /**
     * The worst answer on {@code scale}: its last label, none of a percentage, no decrease, the lowest index of its
     * range.
     */
    public static Answer worst(AnswerScale scale) {
        List<String> labels = scale.labels();
        return switch (scale.kind()) {
            case RATIO -> Answer.ratio(0, 1);
            case DECREASE -> Answer.decrease(1, 1);
            case INDEX -> Answer.index(scale.indexRange().lowest());
            case CHOICE -> Answer.choice(labels.get(labels.size() - 1));
        };
    }

    /**
     * Applies the answers in {@code text} to {@code answers} (null value = unanswered); returns every error as a
     * message pair {id, en, expected}.
     */
    public static List<Message[]> apply(String text, Instrument instrument, Map<ItemId, Answer> answers) {
        List<Message[]> errors = new ArrayList<>();
        for (String pair : text.split("[\\s;]+")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                errors.add(new Message[] {Message.of("SCENARIO_ANSWER.pair", pair),
                        Message.of("SCENARIO_ANSWER.pair.expected")});
                continue;
            }
            String target = pair.substring(0, eq);
            String value = pair.substring(eq + 1);
            List<Item> items = matching(target, instrument);
            if (items.isEmpty()) {
                errors.add(new Message[] {Message.of("SCENARIO_ANSWER.item", target),
                        Message.of("SCENARIO_ANSWER.item.expected")});
                continue;
            }
            for (Item it : items) {
                Message[] err = set(it, instrument.answerScale(it), value, answers);
                if (err != null) {
                    errors.add(err);
                    break;
                }
            }
        }
        return errors;
    }

    private static List<Item> matching(String target, Instrument instrument) {
        if (target.endsWith("*")) {
            String prefix = target.substring(0, target.length() - 1);
            return instrument.items().stream().filter(i -> i.id().value().startsWith(prefix)).toList();
        }
        return instrument.item(ItemId.of(target)).map(List::of).orElse(List.of());
    }

    private static Message[] set(Item it, AnswerScale scale, String value, Map<ItemId, Answer> answers) {
        String v = value.strip();
        switch (v.toLowerCase(java.util.Locale.ROOT)) {
            case "best", "terbaik" -> answers.put(it.id(), best(scale));
            case "worst", "terburuk" -> answers.put(it.id(), worst(scale));
            case "none", "-", "kosong" -> answers.put(it.id(), null);
            default -> {
                Answer a = parse(scale, v);
                if (a == null) {
                    return new Message[] {Message.of("SCENARIO_ANSWER.value", v, it.id(), scale.code()),
                            expected(scale)};
                }
                answers.put(it.id(), a);
            }
        }
        return null;
    }

    private static Answer parse(AnswerScale type, String v) {
        switch (type.kind()) {
            case RATIO -> {
                Matcher m = RATIO.matcher(v);
                return m.matches() ? Answer.ratio(Long.parseLong(m.group(1)), Long.parseLong(m.group(2))) : null;
            }
            case DECREASE -> {
                Matcher m = DECREASE.matcher(v);
                return m.matches() ? Answer.decrease(Long.parseLong(m.group(1)), Long.parseLong(m.group(2))) : null;
            }
            case INDEX -> {
                return INDEX.matcher(v).matches() ? Answer.index(new BigDecimal(v.replace(',', '.'))) : null;
            }
            default -> {
                Answer.Choice c = Answer.choice(v);
                return c.canonical(type).map(Answer::choice).orElse(null);
            }
        }
    }

    private static Message expected(AnswerScale type) {
        return switch (type.kind()) {
            case RATIO -> Message.of("answer-text.PCT");
            case DECREASE -> Message.of("answer-text.DEC");
            case INDEX -> Message.of("answer-text.index", type.indexRange().lowest().toPlainString(),
                    type.indexRange().highest().toPlainString());
            case CHOICE -> Message.of("answer-text.choice", String.join(", ", type.labels()));
        };
    }
}
