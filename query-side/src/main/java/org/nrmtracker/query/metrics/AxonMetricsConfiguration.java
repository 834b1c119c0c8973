package org.nrmtracker.query.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.micrometer.MetricsConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon's processor metrics (latency = lag behind the event's timestamp, throughput, capacity) on
 * Micrometer. Declared here because Axon 4.13's own auto-configuration orders itself after Spring
 * Boot 3's metrics classes, which Boot 4 renamed, and so never finds the MeterRegistry.
 */
@Configuration(proxyBeanMethods = false)
class AxonMetricsConfiguration {

    @Bean
    GlobalMetricRegistry axonMetricRegistry(MeterRegistry meterRegistry) {
        return new GlobalMetricRegistry(meterRegistry);
    }

    @Bean
    MetricsConfigurerModule axonMetrics(GlobalMetricRegistry axonMetricRegistry) {
        return new MetricsConfigurerModule(axonMetricRegistry, true); // dimensional: one metric, tagged by processor
    }
}
