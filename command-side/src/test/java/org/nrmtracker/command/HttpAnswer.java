package org.nrmtracker.command;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpHeaders;

/** A raw HTTP answer: status, headers and body text exactly as the server sent them. */
public record HttpAnswer(int status, HttpHeaders headers, String body) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public JsonNode json() {
        return JSON.readTree(body);
    }

    public String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    public String contentType() {
        return header("Content-Type");
    }

    /** Shown by AssertJ when an assertion on the answer fails. */
    @Override
    public String toString() {
        return status + " " + headers.map() + "\n" + body;
    }
}
