package org.nrmtracker.query.readiness;

import org.nrmtracker.platform.problem.ProblemTypes;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The 503 a data endpoint answers while a read model is not complete (docs/api.md §1): when to ask again, and how far
 * each model has come. Answered by the application's problem advice, as every {@link ErrorResponseException}.
 */
final class ReadModelsBuilding extends ErrorResponseException {

    ReadModelsBuilding(List<ModelProgress> progress, Duration retryAfter) {
        super(HttpStatus.SERVICE_UNAVAILABLE, problem(progress, retryAfter), null);
        getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter.toSeconds()));
    }

    private static ProblemDetail problem(List<ModelProgress> progress, Duration retryAfter) {
        String building = progress.stream().filter(model -> !model.complete())
                .map(model -> "%s has read up to position %,d of %,d".formatted(model.model(), model.position(),
                        model.target()))
                .collect(Collectors.joining("; "));
        ProblemDetail problem = ProblemTypes.problem(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.READ_MODELS_BUILDING,
                "Read models still being built", ("This instance is still building its read models from the event "
                        + "store (%s); it answers only complete figures. Try again in %d s.")
                        .formatted(building, retryAfter.toSeconds()));
        problem.setProperty("progress", progress);
        return problem;
    }
}
