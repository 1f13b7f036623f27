// D-04's page: storage refuses (SecurityError, as in a sandboxed frame or with site data blocked)
// before any of the library's code has run, then the elements are loaded. Opened by openFrame.
Object.defineProperty(window, 'localStorage', {
  get() {
    throw new DOMException('Access is denied for this document.', 'SecurityError');
  },
  configurable: true,
});
await import('../../src/all.js');

export {};
