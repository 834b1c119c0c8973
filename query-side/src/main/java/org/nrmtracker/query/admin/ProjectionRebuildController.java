package org.nrmtracker.query.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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

/** Administrators rebuild every read model from the event store (docs/api.md §7). */
@RestController
@Tag(name = "Administration", description = "Administrators rebuild the read models")
@RequestMapping("/api/v1/admin/projection-rebuilds")
class ProjectionRebuildController {

    private final ProjectionRebuilds rebuilds;

    ProjectionRebuildController(ProjectionRebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    @PostMapping
    @Operation(summary = "Rebuild every read model from the event store", description = "Built beside the live "
            + "ones, which keep answering; on completion the rebuilt ones replace them at once.")
    @ApiResponse(responseCode = "202", description = "Started; follow it at Location.", useReturnTypeSchema = true,
            headers = @Header(name = "Location", schema = @Schema(type = "string"),
                    description = "/api/v1/admin/projection-rebuilds/{id}"))
    @ApiResponse(responseCode = "409", description = "A rebuild is already running; follow that one.")
    ResponseEntity<RebuildStatus> start() {
        RebuildProgress progress = rebuilds.start();
        return ResponseEntity.accepted().location(URI.create("/api/v1/admin/projection-rebuilds/" + progress.id()))
                .body(progress.status());
    }

    @GetMapping("/{id}")
    @Operation(summary = "A rebuild's progress")
    @ApiResponse(responseCode = "200", description = "Its state and counts.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "No rebuild with this id was started on this instance.")
    RebuildStatus status(@PathVariable String id) {
        return rebuilds.find(id).map(RebuildProgress::status).orElseThrow(() -> new ErrorResponseException(
                HttpStatus.NOT_FOUND, ProblemTypes.problem(HttpStatus.NOT_FOUND, ProblemTypes.INVALID_REQUEST,
                        "Unknown rebuild", "No projection rebuild with this id was started on this instance."), null));
    }
}
