package org.nrmtracker.query.timeline;

import org.nrmtracker.kernel.policy.RecoveryPeriodPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The recovery-period table is plain kernel code (no Spring), so it becomes a bean here. */
@Configuration(proxyBeanMethods = false)
class TimelineConfiguration {

    @Bean
    RecoveryPeriodPolicy recoveryPeriodPolicy() {
        return RecoveryPeriodPolicy.standard();
    }
}
