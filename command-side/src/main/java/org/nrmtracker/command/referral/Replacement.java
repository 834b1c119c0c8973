package org.nrmtracker.command.referral;

import org.nrmtracker.kernel.referral.ConclusiveGroundsDecisionRecorded;
import org.nrmtracker.kernel.referral.DecisionOutcome;
import org.nrmtracker.kernel.referral.DecisionStage;
import org.nrmtracker.kernel.referral.Exploitation;
import org.nrmtracker.kernel.referral.FirstResponder;
import org.nrmtracker.kernel.referral.Jurisdiction;
import org.nrmtracker.kernel.referral.ReasonableGroundsDecisionRecorded;
import org.nrmtracker.kernel.referral.ReconsiderationRequested;
import org.nrmtracker.kernel.referral.ReferralEvent;
import org.nrmtracker.kernel.referral.ReferralEventType;
import org.nrmtracker.kernel.referral.ReferralId;
import org.nrmtracker.kernel.referral.ReferralMade;
import org.nrmtracker.kernel.referral.ReferralWithdrawn;
import org.nrmtracker.kernel.referral.SupportEndReason;
import org.nrmtracker.kernel.referral.SupportEnded;
import org.nrmtracker.kernel.referral.SupportKind;
import org.nrmtracker.kernel.referral.SupportStarted;
import org.nrmtracker.kernel.referral.Survivor;
import org.nrmtracker.platform.problem.FieldProblem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The fields a correction gives (docs/api.md §2), each already valid on its own. Which event they make depends on
 * the event corrected, which only the referral knows: a replacement must give exactly that type's fields.
 */
public record Replacement(LocalDate referredOn, Jurisdiction jurisdiction, FirstResponder firstResponder,
                          Survivor survivor, Exploitation exploitation, LocalDate decidedOn, DecisionOutcome outcome,
                          DecisionStage stage, LocalDate requestedOn, LocalDate startedOn, SupportKind kind,
                          LocalDate endedOn, SupportEndReason reason, LocalDate withdrawnOn) {

    private static final Map<ReferralEventType, List<String>> FIELDS = Map.of(
            ReferralEventType.REFERRED,
            List.of("referredOn", "jurisdiction", "firstResponder", "survivor", "exploitation"),
            ReferralEventType.REASONABLE_GROUNDS_DECISION, List.of("decidedOn", "outcome"),
            ReferralEventType.CONCLUSIVE_GROUNDS_DECISION, List.of("decidedOn", "outcome"),
            ReferralEventType.RECONSIDERATION_REQUESTED, List.of("stage", "requestedOn"),
            ReferralEventType.SUPPORT_STARTED, List.of("startedOn", "kind"),
            ReferralEventType.SUPPORT_ENDED, List.of("endedOn", "reason"),
            ReferralEventType.WITHDRAWN, List.of("withdrawnOn"));

    /**
     * The event these fields make in place of {@code original}, of its type.
     *
     * @throws ReferralStateConflict when the fields are not exactly those of the original's type
     */
    ReferralEvent replacing(ReferralEvent original, long sequence) {
        ReferralEventType type = ReferralEventType.of(original);
        List<String> expected = FIELDS.get(type);
        if (expected == null) { // an amendment or an erasure: the referral refuses to amend those before this
            throw new ReferralStateConflict("Sequence %d is a %s, which cannot be corrected."
                    .formatted(sequence, type));
        }
        Map<String, Object> given = given();
        List<String> missing = expected.stream().filter(f -> !given.containsKey(f)).toList();
        List<String> foreign = given.keySet().stream().filter(f -> !expected.contains(f)).toList();
        if (!missing.isEmpty() || !foreign.isEmpty()) {
            List<String> problems = new ArrayList<>();
            if (!missing.isEmpty()) {
                problems.add("missing " + String.join(", ", missing));
            }
            if (!foreign.isEmpty()) {
                problems.add("not fields of that type: " + String.join(", ", foreign));
            }
            List<FieldProblem> fields = new ArrayList<>();
            missing.forEach(f -> fields.add(new FieldProblem("replacement." + f,
                    "is missing: the replacement of a %s gives %s".formatted(type, String.join(", ", expected)))));
            foreign.forEach(f -> fields.add(new FieldProblem("replacement." + f,
                    "is not a field of a %s, the type of sequence %d".formatted(type, sequence))));
            throw new ReferralStateConflict("Sequence %d is a %s: its replacement must give exactly %s (%s)."
                    .formatted(sequence, type, String.join(", ", expected), String.join("; ", problems)), fields);
        }
        ReferralId id = original.referralId();
        return switch (type) {
            case REFERRED -> new ReferralMade(id, referredOn, jurisdiction, firstResponder, survivor, exploitation);
            case REASONABLE_GROUNDS_DECISION -> new ReasonableGroundsDecisionRecorded(id, decidedOn, outcome);
            case CONCLUSIVE_GROUNDS_DECISION -> new ConclusiveGroundsDecisionRecorded(id, decidedOn, outcome);
            case RECONSIDERATION_REQUESTED -> new ReconsiderationRequested(id, stage, requestedOn);
            case SUPPORT_STARTED -> new SupportStarted(id, startedOn, kind);
            case SUPPORT_ENDED -> new SupportEnded(id, endedOn, reason);
            case WITHDRAWN -> new ReferralWithdrawn(id, withdrawnOn);
            case EVENT_CORRECTED, EVENT_RETRACTED, PERSONAL_DATA_ERASED ->
                    throw new IllegalStateException("Not a correctable type: " + type);
        };
    }

    private Map<String, Object> given() {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("referredOn", referredOn);
        all.put("jurisdiction", jurisdiction);
        all.put("firstResponder", firstResponder);
        all.put("survivor", survivor);
        all.put("exploitation", exploitation);
        all.put("decidedOn", decidedOn);
        all.put("outcome", outcome);
        all.put("stage", stage);
        all.put("requestedOn", requestedOn);
        all.put("startedOn", startedOn);
        all.put("kind", kind);
        all.put("endedOn", endedOn);
        all.put("reason", reason);
        all.put("withdrawnOn", withdrawnOn);
        all.values().removeIf(Objects::isNull);
        return all;
    }
}
