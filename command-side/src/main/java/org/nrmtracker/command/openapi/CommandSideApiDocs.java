package org.nrmtracker.command.openapi;

import org.nrmtracker.platform.openapi.ApiDocs;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The command side's OpenAPI description: the shared parts, and what its filters answer on every POST. */
@Configuration(proxyBeanMethods = false)
@Import(ApiDocs.class)
class CommandSideApiDocs {

    @Bean
    EveryPost everyPost() {
        return new EveryPost();
    }
}
