package org.nrmtracker.query.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Administrators see how far each read model has read the event store (docs/api.md §7). */
@RestController
@Tag(name = "Administration", description = "Administrators rebuild the read models")
class ReadModelPositionsController {

    private final ReadModelPositions positions;

    ReadModelPositionsController(ReadModelPositions positions) {
        this.positions = positions;
    }

    @GetMapping("/api/v1/admin/read-models")
    @Operation(summary = "Each read model's position in the event store and how many events it is behind")
    @ApiResponse(responseCode = "200", description = "The store's newest position and each processor's.",
            useReturnTypeSchema = true)
    ReadModelPositions.Answer readModels() {
        return positions.now();
    }
}
