// The audit hash chain recomputed in the browser, independently of the server's integrity check (docs/api.md
// §6.2, as ops/verify-audit.py does it): hash = hex(SHA-256(previousHash + "\n" + canonical)), canonical the
// RFC 8785 form of {payload, recordedAt, recordedBy, referralId, sequence, type}; sequence 0 links to 64 zeros.
import { canonicalize } from './jcs.js';

export const GENESIS = '0'.repeat(64);

async function sha256Hex(text) {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The hash of one stored record (6.1's fields) as recomputed here; throws when it has no canonical form. */
export async function recompute(record, referralId) {
  if (record.payload === null || typeof record.payload !== 'object' || Array.isArray(record.payload)) {
    throw new Error('its payload is not a JSON object');
  }
  const envelope = {
    payload: record.payload,
    recordedAt: record.recordedAt,
    recordedBy: record.recordedBy,
    referralId,
    sequence: record.sequence,
    type: record.type,
  };
  return sha256Hex(`${record.previousHash}\n${canonicalize(envelope)}`);
}

/**
 * Follows one referral's chain record by record. Answers, per record, null when it verifies or what is wrong:
 * its content hashes to another value, or it does not link to the record before.
 */
export class ChainFollower {
  constructor() {
    this.heads = new Map(); // referralId → { sequence, hash }
  }

  async check(record, referralId) {
    if (record.unreadable) {
      this.heads.set(referralId, { sequence: record.sequence, hash: record.hash });
      return `The server could not read the stored event: ${record.unreadable}`;
    }
    let problem = null;
    try {
      if (await recompute(record, referralId) !== record.hash) {
        problem = 'The recomputed hash differs from the stored one: the event was changed after it was recorded.';
      }
    } catch (e) {
      problem = `It cannot be hashed: ${e.message}.`;
    }
    const last = this.heads.get(referralId);
    if (!problem && !last && record.sequence !== 0) {
      problem = `The referral's first event is sequence ${record.sequence}, not 0.`;
    } else if (!problem && !last && record.previousHash !== GENESIS) {
      problem = 'Its previous hash is not the genesis hash (64 zeros).';
    } else if (!problem && last && record.sequence !== last.sequence + 1) {
      problem = `It follows sequence ${last.sequence}: an event is missing, repeated or out of order.`;
    } else if (!problem && last && record.previousHash !== last.hash) {
      problem = `Its previous hash is not the hash of sequence ${last.sequence}: the chain is broken.`;
    }
    this.heads.set(referralId, { sequence: record.sequence, hash: record.hash });
    return problem;
  }
}
