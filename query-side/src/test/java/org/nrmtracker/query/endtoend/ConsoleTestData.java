package org.nrmtracker.query.endtoend;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Referrals for the console's pages, as an NDJSON history (docs/api.md §3.3): 120 referrals through 2023, most in
 * England and Wales and a few in Scotland (so that, grouped by jurisdiction, some groups are suppressed), each with a
 * positive or negative reasonable-grounds decision, two in three of the positive ones with a conclusive decision.
 */
final class ConsoleTestData {

    static final int REFERRALS = 120;
    private static final LocalDate FIRST = LocalDate.of(2023, 1, 2);

    static String ndjson() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < REFERRALS; i++) {
            String id = UUID.nameUUIDFromBytes(("console-" + i).getBytes()).toString();
            LocalDate referred = FIRST.plusDays(i * 3L);
            String jurisdiction = i % 12 == 0 ? "SCOTLAND" : "ENGLAND_AND_WALES";
            lines.add("""
                    {"type":"REFERRED","referralId":"%s","referredOn":"%s","jurisdiction":"%s",\
                    "firstResponder":{"type":"POLICE","organisation":"Example Constabulary"},\
                    "survivor":{"subjectRef":"console-%d","ageAtExploitation":"ADULT","gender":"%s","nationalities":["ALB"]},\
                    "exploitation":{"types":["LABOUR"],"location":"UK","countyLines":false}}"""
                    .formatted(id, referred, jurisdiction, i, i % 2 == 0 ? "FEMALE" : "MALE"));
            LocalDate rg = referred.plusDays(5 + (i * 7) % 60);
            boolean positive = i % 5 != 0;
            lines.add(decision(id, "REASONABLE_GROUNDS_DECISION", rg, positive));
            if (positive && i % 3 != 0) {
                lines.add(decision(id, "CONCLUSIVE_GROUNDS_DECISION", rg.plusDays(40 + (i * 37) % 400), i % 4 != 0));
            }
        }
        return String.join("\n", lines) + "\n";
    }

    private static String decision(String id, String type, LocalDate decidedOn, boolean positive) {
        return "{\"type\":\"%s\",\"referralId\":\"%s\",\"decidedOn\":\"%s\",\"outcome\":\"%s\"}"
                .formatted(type, id, decidedOn, positive ? "POSITIVE" : "NEGATIVE");
    }

    private ConsoleTestData() {
    }
}
