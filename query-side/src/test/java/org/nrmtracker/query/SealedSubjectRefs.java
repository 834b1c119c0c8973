package org.nrmtracker.query;

import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.nrmtracker.kernel.personaldata.DataKeys;
import org.nrmtracker.kernel.personaldata.MasterKeys;
import org.nrmtracker.kernel.personaldata.PersonalData;
import org.nrmtracker.kernel.referral.AgeAtExploitation;
import org.nrmtracker.kernel.referral.Gender;
import org.nrmtracker.kernel.referral.ReferralId;
import org.nrmtracker.kernel.referral.SealedText;
import org.nrmtracker.kernel.referral.Survivor;

import java.time.Clock;
import java.util.List;

/**
 * subjectRefs sealed as the command side stores them (docs/personal-data.md), for tests that write events or read
 * models themselves: with a running application's {@link PersonalData}, so that it opens them, or with keys of
 * their own in memory ({@link #IN_MEMORY}).
 */
public final class SealedSubjectRefs {

    /** Keys in an in-memory server of their own, for one test run. */
    public static final PersonalData IN_MEMORY = inMemory();

    /** A survivor as a command side would record it: its reference sealed with the referral's key. */
    public static Survivor survivor(PersonalData personalData, ReferralId referralId, String subjectRef) {
        return personalData.sealedForNewReferral(referralId,
                new Survivor(subjectRef, AgeAtExploitation.ADULT, Gender.FEMALE, List.of("ALB")));
    }

    /** The stored form of a reference, sealed with keys in memory, as a read model keeps it. */
    public static String token(String referralId, String subjectRef) {
        SealedText sealed = IN_MEMORY.sealedForNewReferral(ReferralId.of(referralId),
                new Survivor(subjectRef, AgeAtExploitation.ADULT, Gender.FEMALE, List.of())).sealedSubjectRef();
        return sealed.token();
    }

    private static PersonalData inMemory() {
        MongoServer server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        return new PersonalData(new DataKeys(MongoClients.create(server.getConnectionString()).getDatabase("nrm"),
                MasterKeys.parse(MasterKeys.newEntry("test")), Clock.systemUTC()));
    }

    private SealedSubjectRefs() {
    }
}
