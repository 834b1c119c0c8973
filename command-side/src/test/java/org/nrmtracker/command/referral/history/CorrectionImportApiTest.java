package org.nrmtracker.command.referral.history;

import org.junit.jupiter.api.Test;
import org.nrmtracker.command.HttpAnswer;
import org.nrmtracker.command.RunningCommandSide;
import org.nrmtracker.command.WriteApiTest;
import org.nrmtracker.kernel.referral.ReferralEventType;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nrmtracker.command.ReferralJson.REFERRED_ON;
import static org.nrmtracker.command.ReferralJson.conclusiveGrounds;
import static org.nrmtracker.command.ReferralJson.correction;
import static org.nrmtracker.command.ReferralJson.fieldsOf;
import static org.nrmtracker.command.ReferralJson.reasonableGrounds;
import static org.nrmtracker.command.ReferralJson.retraction;
import static org.nrmtracker.command.ReferralJson.supportStarted;
import static org.nrmtracker.command.referral.history.ImportFile.on;
import static org.nrmtracker.command.referral.history.ImportFile.referred;

/** Import lines that correct or retract earlier events, in the same file as them (docs/api.md §2, §3.3). */
@RunningCommandSide
class CorrectionImportApiTest extends WriteApiTest {

    private static final LocalDate RG_ON = REFERRED_ON.plusDays(5);
    private static final LocalDate CG_ON = REFERRED_ON.plusDays(40);

    @Test
    void correctionsAndRetractionsImportLikeAnyOtherLine() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        ImportFile file = new ImportFile();
        file.add(referred(a));
        file.add(on(a, supportStarted(REFERRED_ON.plusDays(1), "OUTREACH")));
        file.add(on(a, reasonableGrounds(RG_ON, "POSITIVE")));
        file.add(on(a, correction(2, fieldsOf(reasonableGrounds(RG_ON.minusDays(1), "POSITIVE")), "DATA_ENTRY_ERROR")));
        file.add(on(a, conclusiveGrounds(CG_ON, "POSITIVE")));
        file.reject(409, on(a, retraction(2, "WRONG_REFERRAL"))); // the conclusive decision needs it
        file.reject(409, on(a, correction(3, fieldsOf(reasonableGrounds(RG_ON, "POSITIVE")), "OTHER"))); // a correction
        file.reject(400, on(a, retraction(2, "a sentence about the person")));
        file.add(referred(b));
        file.add(on(b, retraction(0, "DUPLICATE")));
        file.reject(409, on(b, reasonableGrounds(RG_ON, "POSITIVE")));

        JsonNode summary = api.importHistory(file.text()).json();

        assertThat(summary.get("accepted").asLong()).isEqualTo(7);
        assertThat(errorsOf(summary)).containsExactlyElementsOf(file.expectedErrors);
        assertThat(typesOf(a)).containsExactly("REFERRED", "SUPPORT_STARTED", "REASONABLE_GROUNDS_DECISION",
                "EVENT_CORRECTED", "CONCLUSIVE_GROUNDS_DECISION");
        assertThat(typesOf(b)).containsExactly("REFERRED", "EVENT_RETRACTED");
        assertThat(detailOf(summary, 6)).startsWith("With this retraction, sequence 4 (CONCLUSIVE_GROUNDS_DECISION)");
        assertThat(summary.toString()).doesNotContain("sentence about");

        HttpAnswer again = api.importHistory(file.text());
        assertThat(again.json().get("accepted").asLong()).isZero();
        assertThat(again.json().get("duplicates").asLong()).isEqualTo(7);
    }

    private static List<String> errorsOf(JsonNode summary) {
        return summary.get("errors").valueStream()
                .map(e -> e.get("line").asLong() + ":" + e.get("status").asInt())
                .toList();
    }

    private static String detailOf(JsonNode summary, long line) {
        return summary.get("errors").valueStream().filter(e -> e.get("line").asLong() == line)
                .map(e -> e.get("detail").asString()).findFirst().orElseThrow();
    }

    private List<String> typesOf(UUID referralId) {
        return streams.of(referralId).stream()
                .map(e -> ReferralEventType.ofEventClass(e.payloadType()).orElseThrow().name())
                .toList();
    }
}
