package org.nrmtracker.command.referral.http;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.nrmtracker.kernel.referral.FirstResponder;
import org.nrmtracker.kernel.referral.FirstResponderType;

record FirstResponderRequest(@NotNull FirstResponderType type, @Size(max = 120) @PlainText String organisation) {

    FirstResponder toValue() {
        return new FirstResponder(type, organisation);
    }
}
