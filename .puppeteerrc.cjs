// Puppeteer drives Debian's Firefox ESR in the tests (web-test-runner.config.mjs); it never needs
// a browser of its own, so `npm ci` downloads none.
module.exports = { skipDownload: true };
