package org.nrmtracker.query.endtoend;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The API as a client with a bearer token sees it: what the console's pages must show. */
record ConsoleApi(String base, String token) {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                .header("Accept", accept).build(), HttpResponse.BodyHandlers.ofString());
    }

    JsonNode json(String path) throws IOException, InterruptedException {
        HttpResponse<String> answer = get(path, "application/json");
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return JsonMapper.shared().readTree(answer.body());
    }

    String csv(String path) throws IOException, InterruptedException {
        return get(path, "text/csv").body();
    }

    /** Posts a history as the demo provider and answers the highest position it recorded. */
    static long importHistory(CommandSideProcess commandSide, String ndjson) throws IOException, InterruptedException {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + commandSide.httpPort + "/api/v1/referral-events:import"))
                .header("Authorization", "Bearer " + commandSide.token("demo-provider"))
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(ndjson)).build(), HttpResponse.BodyHandlers.ofString());
        JsonNode result = JsonMapper.shared().readTree(answer.body());
        if (answer.statusCode() != 200 || result.get("rejected").asInt() != 0) {
            throw new IllegalStateException("The import answered " + answer.statusCode() + ": " + answer.body());
        }
        return result.get("position").asLong();
    }
}
