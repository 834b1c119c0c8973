package org.nrmtracker.query.reads;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Every endpoint of the API goes through {@link PositionedReads}; those without {@link ReadsFrom} pass untouched. */
@Configuration(proxyBeanMethods = false)
class ReadsConfiguration implements WebMvcConfigurer {

    private final PositionedReads positionedReads;

    ReadsConfiguration(PositionedReads positionedReads) {
        this.positionedReads = positionedReads;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(positionedReads).addPathPatterns("/api/**");
    }
}
