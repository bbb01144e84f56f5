package io.github.zirules.policy.internal;

import io.github.zirules.api.AgencyFacts;
import io.github.zirules.api.Answer;
import io.github.zirules.api.Assessment;
import io.github.zirules.api.Evidence;
import io.github.zirules.api.ItemId;
import io.github.zirules.api.Predikat;
import io.github.zirules.api.Unit;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** A scenario case's inputs while it is read; copied when a later case uses it as its base. */
final class CaseDraft {
    final Map<ItemId, Answer> answers = new LinkedHashMap<>();
    final Set<ItemId> evidence = new LinkedHashSet<>();
    Predikat target;
    Predikat current = Predikat.NONE;
    AgencyFacts agency = AgencyFacts.NONE;
    int year;
    int line;

    CaseDraft(int year) {
        this.year = year;
    }

    CaseDraft copy() {
        CaseDraft d = new CaseDraft(year);
        d.answers.putAll(answers);
        d.evidence.addAll(evidence);
        d.target = target;
        d.current = current;
        d.agency = agency;
        return d;
    }

    Assessment build(String name) {
        Assessment.Builder b = Assessment.builder(Unit.of("SCENARIO"), year, target).currentPredicate(current)
                .agency(agency);
        answers.forEach((k, a) -> {
            if (a != null) {
                b.answer(k, a);
            }
        });
        evidence.forEach(i -> b.evidence(i.value(), Evidence.titled("scenario " + name)));
        return b.build();
    }
}
