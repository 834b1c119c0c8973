package org.nrmtracker.kernel.policy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.nrmtracker.kernel.referral.Jurisdiction;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.nrmtracker.kernel.referral.Jurisdiction.ENGLAND_AND_WALES;

class RecoveryPeriodPolicyTest {

    private static final RecoveryPeriodPolicy POLICY = RecoveryPeriodPolicy.standard();

    @ParameterizedTest(name = "{0} on {1}: {2} days")
    @CsvSource({
            "ENGLAND_AND_WALES, 2009-04-01, 45",
            "ENGLAND_AND_WALES, 2022-12-12, 45",
            "ENGLAND_AND_WALES, 2022-12-13, 30",
            "ENGLAND_AND_WALES, 2024-03-06, 30",
            "SCOTLAND,          2009-04-01, 45",
            "SCOTLAND,          2018-03-31, 45",
            "SCOTLAND,          2018-04-01, 90",
            "SCOTLAND,          2022-12-13, 90",
            "NORTHERN_IRELAND,  2009-04-01, 45",
            "NORTHERN_IRELAND,  2018-04-01, 45",
            "NORTHERN_IRELAND,  2022-12-13, 45",
    })
    void minimumRecoveryPeriodIsTheOneInForceWhenTheClockStarts(Jurisdiction jurisdiction, LocalDate startsOn, int days) {
        assertThat(POLICY.minimumDaysOn(jurisdiction, startsOn)).isEqualTo(days);
    }

    @ParameterizedTest
    @EnumSource(Jurisdiction.class)
    void noRecoveryPeriodBeforeTheNrmStarted(Jurisdiction jurisdiction) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> POLICY.minimumDaysOn(jurisdiction, LocalDate.of(2009, 3, 31)))
                .withMessageContaining("2009-04-01");
    }

    @ParameterizedTest
    @EnumSource(Jurisdiction.class)
    void everyJurisdictionHasARuleFromTheStartOfTheNrm(Jurisdiction jurisdiction) {
        assertThat(POLICY.ruleOn(jurisdiction, RecoveryPeriodPolicy.NRM_START).effectiveFrom())
                .isEqualTo(RecoveryPeriodPolicy.NRM_START);
    }

    @Test
    void everyRuleNamesAPublishedSource() {
        assertThat(POLICY.rules()).allSatisfy(rule -> assertThat(rule.source()).startsWith("https://"));
    }

    @Test
    void theEnglishCutTo30DaysTracesToTheHansardStatement() {
        RecoveryPeriodRule rule = POLICY.ruleOn(ENGLAND_AND_WALES, LocalDate.of(2022, 12, 13));

        assertThat(rule.source()).contains("hansard.parliament.uk/commons/2022-12-13");
    }
}
