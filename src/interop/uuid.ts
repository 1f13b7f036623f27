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

function uuidWords(uuid: string): Int32Array {
  const hex = uuid.replace(/-/g, '');
  const out = new Int32Array(4);
  for (let i = 0; i < 4; i++) out[i] = parseInt(hex.slice(i * 8, i * 8 + 8), 16) | 0;
  return out;
}

const namespaces = new Map<string, Int32Array>();

function namespaceWords(namespace: string): Int32Array {
  let ns = namespaces.get(namespace);
  if (!ns) {
    if (!isUuid(namespace)) throw new TypeError(`uuidV5: the namespace "${namespace}" is not a UUID`);
    namespaces.set(namespace, (ns = uuidWords(namespace)));
  }
  return ns;
}

/** The message (namespace, name, padding) as big-endian words, four bytes to a word; grown for long names. */
let words = new Int32Array(64);

/** Makes `words` hold at least `count` words (a longer name than any before; every caller then writes the message afresh). */
function room(count: number): void {
  if (words.length < count) words = new Int32Array(count * 2);
}

/**
 * Writes `text` into the message from byte `at` on, one byte per character, and returns the
 * message's length after it; or -1, leaving the words half written, at the first character that is
 * not ASCII (the caller then encodes the whole name as UTF-8). The words from `at` on must be zero.
 */
function putAscii(text: string, at: number): number {
  const n = text.length;
  let j = 0;
  let seen = 0;
  // Up to a word boundary byte by byte, then four bytes to a word.
  for (; j < n && (at & 3) !== 0; j++, at++) {
    const code = text.charCodeAt(j);
    seen |= code;
    words[at >> 2]! |= code << (24 - (at & 3) * 8);
  }
  let w = at >> 2;
  for (; j + 3 < n; j += 4, at += 4) {
    const c0 = text.charCodeAt(j);
    const c1 = text.charCodeAt(j + 1);
    const c2 = text.charCodeAt(j + 2);
    const c3 = text.charCodeAt(j + 3);
    seen |= c0 | c1 | c2 | c3;
    words[w++] = (c0 << 24) | (c1 << 16) | (c2 << 8) | c3;
  }
  for (; j < n; j++, at++) {
    const code = text.charCodeAt(j);
    seen |= code;
    words[at >> 2]! |= code << (24 - (at & 3) * 8);
  }
  return seen > 0x7f ? -1 : at;
}

/** Writes the UTF-8 `bytes` into the message from byte `at` on (the words from there must be zero). */
function putBytes(bytes: Uint8Array, at: number): void {
  for (let j = 0; j < bytes.length; j++, at++) words[at >> 2]! |= bytes[j]! << (24 - (at & 3) * 8);
}

/** Words a message of `length` bytes takes once padded: the 0x80 byte and the 64-bit length end its last block. */
const paddedWords = (length: number) => (((length + 8) >> 6) + 1) * 16;

/** Ends the message of `length` bytes in `words` (zeroed from `length` on) and returns its padded word count. */
function pad(length: number): number {
  const count = paddedWords(length);
  words[length >> 2]! |= 0x80 << (24 - (length & 3) * 8);
  words[count - 1] = length * 8;
  return count;
}

let h0 = 0;
let h1 = 0;
let h2 = 0;
let h3 = 0;

/**
 * SHA-1 of the first `count` (padded) words of `words`, into h0…h3 (all a UUID needs). Used only
 * for name-based ids, never for security. Written out step by step, the sixteen schedule words in
 * local variables rather than an array: V8 keeps them in registers, which makes this about twice as
 * fast as the same steps looped over an `Int32Array` (the xAPI mapping hashes one name per
 * statement, ninety thousand in the benchmark). Each step writes the register the next one reads
 * as `a`, so no values are shuffled; rounds: steps 0–19, 20–39, 40–59, 60–79 (RFC 3174 §6.1).
 */
function sha1(count: number): void {
  let a0 = 0x67452301;
  let b0 = 0xefcdab89 | 0;
  let c0 = 0x98badcfe | 0;
  let d0 = 0x10325476;
  let e0 = 0xc3d2e1f0 | 0;
  for (let o = 0; o < count; o += 16) {
    let w0 = words[o + 0]!;
    let w1 = words[o + 1]!;
    let w2 = words[o + 2]!;
    let w3 = words[o + 3]!;
    let w4 = words[o + 4]!;
    let w5 = words[o + 5]!;
    let w6 = words[o + 6]!;
    let w7 = words[o + 7]!;
    let w8 = words[o + 8]!;
    let w9 = words[o + 9]!;
    let w10 = words[o + 10]!;
    let w11 = words[o + 11]!;
    let w12 = words[o + 12]!;
    let w13 = words[o + 13]!;
    let w14 = words[o + 14]!;
    let w15 = words[o + 15]!;
    let a = a0;
    let b = b0;
    let c = c0;
    let d = d0;
    let e = e0;
    let x = 0;
    // Steps 0–19.
    e = (((a << 5) | (a >>> 27)) + ((b & c) | (~b & d)) + 0x5a827999 + e + w0) | 0;
    b = (b << 30) | (b >>> 2);
    d = (((e << 5) | (e >>> 27)) + ((a & b) | (~a & c)) + 0x5a827999 + d + w1) | 0;
    a = (a << 30) | (a >>> 2);
    c = (((d << 5) | (d >>> 27)) + ((e & a) | (~e & b)) + 0x5a827999 + c + w2) | 0;
    e = (e << 30) | (e >>> 2);
    b = (((c << 5) | (c >>> 27)) + ((d & e) | (~d & a)) + 0x5a827999 + b + w3) | 0;
    d = (d << 30) | (d >>> 2);
    a = (((b << 5) | (b >>> 27)) + ((c & d) | (~c & e)) + 0x5a827999 + a + w4) | 0;
    c = (c << 30) | (c >>> 2);
    e = (((a << 5) | (a >>> 27)) + ((b & c) | (~b & d)) + 0x5a827999 + e + w5) | 0;
    b = (b << 30) | (b >>> 2);
    d = (((e << 5) | (e >>> 27)) + ((a & b) | (~a & c)) + 0x5a827999 + d + w6) | 0;
    a = (a << 30) | (a >>> 2);
    c = (((d << 5) | (d >>> 27)) + ((e & a) | (~e & b)) + 0x5a827999 + c + w7) | 0;
    e = (e << 30) | (e >>> 2);
    b = (((c << 5) | (c >>> 27)) + ((d & e) | (~d & a)) + 0x5a827999 + b + w8) | 0;
    d = (d << 30) | (d >>> 2);
    a = (((b << 5) | (b >>> 27)) + ((c & d) | (~c & e)) + 0x5a827999 + a + w9) | 0;
    c = (c << 30) | (c >>> 2);
    e = (((a << 5) | (a >>> 27)) + ((b & c) | (~b & d)) + 0x5a827999 + e + w10) | 0;
    b = (b << 30) | (b >>> 2);
    d = (((e << 5) | (e >>> 27)) + ((a & b) | (~a & c)) + 0x5a827999 + d + w11) | 0;
    a = (a << 30) | (a >>> 2);
    c = (((d << 5) | (d >>> 27)) + ((e & a) | (~e & b)) + 0x5a827999 + c + w12) | 0;
    e = (e << 30) | (e >>> 2);
    b = (((c << 5) | (c >>> 27)) + ((d & e) | (~d & a)) + 0x5a827999 + b + w13) | 0;
    d = (d << 30) | (d >>> 2);
    a = (((b << 5) | (b >>> 27)) + ((c & d) | (~c & e)) + 0x5a827999 + a + w14) | 0;
    c = (c << 30) | (c >>> 2);
    e = (((a << 5) | (a >>> 27)) + ((b & c) | (~b & d)) + 0x5a827999 + e + w15) | 0;
    b = (b << 30) | (b >>> 2);
    x = w13 ^ w8 ^ w2 ^ w0;
    w0 = (x << 1) | (x >>> 31);
    d = (((e << 5) | (e >>> 27)) + ((a & b) | (~a & c)) + 0x5a827999 + d + w0) | 0;
    a = (a << 30) | (a >>> 2);
    x = w14 ^ w9 ^ w3 ^ w1;
    w1 = (x << 1) | (x >>> 31);
    c = (((d << 5) | (d >>> 27)) + ((e & a) | (~e & b)) + 0x5a827999 + c + w1) | 0;
    e = (e << 30) | (e >>> 2);
    x = w15 ^ w10 ^ w4 ^ w2;
    w2 = (x << 1) | (x >>> 31);
    b = (((c << 5) | (c >>> 27)) + ((d & e) | (~d & a)) + 0x5a827999 + b + w2) | 0;
    d = (d << 30) | (d >>> 2);
    x = w0 ^ w11 ^ w5 ^ w3;
    w3 = (x << 1) | (x >>> 31);
    a = (((b << 5) | (b >>> 27)) + ((c & d) | (~c & e)) + 0x5a827999 + a + w3) | 0;
    c = (c << 30) | (c >>> 2);
    // Steps 20–39.
    x = w1 ^ w12 ^ w6 ^ w4;
    w4 = (x << 1) | (x >>> 31);
    e = (((a << 5) | (a >>> 27)) + (b ^ c ^ d) + 0x6ed9eba1 + e + w4) | 0;
    b = (b << 30) | (b >>> 2);
    x = w2 ^ w13 ^ w7 ^ w5;
    w5 = (x << 1) | (x >>> 31);
    d = (((e << 5) | (e >>> 27)) + (a ^ b ^ c) + 0x6ed9eba1 + d + w5) | 0;
    a = (a << 30) | (a >>> 2);
    x = w3 ^ w14 ^ w8 ^ w6;
    w6 = (x << 1) | (x >>> 31);
    c = (((d << 5) | (d >>> 27)) + (e ^ a ^ b) + 0x6ed9eba1 + c + w6) | 0;
    e = (e << 30) | (e >>> 2);
    x = w4 ^ w15 ^ w9 ^ w7;
    w7 = (x << 1) | (x >>> 31);
    b = (((c << 5) | (c >>> 27)) + (d ^ e ^ a) + 0x6ed9eba1 + b + w7) | 0;
    d = (d << 30) | (d >>> 2);
    x = w5 ^ w0 ^ w10 ^ w8;
    w8 = (x << 1) | (x >>> 31);
    a = (((b << 5) | (b >>> 27)) + (c ^ d ^ e) + 0x6ed9eba1 + a + w8) | 0;
    c = (c << 30) | (c >>> 2);
    x = w6 ^ w1 ^ w11 ^ w9;
    w9 = (x << 1) | (x >>> 31);
    e = (((a << 5) | (a >>> 27)) + (b ^ c ^ d) + 0x6ed9eba1 + e + w9) | 0;
    b = (b << 30) | (b >>> 2);
    x = w7 ^ w2 ^ w12 ^ w10;
    w10 = (x << 1) | (x >>> 31);
    d = (((e << 5) | (e >>> 27)) + (a ^ b ^ c) + 0x6ed9eba1 + d + w10) | 0;
    a = (a << 30) | (a >>> 2);
    x = w8 ^ w3 ^ w13 ^ w11;
    w11 = (x << 1) | (x >>> 31);
    c = (((d << 5) | (d >>> 27)) + (e ^ a ^ b) + 0x6ed9eba1 + c + w11) | 0;
    e = (e << 30) | (e >>> 2);
    x = w9 ^ w4 ^ w14 ^ w12;
    w12 = (x << 1) | (x >>> 31);
    b = (((c << 5) | (c >>> 27)) + (d ^ e ^ a) + 0x6ed9eba1 + b + w12) | 0;
    d = (d << 30) | (d >>> 2);
    x = w10 ^ w5 ^ w15 ^ w13;
    w13 = (x << 1) | (x >>> 31);
    a = (((b << 5) | (b >>> 27)) + (c ^ d ^ e) + 0x6ed9eba1 + a + w13) | 0;
    c = (c << 30) | (c >>> 2);
    x = w11 ^ w6 ^ w0 ^ w14;
    w14 = (x << 1) | (x >>> 31);
    e = (((a << 5) | (a >>> 27)) + (b ^ c ^ d) + 0x6ed9eba1 + e + w14) | 0;
    b = (b << 30) | (b >>> 2);
    x = w12 ^ w7 ^ w1 ^ w15;
    w15 = (x << 1) | (x >>> 31);
    d = (((e << 5) | (e >>> 27)) + (a ^ b ^ c) + 0x6ed9eba1 + d + w15) | 0;
    a = (a << 30) | (a >>> 2);
    x = w13 ^ w8 ^ w2 ^ w0;
    w0 = (x << 1) | (x >>> 31);
    c = (((d << 5) | (d >>> 27)) + (e ^ a ^ b) + 0x6ed9eba1 + c + w0) | 0;
    e = (e << 30) | (e >>> 2);
    x = w14 ^ w9 ^ w3 ^ w1;
    w1 = (x << 1) | (x >>> 31);
    b = (((c << 5) | (c >>> 27)) + (d ^ e ^ a) + 0x6ed9eba1 + b + w1) | 0;
    d = (d << 30) | (d >>> 2);
    x = w15 ^ w10 ^ w4 ^ w2;
    w2 = (x << 1) | (x >>> 31);
    a = (((b << 5) | (b >>> 27)) + (c ^ d ^ e) + 0x6ed9eba1 + a + w2) | 0;
    c = (c << 30) | (c >>> 2);
    x = w0 ^ w11 ^ w5 ^ w3;
    w3 = (x << 1) | (x >>> 31);
    e = (((a << 5) | (a >>> 27)) + (b ^ c ^ d) + 0x6ed9eba1 + e + w3) | 0;
    b = (b << 30) | (b >>> 2);
    x = w1 ^ w12 ^ w6 ^ w4;
    w4 = (x << 1) | (x >>> 31);
    d = (((e << 5) | (e >>> 27)) + (a ^ b ^ c) + 0x6ed9eba1 + d + w4) | 0;
    a = (a << 30) | (a >>> 2);
    x = w2 ^ w13 ^ w7 ^ w5;
    w5 = (x << 1) | (x >>> 31);
    c = (((d << 5) | (d >>> 27)) + (e ^ a ^ b) + 0x6ed9eba1 + c + w5) | 0;
    e = (e << 30) | (e >>> 2);
    x = w3 ^ w14 ^ w8 ^ w6;
    w6 = (x << 1) | (x >>> 31);
    b = (((c << 5) | (c >>> 27)) + (d ^ e ^ a) + 0x6ed9eba1 + b + w6) | 0;
    d = (d << 30) | (d >>> 2);
    x = w4 ^ w15 ^ w9 ^ w7;
    w7 = (x << 1) | (x >>> 31);
    a = (((b << 5) | (b >>> 27)) + (c ^ d ^ e) + 0x6ed9eba1 + a + w7) | 0;
    c = (c << 30) | (c >>> 2);
    // Steps 40–59.
    x = w5 ^ w0 ^ w10 ^ w8;
    w8 = (x << 1) | (x >>> 31);
    e = (((a << 5) | (a >>> 27)) + ((b & c) | (b & d) | (c & d)) - 0x70e44324 + e + w8) | 0;
    b = (b << 30) | (b >>> 2);
    x = w6 ^ w1 ^ w11 ^ w9;
    w9 = (x << 1) | (x >>> 31);
    d = (((e << 5) | (e >>> 27)) + ((a & b) | (a & c) | (b & c)) - 0x70e44324 + d + w9) | 0;
    a = (a << 30) | (a >>> 2);
    x = w7 ^ w2 ^ w12 ^ w10;
    w10 = (x << 1) | (x >>> 31);
    c = (((d << 5) | (d >>> 27)) + ((e & a) | (e & b) | (a & b)) - 0x70e44324 + c + w10) | 0;
    e = (e << 30) | (e >>> 2);
    x = w8 ^ w3 ^ w13 ^ w11;
    w11 = (x << 1) | (x >>> 31);
    b = (((c << 5) | (c >>> 27)) + ((d & e) | (d & a) | (e & a)) - 0x70e44324 + b + w11) | 0;
    d = (d << 30) | (d >>> 2);
    x = w9 ^ w4 ^ w14 ^ w12;
    w12 = (x << 1) | (x >>> 31);
    a = (((b << 5) | (b >>> 27)) + ((c & d) | (c & e) | (d & e)) - 0x70e44324 + a + w12) | 0;
    c = (c << 30) | (c >>> 2);
    x = w10 ^ w5 ^ w15 ^ w13;
    w13 = (x << 1) | (x >>> 31);
    e = (((a << 5) | (a >>> 27)) + ((b & c) | (b & d) | (c & d)) - 0x70e44324 + e + w13) | 0;
    b = (b << 30) | (b >>> 2);
    x = w11 ^ w6 ^ w0 ^ w14;
    w14 = (x << 1) | (x >>> 31);
    d = (((e << 5) | (e >>> 27)) + ((a & b) | (a & c) | (b & c)) - 0x70e44324 + d + w14) | 0;
    a = (a << 30) | (a >>> 2);
    x = w12 ^ w7 ^ w1 ^ w15;
    w15 = (x << 1) | (x >>> 31);
    c = (((d << 5) | (d >>> 27)) + ((e & a) | (e & b) | (a & b)) - 0x70e44324 + c + w15) | 0;
    e = (e << 30) | (e >>> 2);
    x = w13 ^ w8 ^ w2 ^ w0;
    w0 = (x << 1) | (x >>> 31);
    b = (((c << 5) | (c >>> 27)) + ((d & e) | (d & a) | (e & a)) - 0x70e44324 + b + w0) | 0;
    d = (d << 30) | (d >>> 2);
    x = w14 ^ w9 ^ w3 ^ w1;
    w1 = (x << 1) | (x >>> 31);
    a = (((b << 5) | (b >>> 27)) + ((c & d) | (c & e) | (d & e)) - 0x70e44324 + a + w1) | 0;
    c = (c << 30) | (c >>> 2);
    x = w15 ^ w10 ^ w4 ^ w2;
    w2 = (x << 1) | (x >>> 31);
    e = (((a << 5) | (a >>> 27)) + ((b & c) | (b & d) | (c & d)) - 0x70e44324 + e + w2) | 0;
    b = (b << 30) | (b >>> 2);
    x = w0 ^ w11 ^ w5 ^ w3;
    w3 = (x << 1) | (x >>> 31);
    d = (((e << 5) | (e >>> 27)) + ((a & b) | (a & c) | (b & c)) - 0x70e44324 + d + w3) | 0;
    a = (a << 30) | (a >>> 2);
    x = w1 ^ w12 ^ w6 ^ w4;
    w4 = (x << 1) | (x >>> 31);
    c = (((d << 5) | (d >>> 27)) + ((e & a) | (e & b) | (a & b)) - 0x70e44324 + c + w4) | 0;
    e = (e << 30) | (e >>> 2);
    x = w2 ^ w13 ^ w7 ^ w5;
    w5 = (x << 1) | (x >>> 31);
    b = (((c << 5) | (c >>> 27)) + ((d & e) | (d & a) | (e & a)) - 0x70e44324 + b + w5) | 0;
    d = (d << 30) | (d >>> 2);
    x = w3 ^ w14 ^ w8 ^ w6;
    w6 = (x << 1) | (x >>> 31);
    a = (((b << 5) | (b >>> 27)) + ((c & d) | (c & e) | (d & e)) - 0x70e44324 + a + w6) | 0;
    c = (c << 30) | (c >>> 2);
    x = w4 ^ w15 ^ w9 ^ w7;
    w7 = (x << 1) | (x >>> 31);
    e = (((a << 5) | (a >>> 27)) + ((b & c) | (b & d) | (c & d)) - 0x70e44324 + e + w7) | 0;
    b = (b << 30) | (b >>> 2);
    x = w5 ^ w0 ^ w10 ^ w8;
    w8 = (x << 1) | (x >>> 31);
    d = (((e << 5) | (e >>> 27)) + ((a & b) | (a & c) | (b & c)) - 0x70e44324 + d + w8) | 0;
    a = (a << 30) | (a >>> 2);
    x = w6 ^ w1 ^ w11 ^ w9;
    w9 = (x << 1) | (x >>> 31);
    c = (((d << 5) | (d >>> 27)) + ((e & a) | (e & b) | (a & b)) - 0x70e44324 + c + w9) | 0;
    e = (e << 30) | (e >>> 2);
    x = w7 ^ w2 ^ w12 ^ w10;
    w10 = (x << 1) | (x >>> 31);
    b = (((c << 5) | (c >>> 27)) + ((d & e) | (d & a) | (e & a)) - 0x70e44324 + b + w10) | 0;
    d = (d << 30) | (d >>> 2);
    x = w8 ^ w3 ^ w13 ^ w11;
    w11 = (x << 1) | (x >>> 31);
    a = (((b << 5) | (b >>> 27)) + ((c & d) | (c & e) | (d & e)) - 0x70e44324 + a + w11) | 0;
    c = (c << 30) | (c >>> 2);
    // Steps 60–79.
    x = w9 ^ w4 ^ w14 ^ w12;
    w12 = (x << 1) | (x >>> 31);
    e = (((a << 5) | (a >>> 27)) + (b ^ c ^ d) - 0x359d3e2a + e + w12) | 0;
    b = (b << 30) | (b >>> 2);
    x = w10 ^ w5 ^ w15 ^ w13;
    w13 = (x << 1) | (x >>> 31);
    d = (((e << 5) | (e >>> 27)) + (a ^ b ^ c) - 0x359d3e2a + d + w13) | 0;
    a = (a << 30) | (a >>> 2);
    x = w11 ^ w6 ^ w0 ^ w14;
    w14 = (x << 1) | (x >>> 31);
    c = (((d << 5) | (d >>> 27)) + (e ^ a ^ b) - 0x359d3e2a + c + w14) | 0;
    e = (e << 30) | (e >>> 2);
    x = w12 ^ w7 ^ w1 ^ w15;
    w15 = (x << 1) | (x >>> 31);
    b = (((c << 5) | (c >>> 27)) + (d ^ e ^ a) - 0x359d3e2a + b + w15) | 0;
    d = (d << 30) | (d >>> 2);
    x = w13 ^ w8 ^ w2 ^ w0;
    w0 = (x << 1) | (x >>> 31);
    a = (((b << 5) | (b >>> 27)) + (c ^ d ^ e) - 0x359d3e2a + a + w0) | 0;
    c = (c << 30) | (c >>> 2);
    x = w14 ^ w9 ^ w3 ^ w1;
    w1 = (x << 1) | (x >>> 31);
    e = (((a << 5) | (a >>> 27)) + (b ^ c ^ d) - 0x359d3e2a + e + w1) | 0;
    b = (b << 30) | (b >>> 2);
    x = w15 ^ w10 ^ w4 ^ w2;
    w2 = (x << 1) | (x >>> 31);
    d = (((e << 5) | (e >>> 27)) + (a ^ b ^ c) - 0x359d3e2a + d + w2) | 0;
    a = (a << 30) | (a >>> 2);
    x = w0 ^ w11 ^ w5 ^ w3;
    w3 = (x << 1) | (x >>> 31);
    c = (((d << 5) | (d >>> 27)) + (e ^ a ^ b) - 0x359d3e2a + c + w3) | 0;
    e = (e << 30) | (e >>> 2);
    x = w1 ^ w12 ^ w6 ^ w4;
    w4 = (x << 1) | (x >>> 31);
    b = (((c << 5) | (c >>> 27)) + (d ^ e ^ a) - 0x359d3e2a + b + w4) | 0;
    d = (d << 30) | (d >>> 2);
    x = w2 ^ w13 ^ w7 ^ w5;
    w5 = (x << 1) | (x >>> 31);
    a = (((b << 5) | (b >>> 27)) + (c ^ d ^ e) - 0x359d3e2a + a + w5) | 0;
    c = (c << 30) | (c >>> 2);
    x = w3 ^ w14 ^ w8 ^ w6;
    w6 = (x << 1) | (x >>> 31);
    e = (((a << 5) | (a >>> 27)) + (b ^ c ^ d) - 0x359d3e2a + e + w6) | 0;
    b = (b << 30) | (b >>> 2);
    x = w4 ^ w15 ^ w9 ^ w7;
    w7 = (x << 1) | (x >>> 31);
    d = (((e << 5) | (e >>> 27)) + (a ^ b ^ c) - 0x359d3e2a + d + w7) | 0;
    a = (a << 30) | (a >>> 2);
    x = w5 ^ w0 ^ w10 ^ w8;
    w8 = (x << 1) | (x >>> 31);
    c = (((d << 5) | (d >>> 27)) + (e ^ a ^ b) - 0x359d3e2a + c + w8) | 0;
    e = (e << 30) | (e >>> 2);
    x = w6 ^ w1 ^ w11 ^ w9;
    w9 = (x << 1) | (x >>> 31);
    b = (((c << 5) | (c >>> 27)) + (d ^ e ^ a) - 0x359d3e2a + b + w9) | 0;
    d = (d << 30) | (d >>> 2);
    x = w7 ^ w2 ^ w12 ^ w10;
    w10 = (x << 1) | (x >>> 31);
    a = (((b << 5) | (b >>> 27)) + (c ^ d ^ e) - 0x359d3e2a + a + w10) | 0;
    c = (c << 30) | (c >>> 2);
    x = w8 ^ w3 ^ w13 ^ w11;
    w11 = (x << 1) | (x >>> 31);
    e = (((a << 5) | (a >>> 27)) + (b ^ c ^ d) - 0x359d3e2a + e + w11) | 0;
    b = (b << 30) | (b >>> 2);
    x = w9 ^ w4 ^ w14 ^ w12;
    w12 = (x << 1) | (x >>> 31);
    d = (((e << 5) | (e >>> 27)) + (a ^ b ^ c) - 0x359d3e2a + d + w12) | 0;
    a = (a << 30) | (a >>> 2);
    x = w10 ^ w5 ^ w15 ^ w13;
    w13 = (x << 1) | (x >>> 31);
    c = (((d << 5) | (d >>> 27)) + (e ^ a ^ b) - 0x359d3e2a + c + w13) | 0;
    e = (e << 30) | (e >>> 2);
    x = w11 ^ w6 ^ w0 ^ w14;
    w14 = (x << 1) | (x >>> 31);
    b = (((c << 5) | (c >>> 27)) + (d ^ e ^ a) - 0x359d3e2a + b + w14) | 0;
    d = (d << 30) | (d >>> 2);
    x = w12 ^ w7 ^ w1 ^ w15;
    w15 = (x << 1) | (x >>> 31);
    a = (((b << 5) | (b >>> 27)) + (c ^ d ^ e) - 0x359d3e2a + a + w15) | 0;
    c = (c << 30) | (c >>> 2);
    a0 = (a0 + a) | 0;
    b0 = (b0 + b) | 0;
    c0 = (c0 + c) | 0;
    d0 = (d0 + d) | 0;
    e0 = (e0 + e) | 0;
  }
  h0 = a0;
  h1 = b0;
  h2 = c0;
  h3 = d0;
}

const HEX_CODES = Array.from('0123456789abcdef', (ch) => ch.charCodeAt(0));
/** The UUID's 36 character codes, dashes in place; a plain array of small integers, which `String.fromCharCode.apply` reads fastest. */
const CHARS: number[] = Array.from({ length: 36 }, () => 45);
/** Writes the eight hexadecimal digits of `word`: the high four from character `high` on, the low four from `low` on (either side of a dash). */
function hex(word: number, high: number, low: number): void {
  CHARS[high] = HEX_CODES[word >>> 28]!;
  CHARS[high + 1] = HEX_CODES[(word >>> 24) & 15]!;
  CHARS[high + 2] = HEX_CODES[(word >>> 20) & 15]!;
  CHARS[high + 3] = HEX_CODES[(word >>> 16) & 15]!;
  CHARS[low] = HEX_CODES[(word >>> 12) & 15]!;
  CHARS[low + 1] = HEX_CODES[(word >>> 8) & 15]!;
  CHARS[low + 2] = HEX_CODES[(word >>> 4) & 15]!;
  CHARS[low + 3] = HEX_CODES[word & 15]!;
}

/** The UUID of the SHA-1 just computed: version 5 in the high nibble of byte 6, the RFC variant in the two high bits of byte 8. */
function uuidOfDigest(): string {
  hex(h0, 0, 4);
  hex((h1 & 0xffff0fff) | 0x5000, 9, 14);
  hex((h2 & 0x3fffffff) | 0x80000000, 19, 24);
  hex(h3, 28, 32);
  // From character codes in one call: a flat string, several times faster than joining hexadecimal strings.
  return String.fromCharCode.apply(null, CHARS);
}

/** Puts the namespace in the first four words and zeroes words `4…count`; loops, as the typed-array built-ins cost more than they save on a few words. */
function start(ns: Int32Array, count: number): void {
  room(count);
  words[0] = ns[0]!;
  words[1] = ns[1]!;
  words[2] = ns[2]!;
  words[3] = ns[3]!;
  for (let i = 4; i < count; i++) words[i] = 0;
}

/** The version 5 UUID of `name` in `namespace` (RFC 9562 §5.5), lower case. */
export function uuidV5(name: string, namespace: string = COLLAB_RUBRICS_NAMESPACE): string {
  const ns = namespaceWords(namespace);
  start(ns, paddedWords(16 + name.length));
  let length = putAscii(name, 16);
  if (length < 0) {
    const bytes = new TextEncoder().encode(name);
    length = 16 + bytes.length;
    start(ns, paddedWords(length));
    putBytes(bytes, 16);
  }
  sha1(pad(length));
  return uuidOfDigest();
}

/**
 * Version 5 UUIDs of many names that start alike: `v5Prefix(p).id(a, b)` is `uuidV5(p + a + b)`,
 * with the namespace and `p` encoded once rather than for every name (the mapping derives one id
 * per answer from the response's id, registration and subject, then the item and time).
 */
export function v5Prefix(prefix: string, namespace: string = COLLAB_RUBRICS_NAMESPACE): { id(a: string, b: string): string } {
  const ns = namespaceWords(namespace);
  start(ns, paddedWords(16 + prefix.length));
  const length = putAscii(prefix, 16);
  if (length < 0) return { id: (a, b) => uuidV5(prefix + a + b, namespace) };
  // The words the prefix reaches (a partial last one is copied too, then written on), kept in a
  // plain array: typed arrays are slow to create, and there is one prefix per response.
  const copied = (length + 3) >> 2;
  const encoded: number[] = new Array<number>(copied);
  for (let i = 0; i < copied; i++) encoded[i] = words[i]!;
  return {
    id(a: string, b: string): string {
      const count = paddedWords(length + a.length + b.length);
      room(count);
      for (let i = 0; i < copied; i++) words[i] = encoded[i]!;
      for (let i = copied; i < count; i++) words[i] = 0;
      const afterA = putAscii(a, length);
      const end = afterA < 0 ? -1 : putAscii(b, afterA);
      if (end < 0) return uuidV5(prefix + a + b, namespace);
      sha1(pad(end));
      return uuidOfDigest();
    },
  };
}
