package org.nrmtracker.command;

import org.axonframework.messaging.timeout.HandlerTimeoutHandlerEnhancerDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** The Axon settings the command side depends on, as the running application has them (docs/decisions.md). */
@RunningCommandSide
class AxonSettingsTest {

    @Autowired
    ApplicationContext context;

    @Test
    void commandsAreNotWrappedInAxonsTimeoutsSinceEveryCommitHasItsOwnDeadline() {
        assertThat(context.getBeansOfType(HandlerTimeoutHandlerEnhancerDefinition.class)).isEmpty();
        assertThat(context.getEnvironment().getProperty("axon.timeout.enabled", Boolean.class)).isFalse();
    }
}
