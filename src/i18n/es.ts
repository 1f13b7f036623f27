/** The interface in Spanish; loaded by `loadUiStrings('es')`. */
import type { UiTranslation } from './strings.js';

const es: UiTranslation = {
  clear: 'Borrar',
  clearLabel: (item) => `Borrar la valoración de ${item}`,
  required: (item) => `Seleccione un nivel para ${item}`,
  addFirst: (label) => `Añada al menos un elemento: ${label}`,
  missing: (count, first) => (count === 1 ? `Seleccione un nivel para ${first}.` : `Seleccione un nivel para ${first} y ${count - 1} más.`),
  tickOne: 'Marque al menos un elemento',
  answerFor: (item) => `Escriba una respuesta para ${item}`,
  missingAnswers: (count, first) =>
    count === 1 ? `Escriba una respuesta para ${first}.` : `Escriba una respuesta para ${first} y ${count - 1} más.`,
  chooseUpTo: (max) => `Elija hasta ${max}.`,
  chosen: (checked, max) => `${checked} de ${max} elegidos.`,
  limitReached: 'Desmarque uno para elegir otro.',
  ticked: (checked, total) => `${checked} de ${total} marcados`,
  problem: 'Hay un problema',
  loading: 'Cargando la rúbrica…',
  loadError: 'No se pudo mostrar esta rúbrica',
  summary: 'Sus respuestas hasta ahora',
  answered: (answered, total) => `${answered} de ${total} respondidas`,
  noAnswers: 'Aún no hay respuestas.',
  target: 'Meta',
  targetsMet: (met, total) => `${met} de ${total} en una etapa meta`,
  addSubject: (label) => `Añadir ${label.toLowerCase()}`,
  subjectName: (label) => `Nombre: ${label}`,
  remove: (name) => `Quitar ${name}`,
  suggestions: 'Sugerencias',
  unnamed: (index) => `Sin nombre ${index}`,
  noSubjects: (plural) => `Aún no hay ${plural.toLowerCase()}. Añada uno para valorar la relación.`,
  kept: (count) =>
    `${count} ${count === 1 ? 'respuesta anterior corresponde' : 'respuestas anteriores corresponden'} a elementos que esta versión ya no tiene. Se conservan y se guardan con su respuesta.`,
  newer:
    'Estas respuestas se guardaron con una versión más reciente de esta rúbrica. Se muestran en lo posible y se conservan sin cambios.',
  unusable:
    'Las respuestas dadas a esta rúbrica no se pudieron leer o pertenecen a otra rúbrica. Se conservan sin cambios y no se muestran; valorar aquí empieza una respuesta nueva.',
  level: 'Nivel',
  count: 'Cantidad',
  lowest: 'Valoración más baja',
  highest: 'Valoración más alta',
  saved: 'Guardado',
  failed: 'No se pudo guardar: se conserva en esta pestaña',
  unavailable: 'Aquí no se pueden guardar borradores: sus respuestas permanecen en esta pestaña hasta que las envíe.',
  restored: 'Se restauraron sus respuestas guardadas.',
  corrupt: 'No se pudo leer un borrador guardado. Se apartó, no se borró.',
  replaced: 'Otra pestaña guardó cambios posteriores en sus respuestas. Ahora también se muestran aquí.',
  merged: (fromDraft, fromGiven) =>
    [
      fromDraft
        ? `${fromDraft} ${fromDraft === 1 ? 'respuesta guardada' : 'respuestas guardadas'} en este navegador ${fromDraft === 1 ? 'es más reciente' : 'son más recientes'} que la copia dada a esta página y se ${fromDraft === 1 ? 'conservó' : 'conservaron'}.`
        : '',
      fromGiven
        ? `${fromGiven} ${fromGiven === 1 ? 'respuesta más reciente vino' : 'respuestas más recientes vinieron'} de la copia dada a esta página; el borrador anterior se apartó, no se borró.`
        : '',
    ]
      .filter(Boolean)
      .join(' '),
  tooLarge: 'Esta respuesta alcanzó su tamaño máximo: acorte una nota para añadir más.',
  editsWaiting:
    'Sus últimas respuestas no están registradas: una parte del formulario no se pudo cargar (¿sin conexión?). Anótelas y vuelva a cargar esta página cuando tenga conexión.',
  instructions: 'Instrucciones',
  source: 'Fuente',
  reconstructed: 'Texto reconstruido',
  translatedBy: (translator, reviewed) =>
    `Traducción al español de ${translator}, no de los autores del documento original${reviewed ? '' : '; aún no ha sido revisada'}.`,
  scalePoint: (position, count, nearest, end) =>
    `${position} de ${count}, ${nearest === undefined ? 'a medio camino entre los dos enunciados' : `${end ? 'en el extremo de' : 'más cerca de'}: ${nearest}`}`,
  progress: (unit, done, total, plural, limit) =>
    unit === 'subjects'
      ? `${plural} con valoración: ${done} de ${total}`
      : `${done} de ${total} ${{ rated: 'valorados', answered: 'respondidas', ticked: limit ? 'elegidos' : 'marcados' }[unit]}`,
  nextOpen: (unit) => (unit === 'answered' ? 'Siguiente sin responder' : 'Siguiente sin valorar'),
  left: (count, unit, wrapped) =>
    `${wrapped ? 'De vuelta al primero. ' : ''}${count === 1 ? 'Queda' : 'Quedan'} ${count} sin ${unit === 'answered' ? 'responder' : 'valorar'}.`,
  allDone: (unit) => (unit === 'answered' ? 'Todo está respondido.' : 'Todo está valorado.'),
  sections: 'Secciones',
  sectionDone: (title) => `Sección terminada: ${title}.`,
  subjectDone: (name) => `${name}: todo valorado.`,
};

export default es;
