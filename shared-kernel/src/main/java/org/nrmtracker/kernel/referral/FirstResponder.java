package org.nrmtracker.kernel.referral;

/** Who referred: the kind of organisation and, optionally, its name (never a person's). */
public record FirstResponder(FirstResponderType type, String organisation) {
}
