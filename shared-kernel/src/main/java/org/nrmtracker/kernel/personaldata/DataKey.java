package org.nrmtracker.kernel.personaldata;

import org.nrmtracker.kernel.referral.ReferralId;
import org.nrmtracker.kernel.referral.SealedText;

import javax.crypto.SecretKey;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * One referral's own key, in memory only (stored wrapped by a master key, {@link DataKeys}). Sealing is
 * deterministic, a synthetic nonce (HMAC of the field and value) as in SIV modes: the same reference sealed twice
 * for one referral gives the same token, so a provider re-sending its referral is recognised as a duplicate without
 * opening anything; two values never share a nonce. The field and the referral are bound in as associated data, so
 * a token copied to another referral or field does not open.
 */
public final class DataKey {

    private final ReferralId referralId;
    private final byte[] raw;
    private final SecretKey encryption;
    private final byte[] nonces;

    DataKey(ReferralId referralId, byte[] raw) {
        this.referralId = referralId;
        this.raw = raw.clone();
        this.encryption = Aead.aesKey(Aead.hmac(raw, "nrm personal data encryption"));
        this.nonces = Aead.hmac(raw, "nrm personal data nonce");
    }

    static DataKey generate(ReferralId referralId) {
        return new DataKey(referralId, Aead.randomKey());
    }

    byte[] raw() {
        return raw.clone();
    }

    public SealedText seal(String field, String plaintext) {
        byte[] nonce = Aead.nonceFrom(Aead.hmac(nonces, field, plaintext));
        byte[] sealed = Aead.seal(encryption, nonce, plaintext.getBytes(StandardCharsets.UTF_8), associated(field));
        return new SealedText(SealedText.PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(sealed));
    }

    public String open(String field, SealedText sealed) {
        byte[] bytes = Base64.getUrlDecoder().decode(sealed.token().substring(SealedText.PREFIX.length()));
        return new String(Aead.open(encryption, bytes, associated(field)), StandardCharsets.UTF_8);
    }

    private String associated(String field) {
        return "nrm personal data\0" + referralId + "\0" + field;
    }
}
