package org.nrmtracker.command.erasure;

import org.nrmtracker.kernel.personaldata.DataKeys;
import org.nrmtracker.kernel.personaldata.MasterKeys;
import org.nrmtracker.kernel.personaldata.PersonalData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Step 2 of rotating a master key (docs/personal-data.md): at start, every data key wrapped by another master key
 * than the first configured is rewrapped with it, so the old one can then be removed.
 */
@Component
class MasterKeyRotation {

    private static final Logger log = LoggerFactory.getLogger(MasterKeyRotation.class);

    private final PersonalData personalData;
    private final MasterKeys masterKeys;

    MasterKeyRotation(PersonalData personalData, MasterKeys masterKeys) {
        this.personalData = personalData;
        this.masterKeys = masterKeys;
    }

    @EventListener(ApplicationReadyEvent.class)
    void rewrap() {
        DataKeys.Rewrapped rewrapped = personalData.keys().rewrap();
        if (rewrapped.keys() > 0) {
            log.info("Rewrapped {} data keys with master key {}", rewrapped.keys(), masterKeys.currentId());
        }
        if (!rewrapped.complete()) {
            log.warn("Data keys remain wrapped by another master key than {}: keep the older ones configured and"
                    + " restart to go on rewrapping (docs/personal-data.md)", masterKeys.currentId());
        }
    }
}
