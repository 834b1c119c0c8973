package org.nrmtracker.synthetic;

import org.nrmtracker.kernel.referral.ConclusiveGroundsDecisionRecorded;
import org.nrmtracker.kernel.referral.ExploitationType;
import org.nrmtracker.kernel.referral.ReasonableGroundsDecisionRecorded;
import org.nrmtracker.kernel.referral.ReconsiderationRequested;
import org.nrmtracker.kernel.referral.ReferralEvent;
import org.nrmtracker.kernel.referral.ReferralEventType;
import org.nrmtracker.kernel.referral.ReferralMade;
import org.nrmtracker.kernel.referral.ReferralWithdrawn;
import org.nrmtracker.kernel.referral.SupportEnded;
import org.nrmtracker.kernel.referral.SupportStarted;

import java.util.List;

/**
 * One import line per event (docs/api.md §3.3): {@code referralId} and {@code type} first, then the event's fields
 * as the write API names them (§3.1 for REFERRED, §2 for the others), in a fixed order, so the same history is
 * always the same bytes.
 */
final class NdjsonLines {

    private NdjsonLines() {
    }

    static String line(ReferralEvent event) {
        StringBuilder json = new StringBuilder(event instanceof ReferralMade ? 420 : 120);
        json.append("{\"referralId\":\"").append(event.referralId()).append("\",\"type\":\"")
                .append(ReferralEventType.of(event)).append('"');
        if (event instanceof ReferralMade made) {
            referred(json, made);
        } else if (event instanceof ReasonableGroundsDecisionRecorded rg) {
            field(json, "decidedOn", rg.decidedOn());
            field(json, "outcome", rg.outcome());
        } else if (event instanceof ConclusiveGroundsDecisionRecorded cg) {
            field(json, "decidedOn", cg.decidedOn());
            field(json, "outcome", cg.outcome());
        } else if (event instanceof ReconsiderationRequested request) {
            field(json, "stage", request.stage());
            field(json, "requestedOn", request.requestedOn());
        } else if (event instanceof SupportStarted started) {
            field(json, "startedOn", started.startedOn());
            field(json, "kind", started.kind());
        } else if (event instanceof SupportEnded ended) {
            field(json, "endedOn", ended.endedOn());
            field(json, "reason", ended.reason());
        } else if (event instanceof ReferralWithdrawn withdrawn) {
            field(json, "withdrawnOn", withdrawn.withdrawnOn());
        }
        return json.append('}').toString();
    }

    private static void referred(StringBuilder json, ReferralMade made) {
        NdjsonLines.field(json, "referredOn", made.referredOn());
            field(json, "jurisdiction", made.jurisdiction());
        json.append(",\"firstResponder\":{\"type\":\"").append(made.firstResponder().type()).append('"');
        if (made.firstResponder().organisation() != null) {
            json.append(",\"organisation\":");
            string(json, made.firstResponder().organisation());
        }
        json.append("},\"survivor\":{\"subjectRef\":");
        string(json, made.survivor().subjectRef());
        json.append(",\"ageAtExploitation\":\"").append(made.survivor().ageAtExploitation())
                .append("\",\"gender\":\"").append(made.survivor().gender()).append("\",\"nationalities\":");
        array(json, made.survivor().nationalities());
        json.append("},\"exploitation\":{\"types\":");
        array(json, made.exploitation().types().stream().map(ExploitationType::name).toList());
        json.append(",\"location\":\"").append(made.exploitation().location())
                .append("\",\"countyLines\":").append(made.exploitation().countyLines()).append('}');
    }

    /** A field whose value is a date or an enum: its text needs no escaping. */
    private static void field(StringBuilder json, String name, Object value) {
        json.append(",\"").append(name).append("\":\"").append(value).append('"');
    }

    private static void array(StringBuilder json, List<String> values) {
        json.append('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                json.append(',');
            }
            string(json, values.get(i));
        }
        json.append(']');
    }

    /** A JSON string; the generator's own texts need only quotes and backslashes escaped. */
    private static void string(StringBuilder json, String value) {
        json.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                json.append('\\');
            }
            json.append(c);
        }
        json.append('"');
    }
}
