package org.nrmtracker.query.calendar;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nrmtracker.kernel.referral.Jurisdiction;

import java.time.DayOfWeek;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.nrmtracker.kernel.referral.Jurisdiction.ENGLAND_AND_WALES;
import static org.nrmtracker.kernel.referral.Jurisdiction.NORTHERN_IRELAND;
import static org.nrmtracker.kernel.referral.Jurisdiction.SCOTLAND;

/** Working days are Monday–Friday dates d with from < d <= to that are not the jurisdiction's bank holidays. */
class WorkingDaysTest {

    private static final BankHolidays BANK_HOLIDAYS = BankHolidays.shipped();
    private static final WorkingDays WORKING_DAYS = new WorkingDays(BANK_HOLIDAYS);

    private static long between(Jurisdiction jurisdiction, String from, String to) {
        return WORKING_DAYS.between(jurisdiction, LocalDate.parse(from), LocalDate.parse(to));
    }

    @Nested
    class OneDayBoundaries {

        @ParameterizedTest
        @EnumSource(Jurisdiction.class)
        void aDecisionOnTheDayOfReferralTookNoWorkingDays(Jurisdiction jurisdiction) {
            assertThat(between(jurisdiction, "2024-03-06", "2024-03-06")).isZero();
        }

        @ParameterizedTest
        @EnumSource(Jurisdiction.class)
        void anEndBeforeTheStartCountsNothing(Jurisdiction jurisdiction) {
            assertThat(between(jurisdiction, "2024-03-06", "2024-03-01")).isZero();
        }

        @Test
        void theNextWeekdayIsOneWorkingDay() {
            assertThat(between(ENGLAND_AND_WALES, "2024-03-06", "2024-03-07")).isEqualTo(1); // Wed -> Thu
        }

        @Test
        void theStartDayItselfIsNeverCounted() {
            assertThat(between(ENGLAND_AND_WALES, "2024-03-05", "2024-03-06")).isEqualTo(1); // Tue -> Wed
        }

        @Test
        void aWeekendAddsNothing() {
            assertThat(between(ENGLAND_AND_WALES, "2024-03-01", "2024-03-02")).isZero(); // Fri -> Sat
            assertThat(between(ENGLAND_AND_WALES, "2024-03-01", "2024-03-03")).isZero(); // Fri -> Sun
            assertThat(between(ENGLAND_AND_WALES, "2024-03-01", "2024-03-04")).isEqualTo(1); // Fri -> Mon
            assertThat(between(ENGLAND_AND_WALES, "2024-03-02", "2024-03-04")).isEqualTo(1); // Sat -> Mon
        }

        @Test
        void aBankHolidayAsTheOnlyDayCountsNothing() {
            assertThat(between(ENGLAND_AND_WALES, "2024-03-28", "2024-03-29")).isZero(); // Good Friday
        }

        @Test
        void theContractExampleTakesThreeWorkingDaysFromFridayToWednesday() {
            assertThat(between(ENGLAND_AND_WALES, "2024-03-01", "2024-03-06")).isEqualTo(3);
        }

        @Test
        void aFullWeekIsFiveWorkingDays() {
            assertThat(between(ENGLAND_AND_WALES, "2024-03-04", "2024-03-11")).isEqualTo(5);
        }
    }

    @Nested
    class Easter {

        @Test
        void englandAndWalesLosesGoodFridayAndEasterMonday() {
            // Thu 28 Mar 2024 -> Tue 2 Apr: Fri 29 (Good Friday), Mon 1 Apr (Easter Monday), Tue 2 Apr
            assertThat(between(ENGLAND_AND_WALES, "2024-03-28", "2024-04-02")).isEqualTo(1);
        }

        @Test
        void northernIrelandAlsoHasEasterMonday() {
            assertThat(between(NORTHERN_IRELAND, "2024-03-28", "2024-04-02")).isEqualTo(1);
        }

        @Test
        void scotlandHasGoodFridayButNoEasterMonday() {
            assertThat(between(SCOTLAND, "2024-03-28", "2024-04-02")).isEqualTo(2);
            assertThat(between(SCOTLAND, "2023-04-06", "2023-04-11")).isEqualTo(2);
            assertThat(between(ENGLAND_AND_WALES, "2023-04-06", "2023-04-11")).isEqualTo(1);
        }
    }

    @Nested
    class ChristmasAndNewYear {

        @ParameterizedTest
        @EnumSource(Jurisdiction.class)
        void christmasAndBoxingDayOnAWeekendAreTakenOnMonday27AndTuesday28December2021(Jurisdiction jurisdiction) {
            // Fri 24 Dec 2021 -> Wed 29 Dec: Sat, Sun, Mon 27 and Tue 28 (substitutes), Wed 29
            assertThat(between(jurisdiction, "2021-12-24", "2021-12-29")).isEqualTo(1);
            assertThat(between(jurisdiction, "2021-12-24", "2021-12-27")).isZero();
            assertThat(between(jurisdiction, "2021-12-24", "2021-12-28")).isZero();
        }

        @Test
        void newYearsDayOnASaturdayIsTakenOnMonday3January2022() {
            // Fri 31 Dec 2021 -> Tue 4 Jan 2022: Mon 3 Jan is the substitute, Tue 4 Jan counts
            assertThat(between(ENGLAND_AND_WALES, "2021-12-31", "2022-01-04")).isEqualTo(1);
            assertThat(between(NORTHERN_IRELAND, "2021-12-31", "2022-01-04")).isEqualTo(1);
        }

        @Test
        void scotlandAlsoTakesTheSecondOfJanuaryOnTuesday4January2022() {
            assertThat(between(SCOTLAND, "2021-12-31", "2022-01-04")).isZero();
            assertThat(between(SCOTLAND, "2021-12-31", "2022-01-05")).isEqualTo(1);
        }

        @Test
        void scotlandsSecondOfJanuaryOnASaturdayIsTakenOnMonday4January2021() {
            // Thu 31 Dec 2020 -> Tue 5 Jan 2021: Fri 1 Jan holiday everywhere; Mon 4 Jan only in Scotland
            assertThat(between(SCOTLAND, "2020-12-31", "2021-01-05")).isEqualTo(1);
            assertThat(between(ENGLAND_AND_WALES, "2020-12-31", "2021-01-05")).isEqualTo(2);
        }

        @ParameterizedTest
        @EnumSource(Jurisdiction.class)
        void christmasFortnight2021LeavesFourWorkingDaysOutsideScotland(Jurisdiction jurisdiction) {
            // Fri 24 Dec 2021 -> Tue 4 Jan 2022: Wed 29, Thu 30, Fri 31 Dec, Tue 4 Jan (not in Scotland)
            long expected = jurisdiction == SCOTLAND ? 3 : 4;
            assertThat(between(jurisdiction, "2021-12-24", "2022-01-04")).isEqualTo(expected);
        }
    }

    @Nested
    class DivisionalHolidays {

        @Test
        void stAndrewsDayOnASaturdayIsTakenOnMonday2December2024InScotlandOnly() {
            // Fri 29 Nov 2024 -> Tue 3 Dec
            assertThat(between(SCOTLAND, "2024-11-29", "2024-12-03")).isEqualTo(1);
            assertThat(between(ENGLAND_AND_WALES, "2024-11-29", "2024-12-03")).isEqualTo(2);
            assertThat(between(NORTHERN_IRELAND, "2024-11-29", "2024-12-03")).isEqualTo(2);
        }

        @Test
        void stAndrewsDayOnAMondayIsAHolidayInScotlandOnly() {
            // Fri 27 Nov 2020 -> Mon 30 Nov
            assertThat(between(SCOTLAND, "2020-11-27", "2020-11-30")).isZero();
            assertThat(between(ENGLAND_AND_WALES, "2020-11-27", "2020-11-30")).isEqualTo(1);
        }

        @Test
        void stPatricksDayIsAHolidayInNorthernIrelandOnly() {
            // Wed 16 Mar 2022 -> Fri 18 Mar
            assertThat(between(NORTHERN_IRELAND, "2022-03-16", "2022-03-18")).isEqualTo(1);
            assertThat(between(ENGLAND_AND_WALES, "2022-03-16", "2022-03-18")).isEqualTo(2);
            assertThat(between(SCOTLAND, "2022-03-16", "2022-03-18")).isEqualTo(2);
        }

        @Test
        void stPatricksDayOnASundayIsTakenOnMonday18March2024() {
            // Fri 15 Mar 2024 -> Tue 19 Mar
            assertThat(between(NORTHERN_IRELAND, "2024-03-15", "2024-03-19")).isEqualTo(1);
            assertThat(between(ENGLAND_AND_WALES, "2024-03-15", "2024-03-19")).isEqualTo(2);
        }

        @Test
        void theTwelfthOfJulyIsAHolidayInNorthernIrelandOnly() {
            // Mon 11 Jul 2022 -> Wed 13 Jul
            assertThat(between(NORTHERN_IRELAND, "2022-07-11", "2022-07-13")).isEqualTo(1);
            assertThat(between(ENGLAND_AND_WALES, "2022-07-11", "2022-07-13")).isEqualTo(2);
        }

        @Test
        void theTwelfthOfJulyOnASundayIsTakenOnMonday13July2020() {
            // Fri 10 Jul 2020 -> Tue 14 Jul
            assertThat(between(NORTHERN_IRELAND, "2020-07-10", "2020-07-14")).isEqualTo(1);
            assertThat(between(SCOTLAND, "2020-07-10", "2020-07-14")).isEqualTo(2);
        }

        @Test
        void oneOffHolidaysCountEverywhereTheyWereDeclared() {
            // 2022 Platinum Jubilee Thu 2 + Fri 3 Jun; Scotland's 2026 World Cup day, Mon 15 Jun 2026
            assertThat(between(ENGLAND_AND_WALES, "2022-06-01", "2022-06-06")).isEqualTo(1);
            assertThat(between(SCOTLAND, "2026-06-12", "2026-06-16")).isEqualTo(1);
            assertThat(between(ENGLAND_AND_WALES, "2026-06-12", "2026-06-16")).isEqualTo(2);
        }
    }

    @Nested
    class CoveredYears {

        @ParameterizedTest
        @EnumSource(Jurisdiction.class)
        void countingIntoAYearTheDataDoesNotListIsRefused(Jurisdiction jurisdiction) {
            assertThatThrownBy(() -> between(jurisdiction, "2027-12-30", "2028-01-04"))
                    .isInstanceOf(OutsideCalendarRange.class)
                    .hasMessageContaining("2009-01-01").hasMessageContaining("2027-12-31")
                    .satisfies(e -> assertThat(((OutsideCalendarRange) e).jurisdiction()).isEqualTo(jurisdiction));
        }

        @Test
        void countingFromBeforeTheFirstListedYearIsRefused() {
            assertThatThrownBy(() -> between(ENGLAND_AND_WALES, "2008-12-30", "2009-01-05"))
                    .isInstanceOf(OutsideCalendarRange.class);
        }

        @Test
        void theFirstAndLastCoveredDaysCanBeCounted() {
            // the start day is never counted, so 31 Dec 2008 may be the start
            assertThat(between(ENGLAND_AND_WALES, "2008-12-31", "2009-01-02")).isEqualTo(1); // 1 Jan is a holiday
            assertThat(between(ENGLAND_AND_WALES, "2027-12-24", "2027-12-31")).isEqualTo(3); // 27, 28 Dec substitutes
        }

        @Test
        void anEmptyRangeOutsideTheDataIsStillZero() {
            assertThat(between(ENGLAND_AND_WALES, "2030-01-01", "2030-01-01")).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Jurisdiction.class)
    void agreesWithCountingDayByDayOverEveryCoveredYear(Jurisdiction jurisdiction) {
        LocalDate start = BANK_HOLIDAYS.firstCoveredDay(jurisdiction).minusDays(1);
        LocalDate end = BANK_HOLIDAYS.lastCoveredDay(jurisdiction);
        long counted = 0;
        for (LocalDate day = start.plusDays(1); !day.isAfter(end); day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                    && !BANK_HOLIDAYS.isBankHoliday(jurisdiction, day)) {
                counted++;
            }
            if (day.getDayOfMonth() % 7 == 3) { // a sample of end dates keeps the test fast
                assertThat(WORKING_DAYS.between(jurisdiction, start, day)).as("up to %s", day).isEqualTo(counted);
            }
        }
        assertThat(WORKING_DAYS.between(jurisdiction, start, end)).isEqualTo(counted);
    }
}
