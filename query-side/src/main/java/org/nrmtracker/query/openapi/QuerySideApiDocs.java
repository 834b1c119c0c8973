package org.nrmtracker.query.openapi;

import org.nrmtracker.platform.openapi.ApiDocs;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The query side's OpenAPI description: the shared parts, and its CSV answers. */
@Configuration(proxyBeanMethods = false)
@Import(ApiDocs.class)
class QuerySideApiDocs {

    @Bean
    CsvAnswers csvAnswers() {
        return new CsvAnswers();
    }
}
