// Serves the examples with the same middleware as the tests (the strict CSP header on
// examples/strict-csp.html, raw JSON at /__definitions__/<name>):
//   npm run build && npx web-dev-server --config examples/web-dev-server.config.mjs
// then open http://localhost:8010/examples/
import { cspMiddleware } from '../test/csp/middleware.mjs';

export default {
  rootDir: '.',
  port: Number(process.env.PORT ?? 8010),
  open: false,
  middleware: [cspMiddleware],
};
