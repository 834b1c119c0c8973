package org.nrmtracker.command;

import tools.jackson.databind.JsonNode;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What every error answer must look like (docs/api.md §1). */
public final class Problems {

    /** Traces of the implementation that must never reach a client. */
    private static final List<String> IMPLEMENTATION_DETAILS = List.of(
            "org.", "java.", "javax.", "jakarta.", "tools.jackson", "com.fasterxml", "Exception", "\tat ",
            ".java:", "trace");

    private Problems() {
    }

    /**
     * Asserts an RFC 9457 problem with the given status, its four members, and nothing of the
     * implementation or of the request's values in it.
     *
     * @param notEchoed values the request carried that the answer must not repeat
     * @return the problem, for further assertions
     */
    public static JsonNode assertProblem(HttpAnswer answer, int status, String... notEchoed) {
        assertThat(answer.status()).as("status of %s", answer).isEqualTo(status);
        assertThat(answer.contentType()).as("content type of %s", answer).startsWith(WriteApi.PROBLEM_JSON);
        JsonNode problem = answer.json();
        assertThat(problem.path("type").asString("")).as("type of %s", answer).isNotBlank();
        assertThat(problem.path("title").asString("")).as("title of %s", answer).isNotBlank();
        assertThat(problem.path("status").asInt(0)).as("status member of %s", answer).isEqualTo(status);
        assertThat(problem.path("detail").asString("")).as("detail of %s", answer).isNotBlank();
        assertThat(answer.body()).doesNotContain(IMPLEMENTATION_DETAILS);
        for (String value : notEchoed) {
            assertThat(answer.body()).as("the answer repeats a value of the request").doesNotContain(value);
        }
        return problem;
    }

    /** Asserts a 400 whose {@code errors} name exactly the given field. */
    public static JsonNode assertInvalidField(HttpAnswer answer, String field, String... notEchoed) {
        JsonNode problem = assertProblem(answer, 400, notEchoed);
        JsonNode errors = problem.get("errors");
        assertThat(errors).as("errors of %s", answer).isNotNull();
        assertThat(errors.valueStream().map(e -> e.get("field").asString()).toList())
                .as("fields named by %s", answer).containsExactly(field);
        errors.forEach(e -> assertThat(e.get("message").asString()).isNotBlank());
        return problem;
    }
}
