// Preloaded into the LRS process (`node -r`), like loopback.cjs. The statement service's in-memory
// store (the test double; its MongoDB store is not affected) sorts statements by `stored` time but
// pages with a cursor that compares only its internal `_id`s, which are UUID v1 strings. A v1 UUID
// begins with the low 32 bits of its timestamp, which wrap every 429.5 s: when a wrap falls while a
// test posts its statements, newer statements get smaller ids, the `more` cursor skips the older
// ones, and a reader is silently given part of a cycle (seen in CI: 1,008 of 1,060 responses).
// Here the store's ids keep the v1 format but begin with a counter, so id order is insertion order,
// the order of `stored`, as the cursor assumes.
const { dirname } = require('node:path');

const server = process.argv[1];
const uuid = require(require.resolve('uuid', { paths: [dirname(server)] }));
const v1 = uuid.v1;
let next = 0;
uuid.v1 = (...args) => {
  const id = v1(...args);
  if (args.length > 0) return id; // options or a buffer: not the store's plain call
  next += 1;
  return next.toString(16).padStart(8, '0') + id.slice(8);
};
