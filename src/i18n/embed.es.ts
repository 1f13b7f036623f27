/** The embed page's messages in Spanish; loaded by `EMBED_STRINGS.load('es')`. */
import { codes, type EmbedStrings } from '../embed/strings.js';

const es: EmbedStrings = {
  unknownRubric: (name, known) => [
    `No hay ninguna rúbrica llamada «${name}». Use `,
    ['?rubric='],
    ' con una de estas: ',
    ...codes(known),
    ', o indique la dirección de una definición con ',
    ['?src='],
    '.',
  ],
  noRubric: [
    'No se eligió ninguna rúbrica. Añada ',
    ['?rubric=team-assessment'],
    ' (u otra rúbrica incorporada) o ',
    ['?src='],
    ' con la dirección de una definición a la dirección de la página.',
  ],
};

export default es;
