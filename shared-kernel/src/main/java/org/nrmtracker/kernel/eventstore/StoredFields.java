package org.nrmtracker.kernel.eventstore;

import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.ObjectId;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Reads a stored document's fields without trusting their types: a hand edit can make a date a sub-document or a
 * number a string, and the reader must then say so instead of failing with a {@code ClassCastException}. Each
 * problem names the field and the two types, never the stored value (a payload can hold a {@code subjectRef}).
 */
final class StoredFields {

    private final List<String> problems = new ArrayList<>(0);

    /** A string field, null when absent or of another type (then a problem is noted). */
    String string(Document document, String field, String where) {
        Object value = document.get(field);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        wrongType(where, field, value, "a string");
        return null;
    }

    /** A whole number, null when absent or of another type (a problem either way: the field is required). */
    Long number(Document document, String field, String where) {
        Object value = document.get(field);
        if (value instanceof Integer || value instanceof Long) {
            return ((Number) value).longValue();
        }
        if (value instanceof Double d && d == Math.rint(d) && !d.isInfinite()) {
            return d.longValue(); // a shell's numbers are doubles
        }
        if (value == null) {
            problems.add(where + "field '" + field + "' is missing");
        } else {
            wrongType(where, field, value, "a whole number");
        }
        return null;
    }

    /** A date, null when absent or of another type (then a problem is noted). */
    Date date(Document document, String field, String where) {
        Object value = document.get(field);
        if (value == null || value instanceof Date) {
            return (Date) value;
        }
        wrongType(where, field, value, "a date");
        return null;
    }

    List<String> problems() {
        return problems;
    }

    void add(String problem) {
        problems.add(problem);
    }

    /** What a stored value is, in words, without the value itself. */
    static String kindOf(Object value) {
        if (value == null) {
            return "null";
        } else if (value instanceof String) {
            return "a string";
        } else if (value instanceof Document) {
            return "a sub-document";
        } else if (value instanceof List<?>) {
            return "an array";
        } else if (value instanceof Number) {
            return "a number";
        } else if (value instanceof Date) {
            return "a date";
        } else if (value instanceof Boolean) {
            return "a boolean";
        } else if (value instanceof ObjectId) {
            return "an ObjectId";
        } else if (value instanceof Binary) {
            return "binary data";
        }
        return "a " + value.getClass().getSimpleName();
    }

    private void wrongType(String where, String field, Object value, String expected) {
        problems.add(where + "field '" + field + "' is " + kindOf(value) + ", not " + expected);
    }
}
