package org.nrmtracker.command.referral.history;

import org.nrmtracker.command.problem.StrictUtf8;
import org.nrmtracker.command.problem.UnreadableBodies;
import org.nrmtracker.command.referral.http.ReferralCommands;
import org.nrmtracker.kernel.referral.ReferralEventType;
import org.nrmtracker.kernel.referral.ReferralId;
import org.nrmtracker.platform.problem.FieldProblem;
import org.nrmtracker.platform.problem.InvalidRequest;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One import line read into its command (docs/api.md §3.3): a {@code REFERRED} line is the body of §3.1 plus its
 * {@code type}, any other line the body of §3.2 plus its {@code referralId}, which every line must carry. Binding,
 * validation and mapping are the single-event endpoints' own ({@link ReferralCommands}); only the explanation
 * differs, a sentence per line that names fields but never repeats what the line holds.
 */
@Component
class LineCommands {

    private static final String REFERRAL_ID = "referralId";
    private static final String TYPE = "type";

    private final JsonMapper json;
    private final ReferralCommands commands;

    LineCommands(JsonMapper json, ReferralCommands commands) {
        this.json = json;
        this.commands = commands;
    }

    /** @throws RejectedLine (400) when the line is not a valid event */
    Object commandOf(byte[] bytes, int length) {
        if (!StrictUtf8.isWellFormed(bytes, 0, length)) {
            throw RejectedLine.invalid("The line is not well-formed JSON (or not valid UTF-8).");
        }
        JsonNode node;
        try {
            node = json.readTree(bytes, 0, length);
        } catch (JacksonException e) {
            throw RejectedLine.invalid("The line is not well-formed JSON (or not valid UTF-8).");
        }
        if (!(node instanceof ObjectNode line)) {
            throw RejectedLine.invalid("The line is not a JSON object.");
        }
        ReferralId referralId = referralIdOf(line);
        try {
            if (isReferral(line)) {
                line.remove(TYPE);
                return commands.referral(line);
            }
            line.remove(REFERRAL_ID);
            return commands.event(referralId, line);
        } catch (InvalidRequest e) {
            throw RejectedLine.invalid(sentence(e.errors()));
        } catch (JacksonException e) {
            throw RejectedLine.invalid(unreadable(e));
        }
    }

    private ReferralId referralIdOf(ObjectNode line) {
        JsonNode id = line.get(REFERRAL_ID);
        if (id == null || id.isNull()) {
            throw RejectedLine.invalid("referralId is missing: every line of an import names its referral.");
        }
        UUID value;
        try {
            value = json.treeToValue(id, UUID.class);
        } catch (JacksonException e) {
            throw RejectedLine.invalid("referralId is not a UUID.");
        }
        if (value == null) { // Jackson reads "" as no UUID
            throw RejectedLine.invalid("referralId is not a UUID.");
        }
        return new ReferralId(value);
    }

    private static boolean isReferral(ObjectNode line) {
        JsonNode type = line.get(TYPE);
        return type != null && type.isString() && ReferralEventType.REFERRED.name().equals(type.asString());
    }

    private static String sentence(List<FieldProblem> problems) {
        return problems.stream().map(p -> p.field() + " " + p.message()).collect(Collectors.joining("; ")) + ".";
    }

    private static String unreadable(JacksonException e) {
        if (e instanceof UnrecognizedPropertyException) {
            // the single endpoints name an unknown field; a line's field names are its content, so say where it is
            String where = UnreadableBodies.fieldProblem(e).map(FieldProblem::field).orElse("");
            String parent = where.contains(".") ? where.substring(0, where.lastIndexOf('.')) : "";
            return parent.isEmpty() ? "The line has a field that is not part of this event."
                    : parent + " has a field that is not part of this event.";
        }
        return UnreadableBodies.fieldProblem(e).map(p -> sentence(List.of(p)))
                .orElse("The line is not well-formed JSON (or not valid UTF-8).");
    }
}
