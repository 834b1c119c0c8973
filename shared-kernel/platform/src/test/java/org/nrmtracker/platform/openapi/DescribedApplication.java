package org.nrmtracker.platform.openapi;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What each application's description test starts from: the application running on a random port, its served
 * OpenAPI description read without a token as in local mode, and the first check, that it describes exactly the
 * endpoints the API reference (docs/api.md, "Endpoints") lists for that application.
 */
public abstract class DescribedApplication {

    @LocalServerPort
    protected int port;
    protected ServedDescription served;

    /** The application's name in the API reference's table: {@code command-side} or {@code query-side}. */
    protected abstract String application();

    @BeforeEach
    void readTheServedDescription() throws Exception {
        served = ServedDescription.of(port);
    }

    @Test
    void describesExactlyTheEndpointsTheApiReferenceListsForIt() throws Exception {
        assertThat(served.operations()).isEqualTo(ApiReference.endpointsOf(application())).isNotEmpty();
    }
}
