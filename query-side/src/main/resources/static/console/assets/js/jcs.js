// RFC 8785 (JSON Canonicalization Scheme) of a parsed JSON value. The RFC defines its strings and numbers as
// ECMAScript's JSON.stringify writes them (RFC 8785 §3.2.2), so the browser's own does that part; what is left is
// sorting each object's keys by UTF-16 code units (§3.2.3), which is JavaScript's default string order, and
// refusing what has no canonical form. No WebJar of the `canonicalize` package is on Maven Central, so these few
// lines are the project's own (docs/console.md, "Assets").

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function canonicalize(value) {
  if (value === null || typeof value === 'boolean') {
    return JSON.stringify(value);
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) {
      throw new Error('NaN and Infinity have no JSON form');
    }
    return JSON.stringify(value);
  }
  if (typeof value === 'string') {
    if (LONE_SURROGATE.test(value)) {
      throw new Error('a lone UTF-16 surrogate has no canonical form');
    }
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) {
    return `[${value.map(canonicalize).join(',')}]`;
  }
  if (typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys.map((key) => `${canonicalize(key)}:${canonicalize(value[key])}`).join(',')}}`;
  }
  throw new Error(`a ${typeof value} is not JSON`);
}
