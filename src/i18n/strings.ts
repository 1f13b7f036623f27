/** Interface text of the elements, in English and Spanish. Rubric text comes from definitions. */
export interface UiStrings {
  clear: string;
  clearLabel: (item: string) => string;
  required: (item: string) => string;
  addFirst: (label: string) => string;
  missing: (count: number, first: string) => string;
  problem: string;
  loading: string;
  loadError: string;
  summary: string;
  answered: (answered: number, total: number) => string;
  mean: string;
  target: string;
  targetsMet: (met: number, total: number) => string;
  addSubject: (label: string) => string;
  subjectName: (label: string) => string;
  remove: (name: string) => string;
  suggestions: string;
  unnamed: (index: number) => string;
  noSubjects: (plural: string) => string;
  kept: (count: number) => string;
  newer: string;
  unusable: string;
  level: string;
  count: string;
  lowest: string;
  highest: string;
  saved: string;
  saveFailed: string;
  noStorage: string;
  restored: string;
  corrupt: string;
  instructions: string;
  source: string;
  reconstructed: string;
}

const en: UiStrings = {
  clear: 'Clear',
  clearLabel: (item) => `Clear rating for ${item}`,
  required: (item) => `Select a level for ${item}`,
  addFirst: (label) => `Add at least one ${label.toLowerCase()}`,
  missing: (count, first) => (count === 1 ? `Select a level for ${first}.` : `Select a level for ${first} and ${count - 1} more.`),
  problem: 'There is a problem',
  loading: 'Loading rubric…',
  loadError: 'This rubric could not be shown',
  summary: 'Your answers so far',
  answered: (answered, total) => `${answered} of ${total} answered`,
  mean: 'Average position',
  target: 'Target',
  targetsMet: (met, total) => `${met} of ${total} at a target stage`,
  addSubject: (label) => `Add ${label.toLowerCase()}`,
  subjectName: (label) => `${label} name`,
  remove: (name) => `Remove ${name}`,
  suggestions: 'Suggestions',
  unnamed: (index) => `Unnamed ${index}`,
  noSubjects: (plural) => `No ${plural.toLowerCase()} yet. Add one to rate the relationship.`,
  kept: (count) => `${count} earlier ${count === 1 ? 'answer belongs' : 'answers belong'} to items this version no longer has. ${count === 1 ? 'It is' : 'They are'} kept and saved with your response.`,
  newer: 'These answers were saved with a newer version of this rubric. They are shown as far as possible and kept unchanged.',
  unusable: 'The answers given to this rubric could not be read, or belong to another rubric. They are kept unchanged and not shown; rating here starts a new response.',
  level: 'Level',
  count: 'Count',
  lowest: 'Lowest rated',
  highest: 'Highest rated',
  saved: 'Saved',
  saveFailed: 'Couldn’t save: kept in this tab',
  noStorage: 'Drafts can’t be saved here: your answers stay in this tab until you submit.',
  restored: 'Your saved answers were restored.',
  corrupt: 'A saved draft could not be read. It was set aside, not deleted.',
  instructions: 'Instructions',
  source: 'Source',
  reconstructed: 'Reconstructed text',
};

const es: UiStrings = {
  clear: 'Borrar',
  clearLabel: (item) => `Borrar la valoración de ${item}`,
  required: (item) => `Seleccione un nivel para ${item}`,
  addFirst: (label) => `Añada al menos un elemento: ${label}`,
  missing: (count, first) => (count === 1 ? `Seleccione un nivel para ${first}.` : `Seleccione un nivel para ${first} y ${count - 1} más.`),
  problem: 'Hay un problema',
  loading: 'Cargando la rúbrica…',
  loadError: 'No se pudo mostrar esta rúbrica',
  summary: 'Sus respuestas hasta ahora',
  answered: (answered, total) => `${answered} de ${total} respondidas`,
  mean: 'Posición media',
  target: 'Meta',
  targetsMet: (met, total) => `${met} de ${total} en una etapa meta`,
  addSubject: (label) => `Añadir ${label.toLowerCase()}`,
  subjectName: (label) => `Nombre: ${label}`,
  remove: (name) => `Quitar ${name}`,
  suggestions: 'Sugerencias',
  unnamed: (index) => `Sin nombre ${index}`,
  noSubjects: (plural) => `Aún no hay ${plural.toLowerCase()}. Añada uno para valorar la relación.`,
  kept: (count) => `${count} ${count === 1 ? 'respuesta anterior corresponde' : 'respuestas anteriores corresponden'} a elementos que esta versión ya no tiene. Se conservan y se guardan con su respuesta.`,
  newer: 'Estas respuestas se guardaron con una versión más reciente de esta rúbrica. Se muestran en lo posible y se conservan sin cambios.',
  unusable: 'Las respuestas dadas a esta rúbrica no se pudieron leer o pertenecen a otra rúbrica. Se conservan sin cambios y no se muestran; valorar aquí empieza una respuesta nueva.',
  level: 'Nivel',
  count: 'Cantidad',
  lowest: 'Valoración más baja',
  highest: 'Valoración más alta',
  saved: 'Guardado',
  saveFailed: 'No se pudo guardar: se conserva en esta pestaña',
  noStorage: 'Aquí no se pueden guardar borradores: sus respuestas permanecen en esta pestaña hasta que las envíe.',
  restored: 'Se restauraron sus respuestas guardadas.',
  corrupt: 'No se pudo leer un borrador guardado. Se apartó, no se borró.',
  instructions: 'Instrucciones',
  source: 'Fuente',
  reconstructed: 'Texto reconstruido',
};

const TABLES: Record<string, UiStrings> = { en, es };

/** Interface strings for a BCP 47 tag; falls back to the base language, then English. */
export function uiStrings(lang: string | undefined): UiStrings {
  const tag = (lang ?? 'en').toLowerCase();
  return TABLES[tag] ?? TABLES[tag.split('-')[0]!] ?? en;
}

/** Languages the interface is translated into. */
export const UI_LANGUAGES = Object.keys(TABLES);
