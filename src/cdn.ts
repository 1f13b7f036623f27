/**
 * The CDN's all-in-one file (`dist/cdn/collab-rubrics.js`): every element of `respondent.ts`, with
 * the validator made ready up front. The file carries it anyway, so untrusted input (a `src`, a
 * `definition`, a stored draft) is checked without waiting for anything.
 */
import * as untrusted from './rubrics/untrusted.js';
import { useValidator } from './rubrics/validator.js';
import './respondent.js';

useValidator(untrusted);
