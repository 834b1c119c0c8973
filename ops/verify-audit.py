#!/usr/bin/env python3
"""Verify an NRM Tracker audit export (docs/api.md §6.2) with nothing but Python 3.

usage: verify-audit.py EXPORT [REFERRAL_ID]
EXPORT is the JSON array of GET /api/v1/audit/referrals/{id}/events (then give REFERRAL_ID: its
records do not repeat it) or the NDJSON of GET /api/v1/audit/events. Prints one line per
violation and a summary; exits 0 when every referral's chain is intact, 1 otherwise.
"""
import decimal, hashlib, json, sys

GENESIS = "0" * 64


def canonical(v):
    """RFC 8785 (JCS): keys sorted by UTF-16 code units, no whitespace, ES6 numbers."""
    if isinstance(v, dict):
        keys = sorted(v, key=lambda k: k.encode("utf-16-be"))
        return "{" + ",".join(canonical(k) + ":" + canonical(v[k]) for k in keys) + "}"
    if isinstance(v, list):
        return "[" + ",".join(canonical(x) for x in v) + "]"
    if v is None or isinstance(v, (str, bool)):
        return json.dumps(v, ensure_ascii=False)  # escapes exactly what JCS escapes
    if isinstance(v, int) and abs(v) < 2 ** 53:
        return str(v)
    f = float(v)  # JCS numbers are IEEE-754 doubles; format as ECMAScript's Number.toString
    if f != f or f in (float("inf"), float("-inf")):
        raise ValueError("NaN and Infinity have no JSON form")
    if f == 0:
        return "0"
    _, digits, exponent = decimal.Decimal(repr(abs(f))).normalize().as_tuple()
    d, sign = "".join(map(str, digits)), "-" if f < 0 else ""
    k, n = len(d), exponent + len(d)  # the value is 0.d * 10^n
    if k <= n <= 21:
        return sign + d + "0" * (n - k)
    if 0 < n <= 21:
        return sign + d[:n] + "." + d[n:]
    if -6 < n <= 0:
        return sign + "0." + "0" * -n + d
    return sign + d[0] + ("." + d[1:] if k > 1 else "") + "e" + ("+" if n > 0 else "-") + str(abs(n - 1))


def unique_keys(pairs):
    if len(pairs) != len(set(key for key, _ in pairs)):
        raise ValueError("duplicate property name")
    return dict(pairs)


def verify(text, referral=None):
    load = lambda s: json.loads(s, object_pairs_hook=unique_keys)
    records = load(text) if text.lstrip().startswith("[") else [load(l) for l in text.splitlines() if l.strip()]
    heads, problems = {}, []  # per referral: (last sequence, its hash)
    for r in records:
        rid, seq, previous = r.get("referralId", referral), r["sequence"], r["previousHash"]
        if rid is None:
            sys.exit("Give the referral id: the records of a one-referral export do not carry it.")
        bad = lambda at, why: problems.append(f"referral {rid} sequence {at}: {why}")
        if r.get("unreadable"):  # the server could not read a stored field (docs/api.md §6.1)
            bad(seq, f"the stored event cannot be read: {r['unreadable']}")
            heads[rid] = (seq, r.get("hash"))
            continue
        try:
            envelope = dict(referralId=rid, **{k: r[k] for k in ("payload", "recordedAt", "recordedBy", "sequence", "type")})
            if hashlib.sha256((previous + "\n" + canonical(envelope)).encode()).hexdigest() != r["hash"]:
                bad(seq, "hash does not match the event's content: it was changed after it was recorded")
        except (ValueError, TypeError, ArithmeticError, UnicodeError) as e:
            bad(seq, f"cannot be hashed ({e})")
        last = heads.get(rid)
        if last is None and seq != 0:
            bad(0, f"missing: the referral's first event is sequence {seq}")
        elif last is None and previous != GENESIS:
            bad(0, "previousHash is not the genesis hash (64 zeros)")
        elif last is not None and seq <= last[0]:
            bad(seq, f"recorded after sequence {last[0]}: a duplicate, or the events are out of order")
            continue
        elif last is not None and seq > last[0] + 1:
            bad(last[0] + 1, f"missing: sequence {seq} follows sequence {last[0]}")
        elif last is not None and last[1] is not None and previous != last[1]:
            bad(seq, f"previousHash is not the hash of sequence {last[0]}: the chain is broken")
        heads[rid] = (seq, r["hash"])
    return len(records), len(heads), problems


if __name__ == "__main__":
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    with open(sys.argv[1], encoding="utf-8") as export:
        events, referrals, problems = verify(export.read(), sys.argv[2] if len(sys.argv) == 3 else None)
    print("\n".join(problems + [f"{events} events of {referrals} referrals: "
                                + (f"{len(problems)} violations" if problems else "intact")]))
    sys.exit(1 if problems else 0)
