package org.nrmtracker.platform.openapi;

import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The OpenAPI description an application serves at {@code /v3/api-docs}, read without a token. */
public record ServedDescription(OpenAPI api) {

    public static ServedDescription of(int port) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v3/api-docs")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new AssertionError("GET /v3/api-docs without a token answered " + answer.statusCode());
        }
        return new ServedDescription(Json31.mapper().readValue(answer.body(), OpenAPI.class));
    }

    /** Every operation, as {@code "METHOD /path"}. */
    public Set<String> operations() {
        Set<String> operations = new TreeSet<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().keySet()
                .forEach(method -> operations.add(method.name() + " " + path)));
        return operations;
    }

    public Operation operation(String method, String path) {
        Map<PathItem.HttpMethod, Operation> operations = api.getPaths().get(path).readOperationsMap();
        return operations.get(PathItem.HttpMethod.valueOf(method));
    }
}
