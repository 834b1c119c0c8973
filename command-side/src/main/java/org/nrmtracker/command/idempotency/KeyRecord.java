package org.nrmtracker.command.idempotency;

import org.bson.Document;

import java.time.Instant;

/** What is stored under an idempotency key: the request's fingerprint and, once done, its response
 * (its body stored sealed: {@link StoredAnswers}). */
record KeyRecord(String fingerprint, boolean inProgress, Instant createdAt, int status, String contentType,
                 String location, String body) {

    static KeyRecord of(Document d, StoredAnswers answers) {
        Integer status = d.getInteger("status");
        return new KeyRecord(d.getString("fingerprint"), "IN_PROGRESS".equals(d.getString("state")),
                d.getDate("createdAt").toInstant(), status == null ? 0 : status, d.getString("contentType"),
                d.getString("location"), answers.open(d.get("body", Document.class)));
    }
}
