/**
 * The mapping and the status line's text for `XapiController`. Its strings live here rather than
 * in i18n/strings.ts so that pages without an `xapi-endpoint` (which never load the controller)
 * do not carry them.
 */
import { xapiStatements, type XapiOptions } from '../interop/xapi.js';
import type { XapiStatement } from '../interop/xapi-types.js';
import type { Rubric, RubricResponse } from '../rubrics/schema.js';
import type { SendStatus } from './xapi-queue.js';

/** The statements of `response`, or the reason they cannot be made (the host's actor or team is not usable). */
export function statementsFor(rubric: Rubric, response: RubricResponse, options: XapiOptions): XapiStatement[] | string {
  try {
    return xapiStatements(rubric, response, options);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

interface SendStrings {
  sending: string;
  sent: string;
  offline: string;
  retrying: (why: string) => string;
  parked: (n: number, why: string) => string;
  noActor: string;
  problems: Readonly<Record<string, string>>;
}

const en: SendStrings = {
  sending: 'Sending…',
  sent: 'Sent',
  offline: 'Will send when online',
  retrying: (why) => `Not sent yet: ${why}. Will try again.`,
  parked: (n, why) => `${n === 1 ? '1 answer was' : `${n} answers were`} not accepted (${why}); kept on this device.`,
  noActor: 'Not sent: the page did not say who is answering.',
  problems: {
    timeout: 'the record store did not answer in time',
    server: 'the record store had a problem of its own',
    unauthorized: 'the record store refused the credentials',
    conflict: 'the record store holds a different version',
    'too-large': 'too large for the record store',
    rejected: 'the record store refused it',
  },
};

const es: SendStrings = {
  sending: 'Enviando…',
  sent: 'Enviado',
  offline: 'Se enviará cuando haya conexión',
  retrying: (why) => `Aún no enviado: ${why}. Se volverá a intentar.`,
  parked: (n, why) =>
    `${n === 1 ? '1 respuesta no fue aceptada' : `${n} respuestas no fueron aceptadas`} (${why}); se guarda${n === 1 ? '' : 'n'} en este dispositivo.`,
  noActor: 'No enviado: la página no indicó quién responde.',
  problems: {
    timeout: 'el almacén de registros no respondió a tiempo',
    server: 'el almacén de registros tuvo un problema propio',
    unauthorized: 'el almacén de registros rechazó las credenciales',
    conflict: 'el almacén de registros tiene otra versión',
    'too-large': 'demasiado grande para el almacén de registros',
    rejected: 'el almacén de registros lo rechazó',
  },
};

function table(lang: string): SendStrings {
  return lang.toLowerCase().split('-')[0] === 'es' ? es : en;
}

/** The status line for a sending outcome, in `lang` (English or Spanish). */
export function statusText(status: SendStatus | 'sending' | 'no-actor', lang: string): string {
  const s = table(lang);
  if (status === 'sending') return s.sending;
  if (status === 'no-actor') return s.noActor;
  const why = (status.problem && s.problems[status.problem]) || s.problems['rejected']!;
  switch (status.state) {
    case 'sent':
      return s.sent;
    case 'offline':
      return s.offline;
    case 'retrying':
      return s.retrying(why);
    case 'parked':
      return s.parked(status.parked, why);
    default:
      return '';
  }
}
