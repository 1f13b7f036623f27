/**
 * Name-based UUIDs (RFC 9562 version 5: SHA-1 of a namespace and a name). The same name always
 * gives the same id, which is what makes a resent xAPI statement idempotent at the LRS and a CASE
 * export stable from one run to the next. Synchronous and dependency-free, so the mapping stays
 * pure and runs the same in Node and in browsers (`crypto.subtle` is asynchronous).
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for a UUID in its usual 8-4-4-4-12 hexadecimal form (any version). */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** The namespace of every id this library derives: the v5 UUID of `urn:collab-rubrics` in RFC 9562's URL namespace. */
export const COLLAB_RUBRICS_NAMESPACE = '6cfcae39-201f-58a4-affb-6be8fb1e19d2';

function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

function uuidBytes(uuid: string): Uint8Array {
  const hex = uuid.replace(/-/g, '');
  const out = new Uint8Array(16);
  for (let i = 0; i < 16; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

const W = new Int32Array(80);
let words = new Int32Array(64);

/** Writes `namespace` bytes then `name` as UTF-8 into `words` (big-endian); returns the byte length. */
function fill(ns: Uint8Array, name: string): number {
  let bytes: ArrayLike<number> | undefined;
  let length = 16 + name.length;
  for (let i = 0; i < name.length; i++) {
    if (name.charCodeAt(i) > 0x7f) {
      bytes = utf8(name);
      length = 16 + bytes.length;
      break;
    }
  }
  const needed = (((length + 8) >> 6) + 1) * 16;
  if (words.length < needed) words = new Int32Array(needed * 2);
  words.fill(0, 0, needed);
  for (let i = 0; i < 16; i++) words[i >> 2]! |= ns[i]! << (24 - (i & 3) * 8);
  for (let j = 16; j < length; j++) {
    const byte = bytes ? bytes[j - 16]! : name.charCodeAt(j - 16);
    words[j >> 2]! |= byte << (24 - (j & 3) * 8);
  }
  return length;
}

/** The first four words of the last SHA-1 computed (all a UUID needs). */
const digest = new Int32Array(4);

/** SHA-1 of the `length` bytes in `words`, into `digest`. Used only for name-based ids, never for security. */
function sha1(length: number): void {
  const blocks = ((length + 8) >> 6) + 1;
  words[length >> 2]! |= 0x80 << (24 - (length & 3) * 8);
  words[blocks * 16 - 1] = length * 8;
  let h0 = 0x67452301;
  let h1 = 0xefcdab89 | 0;
  let h2 = 0x98badcfe | 0;
  let h3 = 0x10325476;
  let h4 = 0xc3d2e1f0 | 0;
  for (let b = 0; b < blocks * 16; b += 16) {
    for (let t = 0; t < 16; t++) W[t] = words[b + t]!;
    for (let t = 16; t < 80; t++) {
      const x = W[t - 3]! ^ W[t - 8]! ^ W[t - 14]! ^ W[t - 16]!;
      W[t] = (x << 1) | (x >>> 31);
    }
    let a = h0;
    let bb = h1;
    let c = h2;
    let d = h3;
    let e = h4;
    // Four rounds of twenty steps, unbranched inside.
    for (let t = 0; t < 20; t++) {
      const temp = (((a << 5) | (a >>> 27)) + ((bb & c) | (~bb & d)) + e + 0x5a827999 + W[t]!) | 0;
      e = d;
      d = c;
      c = (bb << 30) | (bb >>> 2);
      bb = a;
      a = temp;
    }
    for (let t = 20; t < 40; t++) {
      const temp = (((a << 5) | (a >>> 27)) + (bb ^ c ^ d) + e + 0x6ed9eba1 + W[t]!) | 0;
      e = d;
      d = c;
      c = (bb << 30) | (bb >>> 2);
      bb = a;
      a = temp;
    }
    for (let t = 40; t < 60; t++) {
      const temp = (((a << 5) | (a >>> 27)) + ((bb & c) | (bb & d) | (c & d)) + e - 0x70e44324 + W[t]!) | 0;
      e = d;
      d = c;
      c = (bb << 30) | (bb >>> 2);
      bb = a;
      a = temp;
    }
    for (let t = 60; t < 80; t++) {
      const temp = (((a << 5) | (a >>> 27)) + (bb ^ c ^ d) + e - 0x359d3e2a + W[t]!) | 0;
      e = d;
      d = c;
      c = (bb << 30) | (bb >>> 2);
      bb = a;
      a = temp;
    }
    h0 = (h0 + a) | 0;
    h1 = (h1 + bb) | 0;
    h2 = (h2 + c) | 0;
    h3 = (h3 + d) | 0;
    h4 = (h4 + e) | 0;
  }
  digest[0] = h0;
  digest[1] = h1;
  digest[2] = h2;
  digest[3] = h3;
}

const namespaces = new Map<string, Uint8Array>();
const HEX_CODES = Array.from('0123456789abcdef', (ch) => ch.charCodeAt(0));
const DASH = 45;
const CHARS = new Uint16Array(36);

/** The version 5 UUID of `name` in `namespace` (RFC 9562 §5.5), lower case. */
export function uuidV5(name: string, namespace: string = COLLAB_RUBRICS_NAMESPACE): string {
  let ns = namespaces.get(namespace);
  if (!ns) {
    if (!isUuid(namespace)) throw new TypeError(`uuidV5: the namespace "${namespace}" is not a UUID`);
    namespaces.set(namespace, (ns = uuidBytes(namespace)));
  }
  sha1(fill(ns, name));
  // Version 5 in the high nibble of byte 6, the RFC variant in the two high bits of byte 8.
  let at = 0;
  const put = (word: number, digits: number) => {
    for (let shift = 28; shift >= 32 - digits * 4; shift -= 4) CHARS[at++] = HEX_CODES[(word >>> shift) & 15]!;
  };
  const b = (digest[1]! & 0xffff0fff) | 0x5000;
  const c = (digest[2]! & 0x3fffffff) | 0x80000000;
  put(digest[0]!, 8);
  CHARS[at++] = DASH;
  put(b, 4);
  CHARS[at++] = DASH;
  put(b << 16, 4);
  CHARS[at++] = DASH;
  put(c, 4);
  CHARS[at++] = DASH;
  put(c << 16, 4);
  put(digest[3]!, 8);
  // From character codes in one call: several times faster than joining hexadecimal strings.
  return String.fromCharCode.apply(null, CHARS as unknown as number[]);
}
