package org.nrmtracker.command.referral.history;

import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.nrmtracker.command.ReferralJson.referral;

/**
 * An NDJSON history built line by line, each addition answering its 1-based line number, with the errors an
 * import of it should list.
 */
class ImportFile {

    /** {@code line:status} of every line added as one to be refused, in order. */
    final List<String> expectedErrors = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private long lines;

    /** The {@code REFERRED} line of docs/api.md §3.3: the example of 3.1 with its id and type. */
    static ObjectNode referred(UUID referralId) {
        return referral(referralId).put("type", "REFERRED");
    }

    /** An event of 3.2 as an import line: with its referral's id. */
    static ObjectNode on(UUID referralId, ObjectNode event) {
        return event.put("referralId", referralId.toString());
    }

    long add(ObjectNode line) {
        return add(line.toString());
    }

    long add(String line) {
        text.append(line).append('\n');
        return ++lines;
    }

    long reject(int status, ObjectNode line) {
        return reject(status, line.toString());
    }

    long reject(int status, String line) {
        long number = add(line);
        expectedErrors.add(number + ":" + status);
        return number;
    }

    /** A last line without its newline. */
    long addLast(ObjectNode line) {
        text.append(line);
        return ++lines;
    }

    String text() {
        return text.toString();
    }
}
