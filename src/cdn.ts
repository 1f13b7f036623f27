/**
 * The CDN's all-in-one file (`dist/cdn/collab-rubrics.js`): every element of `respondent.ts`.
 * Like the per-element files, it fetches what a page may never need from `chunks/` next to it when
 * a page needs it: the validator (a `definition`, `src`, host-set `value` or stored draft), the
 * `src` loader, and the definitions of the built-ins without an element of their own.
 */
import './respondent.js';
