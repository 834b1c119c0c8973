package org.nrmtracker.command.hostile;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static org.nrmtracker.command.ReferralJson.REFERRED_ON;
import static org.nrmtracker.command.ReferralJson.SECRET_SUBJECT_REF;
import static org.nrmtracker.command.ReferralJson.conclusiveGrounds;
import static org.nrmtracker.command.ReferralJson.reasonableGrounds;
import org.nrmtracker.command.ReferralJson;
import static org.nrmtracker.command.ReferralJson.supportEnded;
import static org.nrmtracker.command.ReferralJson.supportStarted;
import static org.nrmtracker.command.ReferralJson.withdrawn;

/**
 * Request bodies a careless or hostile client might send, generated from a seed: a valid body of docs/api.md §3.1
 * or §3.2 (its {@code subjectRef} the secret one) with fields dropped, added, renamed or given values of another
 * type, extreme numbers and dates, odd strings (control characters, lone surrogates, {@link #MARKER} fragments),
 * deep nesting and huge arrays spliced in as raw JSON; then, now and again, the bytes themselves broken:
 * truncated, flipped, invalid UTF-8, raw control bytes, a byte order mark, a duplicate key, or noise.
 */
final class HostileBodies {

    /** Starts every generated free-text fragment: no answer and no log line may ever contain it. */
    static final String MARKER = "Qv7Frag";
    private static final String RAW = "@@raw@@";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String[] DATES = {"0000-00-00", "+999999-01-01", "-000001-01-01", "2024-02-30",
            "+999999999-12-31", "-999999999-01-01", "+1000000000-01-01", "9999-12-31", "2009-03-31", "2009-04-01",
            "2024-1-1", "20240101", "2024-01-01T00:00:00Z", " 2024-01-01", "2024-13-01", "1970-01-01", "",
            REFERRED_ON.toString(), REFERRED_ON.plusDays(200).toString(), REFERRED_ON.minusDays(1).toString()};
    private static final String[] NUMBERS = {"1e999999", "-1e999999", "1E-999999", "0", "-0", "1.5", "-1",
            "9223372036854775808", "123456789012345678901234567890", "NaN", "Infinity", "-Infinity", "0x10", "01",
            "1" + "0".repeat(2_000)};
    private static final String[] WORDS = {"REFERRED", "POSITIVE", "NEGATIVE", "ADULT", "POLICE", "UK", "ALB",
            "WITHDRAWN", "SUPPORT_ENDED", "REASONABLE_GROUNDS", "ACCOMMODATION", "MOVED_ON", "positive", "null",
            "true", SECRET_SUBJECT_REF};
    private static final String[] CONTENT_TYPES = {"text/plain", "application/xml", "application/json; charset=UTF-16",
            "application/json; charset=ISO-8859-1", "application/json; charset=nonsense", "application/json;;;=",
            "application/merge-patch+json", "*/*", "application/x-ndjson", "application/json", "multipart/form-data",
            "application/x-www-form-urlencoded", "a/b/c", "", "\u00e9"};

    private final Random random;

    HostileBodies(long seed) {
        this.random = new Random(seed);
    }

    Random random() {
        return random;
    }

    /** A body for {@code POST /api/v1/referrals}: a referral (with a fresh id, most of the time) broken somehow. */
    byte[] referral() {
        ObjectNode body = ReferralJson.referral(UUID.randomUUID());
        if (random.nextInt(4) == 0) {
            body.remove("referralId");
        }
        ((ObjectNode) body.get("survivor")).put("subjectRef", SECRET_SUBJECT_REF);
        return broken(body);
    }

    /** A body for {@code POST /api/v1/referrals/{id}/events}. */
    byte[] event() {
        return broken(validEvent());
    }

    /** An NDJSON history of 1 to 4 lines, each a referral or an event of one of the given referrals, most broken. */
    byte[] history(List<UUID> referrals) {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        int lines = 1 + random.nextInt(4);
        for (int i = 0; i < lines; i++) {
            ObjectNode line;
            if (random.nextInt(3) == 0) {
                line = ReferralJson.referral(UUID.randomUUID()).put("type", "REFERRED");
                ((ObjectNode) line.get("survivor")).put("subjectRef", SECRET_SUBJECT_REF);
            } else {
                UUID referralId = random.nextInt(4) == 0 ? UUID.randomUUID() : pick(referrals);
                line = validEvent().put("referralId", referralId.toString());
            }
            byte[] bytes = random.nextInt(8) == 0 ? bytes(line) : broken(line);
            file.writeBytes(bytes);
            if (i < lines - 1 || random.nextBoolean()) {
                file.writeBytes(random.nextInt(5) == 0 ? new byte[]{'\r', '\n'} : new byte[]{'\n'});
            }
            if (random.nextInt(10) == 0) {
                file.writeBytes(random.nextBoolean() ? "\n".getBytes(StandardCharsets.US_ASCII)
                        : " \t\n".getBytes(StandardCharsets.US_ASCII));
            }
        }
        return random.nextInt(20) == 0 ? brokenBytes(file.toByteArray()) : file.toByteArray();
    }

    /** The right content type most of the time, otherwise a wrong, malformed or absent one. */
    String contentType(String right) {
        if (random.nextInt(20) != 0) {
            return right;
        }
        int i = random.nextInt(CONTENT_TYPES.length + 1);
        return i == CONTENT_TYPES.length ? null : CONTENT_TYPES[i];
    }

    private ObjectNode validEvent() {
        var on = REFERRED_ON.plusDays(random.nextInt(60));
        String outcome = random.nextBoolean() ? "POSITIVE" : "NEGATIVE";
        switch (random.nextInt(6)) {
            case 0:
                return reasonableGrounds(on, outcome);
            case 1:
                return conclusiveGrounds(on, outcome);
            case 2:
                return supportStarted(on, random.nextBoolean() ? "ACCOMMODATION" : "OUTREACH");
            case 3:
                return supportEnded(on, "MOVED_ON");
            case 4:
                return withdrawn(on);
            default:
                return JSON.createObjectNode().put("type", "RECONSIDERATION_REQUESTED")
                        .put("stage", "REASONABLE_GROUNDS").put("requestedOn", on.toString());
        }
    }

    /** One to three changes to the tree, a raw JSON value spliced in at most once, then maybe broken bytes. */
    private byte[] broken(ObjectNode body) {
        String raw = null;
        int changes = 1 + random.nextInt(3);
        for (int i = 0; i < changes; i++) {
            ObjectNode target = randomObject(body);
            List<String> names = new ArrayList<>(target.propertyNames());
            String name = names.isEmpty() ? "type" : pick(names);
            switch (random.nextInt(6)) {
                case 0 -> target.remove(name);
                case 1 -> target.set(fieldName(), JSON.getNodeFactory().stringNode(string()));
                case 2 -> {
                    JsonNode value = target.remove(name);
                    target.set(fieldName(), value);
                }
                case 3 -> target.put(name, string());
                case 4 -> {
                    if (raw == null) {
                        raw = rawValue();
                        target.put(random.nextInt(4) == 0 ? fieldName() : name, RAW);
                    }
                }
                default -> target.set(name, otherType());
            }
        }
        String text = body.toString();
        if (raw != null) {
            text = text.replace("\"" + RAW + "\"", raw);
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return random.nextInt(4) == 0 ? brokenBytes(bytes) : bytes;
    }

    private ObjectNode randomObject(ObjectNode body) {
        List<ObjectNode> objects = new ArrayList<>();
        objects.add(body);
        body.forEach(value -> {
            if (value instanceof ObjectNode nested) {
                objects.add(nested);
            }
        });
        return pick(objects);
    }

    /** Mostly names a client might mistype; sometimes names no client would send, which must not come back. */
    private String fieldName() {
        switch (random.nextInt(4)) {
            case 0:
                return "survivorName";
            case 1:
                return pick(List.of("referralId", "type", "subjectRef", "outcome", "decidedOn", "nationalities",
                        "Type", "referredon", "__proto__", "constructor", "@class", "$set", "a.b", "x[0]"));
            case 2:
                return "extra" + random.nextInt(1_000);
            default:
                return MARKER + "-" + string();
        }
    }

    private JsonNode otherType() {
        var nodes = JSON.getNodeFactory();
        switch (random.nextInt(7)) {
            case 0:
                return nodes.nullNode();
            case 1:
                return nodes.booleanNode(random.nextBoolean());
            case 2:
                return nodes.numberNode(random.nextLong());
            case 3:
                return nodes.numberNode(random.nextDouble() * 1e300);
            case 4: {
                ArrayNode array = nodes.arrayNode();
                int n = random.nextInt(5);
                for (int i = 0; i < n; i++) {
                    array.add(string());
                }
                return array;
            }
            case 5:
                return nodes.objectNode().put("value", string());
            default:
                return nodes.stringNode(pick(DATES));
        }
    }

    /** A string value: an enum-like word, a date, the secret, unicode, control characters, or very long. */
    private String string() {
        switch (random.nextInt(8)) {
            case 0:
                return pick(WORDS);
            case 1:
                return pick(DATES);
            case 2:
                return SECRET_SUBJECT_REF + random.nextInt(100);
            case 3:
                return MARKER + "-" + MARKER.repeat(random.nextInt(3_000)) + "-" + random.nextInt(1_000);
            case 4: {
                StringBuilder text = new StringBuilder(MARKER);
                int n = random.nextInt(40);
                for (int i = 0; i < n; i++) {
                    text.append((char) random.nextInt(0x10000)); // lone surrogates and control characters included
                }
                return text.toString();
            }
            case 5:
                return MARKER + "\u0000\u0007\u001b[31m\r\n\u2028\u202e\ufeff\ud83d\ude00" + random.nextInt(100);
            case 6:
                return MARKER + "x".repeat(random.nextInt(70_000));
            default:
                return "";
        }
    }

    /** JSON text no tree can hold: extreme numbers, deep nesting, huge arrays, escapes of lone surrogates, ... */
    private String rawValue() {
        switch (random.nextInt(9)) {
            case 0:
                return pick(NUMBERS);
            case 1: {
                int depth = 1 + random.nextInt(10_000);
                return "[".repeat(depth) + "]".repeat(depth);
            }
            case 2: {
                int depth = 1 + random.nextInt(10_000);
                return "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
            }
            case 3: {
                int n = random.nextInt(10_000);
                StringBuilder array = new StringBuilder("[");
                for (int i = 0; i < n; i++) {
                    array.append(i == 0 ? "" : ",").append(random.nextBoolean() ? "\"ALB\"" : "1");
                }
                return array.append(']').toString();
            }
            case 4:
                return "\"" + MARKER + pick(List.of("\\ud800", "\\udfff", "\\ud83d\\ude00", "\\u0000", "\\u001f",
                        "\\uZZZZ", "\\x41", "\\", "\\ud800\\ud800")) + "\"";
            case 5:
                return "\"" + MARKER + (char) random.nextInt(0x20) + "\""; // a raw control character in a string
            case 6:
                return pick(List.of("'" + MARKER + "'", "undefined", "True", "nul", "[1,]", "{,}", "{\"a\"}", "--1",
                        "/*" + MARKER + "*/1", "[" + MARKER + "]"));
            case 7:
                return "\"" + SECRET_SUBJECT_REF + "\"";
            default:
                return "\"" + pick(DATES) + "\"";
        }
    }

    private byte[] brokenBytes(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + 16);
        int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
        switch (random.nextInt(9)) {
            case 0: // truncated
                return java.util.Arrays.copyOf(bytes, at);
            case 1: { // bytes flipped
                byte[] copy = bytes.clone();
                for (int i = 0, n = 1 + random.nextInt(4); i < n && copy.length > 0; i++) {
                    copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
                }
                return copy;
            }
            case 2: // invalid UTF-8: a lone continuation byte, an overlong slash, an encoded surrogate, 0xFF
                out.write(bytes, 0, at);
                out.writeBytes(pick(List.of(new byte[]{(byte) 0x80}, new byte[]{(byte) 0xC0, (byte) 0xAF},
                        new byte[]{(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[]{(byte) 0xFF},
                        new byte[]{(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, new byte[]{(byte) 0xE2})));
                out.write(bytes, at, bytes.length - at);
                return out.toByteArray();
            case 3: // a raw control byte anywhere
                out.write(bytes, 0, at);
                out.write(random.nextInt(0x20));
                out.write(bytes, at, bytes.length - at);
                return out.toByteArray();
            case 4: // a byte order mark before the body
                out.writeBytes(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                out.writeBytes(bytes);
                return out.toByteArray();
            case 5: { // a duplicate key: the first field again, with another value
                String text = new String(bytes, StandardCharsets.UTF_8);
                int colon = text.indexOf("\":");
                if (colon < 0 || !text.startsWith("{\"")) {
                    return bytes;
                }
                String first = text.substring(1, colon + 1);
                return ("{" + first + ":\"" + MARKER + "\"," + text.substring(1)).getBytes(StandardCharsets.UTF_8);
            }
            case 6: { // noise
                byte[] noise = new byte[random.nextInt(200)];
                random.nextBytes(noise);
                return noise;
            }
            case 7: // something after the value
                out.writeBytes(bytes);
                out.writeBytes(pick(List.of("{}", ",", "]", " x", "\u0000", "{\"" + MARKER + "\":1}"))
                        .getBytes(StandardCharsets.UTF_8));
                return out.toByteArray();
            default:
                return new byte[0];
        }
    }

    private static byte[] bytes(JsonNode node) {
        return node.toString().getBytes(StandardCharsets.UTF_8);
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private <T> T pick(T[] array) {
        return array[random.nextInt(array.length)];
    }
}
