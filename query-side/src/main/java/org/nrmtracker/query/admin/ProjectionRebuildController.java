package org.nrmtracker.query.admin;

import org.nrmtracker.platform.problem.ProblemTypes;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

/** Administrators rebuild every read model from the event store (contract §7). */
@RestController
@RequestMapping("/api/v1/admin/projection-rebuilds")
class ProjectionRebuildController {

    private final ProjectionRebuilds rebuilds;

    ProjectionRebuildController(ProjectionRebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    @PostMapping
    ResponseEntity<RebuildStatus> start() {
        RebuildProgress progress = rebuilds.start();
        return ResponseEntity.accepted().location(URI.create("/api/v1/admin/projection-rebuilds/" + progress.id()))
                .body(progress.status());
    }

    @GetMapping("/{id}")
    RebuildStatus status(@PathVariable String id) {
        return rebuilds.find(id).map(RebuildProgress::status).orElseThrow(() -> new ErrorResponseException(
                HttpStatus.NOT_FOUND, ProblemTypes.problem(HttpStatus.NOT_FOUND, ProblemTypes.INVALID_REQUEST,
                        "Unknown rebuild", "No projection rebuild with this id was started on this instance."), null));
    }
}
