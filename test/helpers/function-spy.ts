// Imported before anything that loads zod: counts every call of Function/eval, which a strict
// Content-Security-Policy would report.
export const evalCalls = { count: 0 };
const original = globalThis.Function;
globalThis.Function = new Proxy(original, {
  construct(target, args) {
    evalCalls.count++;
    return Reflect.construct(target, args);
  },
  apply(target, self, args) {
    evalCalls.count++;
    return Reflect.apply(target, self, args);
  },
});
const originalEval = globalThis.eval;
globalThis.eval = (code: string) => {
  evalCalls.count++;
  return originalEval(code);
};
