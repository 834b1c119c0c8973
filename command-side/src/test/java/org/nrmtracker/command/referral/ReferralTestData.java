package org.nrmtracker.command.referral;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.nrmtracker.kernel.personaldata.PersonalData;
import org.nrmtracker.kernel.referral.AgeAtExploitation;
import org.nrmtracker.kernel.referral.ConclusiveGroundsDecisionRecorded;
import org.nrmtracker.kernel.referral.DecisionOutcome;
import org.nrmtracker.kernel.referral.DecisionStage;
import org.nrmtracker.kernel.referral.Exploitation;
import org.nrmtracker.kernel.referral.ExploitationLocation;
import org.nrmtracker.kernel.referral.ExploitationType;
import org.nrmtracker.kernel.referral.FirstResponder;
import org.nrmtracker.kernel.referral.FirstResponderType;
import org.nrmtracker.kernel.referral.Gender;
import org.nrmtracker.kernel.referral.Jurisdiction;
import org.nrmtracker.kernel.referral.ReasonableGroundsDecisionRecorded;
import org.nrmtracker.kernel.referral.ReconsiderationRequested;
import org.nrmtracker.kernel.referral.ReferralId;
import org.nrmtracker.kernel.referral.ReferralMade;
import org.nrmtracker.kernel.referral.ReferralWithdrawn;
import org.nrmtracker.kernel.referral.SupportEndReason;
import org.nrmtracker.kernel.referral.SupportEnded;
import org.nrmtracker.kernel.referral.SupportKind;
import org.nrmtracker.kernel.referral.SupportStarted;
import org.nrmtracker.kernel.referral.Survivor;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/** Named test data and small factories for the Referral fixture tests. */
final class ReferralTestData {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** Noon in London (BST) on Friday 28 June 2024. */
    static final Instant NOW = Instant.parse("2024-06-28T11:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2024, 6, 28);
    static final LocalDate TOMORROW = TODAY.plusDays(1);
    static final Clock CLOCK = Clock.fixed(NOW, LONDON);
    /** When the given history was recorded: a duplicate answers with this time, not NOW. */
    static final Instant EARLIER = Instant.parse("2024-05-01T09:00:00Z");

    static final ReferralId ID = ReferralId.of("8d0f4d0e-6a3a-4c53-9a52-3f9a5b8f2f10");
    static final LocalDate REFERRED_ON = LocalDate.of(2024, 3, 1);
    static final Jurisdiction JURISDICTION = Jurisdiction.ENGLAND_AND_WALES;
    static final String SUBJECT_REF = "case-0042";
    static final FirstResponder FIRST_RESPONDER = new FirstResponder(FirstResponderType.POLICE, "Example Constabulary");
    /** As a request gives it: subjectRef in clear. */
    static final Survivor SURVIVOR = new Survivor(SUBJECT_REF, AgeAtExploitation.ADULT, Gender.FEMALE, List.of("ALB"));
    static final PersonalData PERSONAL_DATA = InMemoryPersonalData.INSTANCE;
    /** As it is recorded: subjectRef sealed with the referral's key. */
    static final Survivor SEALED_SURVIVOR = PERSONAL_DATA.sealedForNewReferral(ID, SURVIVOR);
    static final Exploitation EXPLOITATION = new Exploitation(
            Set.of(ExploitationType.LABOUR, ExploitationType.CRIMINAL), ExploitationLocation.UK, false);

    private ReferralTestData() {
    }

    static FixtureConfiguration<Referral> fixture() {
        return fixture(CLOCK);
    }

    static FixtureConfiguration<Referral> fixture(Clock clock) {
        FixtureConfiguration<Referral> fixture = new AggregateTestFixture<>(Referral.class);
        fixture.registerInjectableResource(clock);
        fixture.registerInjectableResource(PERSONAL_DATA);
        return fixture;
    }

    /** The history was recorded EARLIER; the command under test runs NOW. */
    static TestExecutor<Referral> given(FixtureConfiguration<Referral> fixture, Object... history) {
        return fixture.givenCurrentTime(EARLIER).andGiven(history).andGivenCurrentTime(NOW);
    }

    static RecordedEvent recordedAs(long sequence) {
        return new RecordedEvent(ID, sequence, NOW, false);
    }

    static RecordedEvent duplicateOf(long sequence) {
        return new RecordedEvent(ID, sequence, EARLIER, true);
    }

    static LocalDate day(int month, int dayOfMonth) {
        return LocalDate.of(2024, month, dayOfMonth);
    }

    // commands

    static MakeReferral makeReferral() {
        return makeReferral(REFERRED_ON);
    }

    static MakeReferral makeReferral(LocalDate referredOn) {
        return new MakeReferral(ID, referredOn, JURISDICTION, FIRST_RESPONDER, SURVIVOR, EXPLOITATION);
    }

    static RecordReasonableGroundsDecision recordReasonableGrounds(LocalDate decidedOn, DecisionOutcome outcome) {
        return new RecordReasonableGroundsDecision(ID, decidedOn, outcome);
    }

    static RecordConclusiveGroundsDecision recordConclusiveGrounds(LocalDate decidedOn, DecisionOutcome outcome) {
        return new RecordConclusiveGroundsDecision(ID, decidedOn, outcome);
    }

    static RequestReconsideration requestReconsideration(DecisionStage stage, LocalDate requestedOn) {
        return new RequestReconsideration(ID, stage, requestedOn);
    }

    static StartSupport startSupport(LocalDate startedOn) {
        return new StartSupport(ID, startedOn, SupportKind.ACCOMMODATION);
    }

    static EndSupport endSupport(LocalDate endedOn) {
        return new EndSupport(ID, endedOn, SupportEndReason.MOVED_ON);
    }

    static WithdrawReferral withdraw(LocalDate withdrawnOn) {
        return new WithdrawReferral(ID, withdrawnOn);
    }

    // events

    static ReferralMade referralMade() {
        return referralMade(REFERRED_ON);
    }

    static ReferralMade referralMade(LocalDate referredOn) {
        return new ReferralMade(ID, referredOn, JURISDICTION, FIRST_RESPONDER, SEALED_SURVIVOR, EXPLOITATION);
    }

    static ReasonableGroundsDecisionRecorded reasonableGroundsDecided(LocalDate decidedOn, DecisionOutcome outcome) {
        return new ReasonableGroundsDecisionRecorded(ID, decidedOn, outcome);
    }

    static ConclusiveGroundsDecisionRecorded conclusiveGroundsDecided(LocalDate decidedOn, DecisionOutcome outcome) {
        return new ConclusiveGroundsDecisionRecorded(ID, decidedOn, outcome);
    }

    static ReconsiderationRequested reconsiderationRequested(DecisionStage stage, LocalDate requestedOn) {
        return new ReconsiderationRequested(ID, stage, requestedOn);
    }

    static SupportStarted supportStarted(LocalDate startedOn) {
        return new SupportStarted(ID, startedOn, SupportKind.ACCOMMODATION);
    }

    static SupportEnded supportEnded(LocalDate endedOn) {
        return new SupportEnded(ID, endedOn, SupportEndReason.MOVED_ON);
    }

    static ReferralWithdrawn withdrawn(LocalDate withdrawnOn) {
        return new ReferralWithdrawn(ID, withdrawnOn);
    }
}
