/** The report's interface in Spanish; loaded by `REPORT_STRINGS.load('es')`. */
import type { ReportStrings } from '../components/report/strings.js';

const es: ReportStrings = {
  teamResults: 'Resultados del equipo',
  responses: (n) => (n === 1 ? '1 respuesta' : `${n} respuestas`),
  otherRubric: (n) =>
    `${n} ${n === 1 ? 'respuesta corresponde' : 'respuestas corresponden'} a otra rúbrica y no se ${n === 1 ? 'incluye' : 'incluyen'}.`,
  invalidResponses: (n) =>
    `${n} ${n === 1 ? 'respuesta no es válida y no se incluye' : 'respuestas no son válidas y no se incluyen'} en los resultados:`,
  importing: (done, total) => `Leyendo respuestas: ${done.toLocaleString('es')} de ${total.toLocaleString('es')} revisadas`,
  readingFile: (source, fraction) => `Leyendo ${source}: ${fraction.toLocaleString('es', { style: 'percent' })}`,
  noResponses: 'Aún no hay respuestas. Añada archivos de respuestas para ver los resultados del equipo.',
  loadError: 'No se pudo mostrar este informe',
  more: (n) => `… y ${n} más`,
  person: (index) => `Persona ${index}`,
  team: 'Equipo',
  filesTitle: 'Respuestas',
  chooseFiles: 'Añadir archivos de respuestas (JSON o CSV)',
  dropHint: 'También puede soltar archivos en esta zona.',
  downloadCsv: 'Descargar CSV',
  downloadJson: 'Descargar JSON',
  loaded: (n) => (n === 1 ? 'Se cargó 1 respuesta.' : `Se cargaron ${n} respuestas.`),
  invalidTitle: 'No cargados: no válidos',
  duplicatesTitle: 'No cargados: duplicados',
  skippedTitle: 'No cargados: otra rúbrica',
  sameId: (source) => `mismo identificador de respuesta que ${source}`,
  sameContent: (source) => `mismo contenido que ${source}`,
  existing: 'una respuesta cargada antes',
  otherRubricReason: (rubricId) => `responde a la rúbrica «${rubricId}»`,
  tooLarge: 'el archivo es demasiado grande',
  lrsReading: (read) =>
    read === 0
      ? 'Leyendo del almacén de registros de aprendizaje (LRS)…'
      : `Leyendo del almacén de registros de aprendizaje (LRS)… ${read.toLocaleString('es')} declaraciones hasta ahora`,
  lrsRead: (statements, responses) =>
    `Se leyeron ${statements.toLocaleString('es')} ${statements === 1 ? 'declaración' : 'declaraciones'} del almacén de registros de aprendizaje (LRS): ${responses} ${responses === 1 ? 'respuesta' : 'respuestas'}.`,
  lrsFailed: (why) => `No se pudo leer del almacén de registros de aprendizaje (LRS): ${why}. El informe muestra lo que tenía antes.`,
  lrsProblems: {
    offline: 'no se pudo conectar',
    timeout: 'no respondió a tiempo',
    server: 'tuvo un problema propio',
    unauthorized: 'rechazó las credenciales',
    rejected: 'rechazó la solicitud',
  },
  discuss: 'Conversar',
  discussWhy: (steps, basis) =>
    basis === 'middle-half'
      ? `la mitad central de las valoraciones abarca ${steps} pasos de la escala`
      : `las valoraciones abarcan ${steps} pasos de la escala`,
  ruleTitle: '¿Cuándo se marca un elemento para «Conversar»?',
  rule: ({ discussSteps, discussBasis }) =>
    'Un elemento se marca para conversar cuando al menos dos personas lo valoraron y ' +
    (discussBasis === 'middle-half'
      ? 'la mitad central de sus valoraciones (del cuartil inferior al superior) abarca'
      : 'sus valoraciones abarcan') +
    ` al menos ${discussSteps} ${discussSteps === 1 ? 'paso' : 'pasos'} de la escala (los pasos cuentan niveles, sean cuales sean sus posiciones; las respuestas «no aplica» no se ` +
    'cuentan). En un continuo la regla se aplica a cada socio, y un elemento se marca cuando se marca para algún socio. ' +
    'Una sección, y la rúbrica entera, se marca cuando alguno de sus elementos lo está.',
  toDiscuss: 'Para conversar',
  nothingToDiscuss: 'Las valoraciones del equipo son cercanas en todos los elementos: no hay nada marcado para conversar.',
  median: 'Mediana',
  mean: 'Media',
  range: 'Rango',
  ratings: 'Valoraciones',
  tickedBy: (n, of) => `Marcado por ${n} de ${of}`,
  everyoneAgrees: 'Todos están de acuerdo',
  everyoneTicked: 'Todos lo marcaron',
  mostTicked: 'Lo más marcado',
  answeredBy: (n, of) => `Respondido por ${n} de ${of}`,
  choice: 'Opción',
  fromTarget: (distance, target) => `Distancia media a la meta (${target}): ${distance} pasos`,
  noTarget: 'No hay meta fijada, así que ningún punto se considera mejor: el equipo puede fijar una (el atributo ideal del informe).',
  steps: (n) => `${n} ${n === '1' ? 'paso' : 'pasos'}`,
  notApplicable: (n) => `${n} ${n === 1 ? 'indicó' : 'indicaron'} «no aplica»`,
  centralValue:
    'El valor central del equipo es la mediana: la mitad de las valoraciones están en ella o por debajo, la otra mitad en ella o por encima.',
  notRated: 'sin valorar',
  between: (low, high) => `entre ${low} y ${high}`,
  showTable: 'Mostrar la tabla de datos',
  level: 'Nivel',
  people: 'Personas',
  who: 'Quién',
  item: 'Elemento',
  section: 'Sección',
  sectionsTitle: 'Secciones',
  itemsToDiscuss: 'Elementos para conversar',
  stripCaption: (title, n, median) =>
    `${title}: una marca por persona (${n} ${n === 1 ? 'valoración' : 'valoraciones'}); el triángulo bajo el eje marca la mediana, ${median}.`,
  barsCaption: (title, n, median) =>
    `${title}: la altura de cada barra es el número de valoraciones en ese nivel (${n} valoraciones); el triángulo bajo el eje marca la mediana, ${median}.`,
  lowAnchor: (level) => `Extremo bajo (${level})`,
  highAnchor: (level) => `Extremo alto (${level})`,
  notesSummary: (n) => `Notas (${n})`,
  moreNotes: (n) => `… y ${n} más en la descarga CSV`,
  heatTitle: 'Secciones por etapa',
  heatCaption:
    'Valoraciones de cada sección por etapa. Cada celda indica cuántas valoraciones hay en esa etapa; las celdas más oscuras tienen más.',
  total: 'Total',
  continuumTitle: (plural) => `${plural} en el continuo`,
  continuumCaption: (plural) =>
    `${plural} situados en el continuo. Cada círculo indica cuántas personas situaron al socio en esa etapa; el rombo marca la mediana. Las etapas meta tienen contorno.`,
  target: 'Meta',
  atTarget: (met, n) => `${met} de ${n} en una etapa meta`,
  teamTargets: (met, n, stages) => `${met} de ${n} valoraciones de socios están en una etapa meta (${stages}).`,
  personTargets: 'En una etapa meta, por persona',
  partnersAtTarget: (met, total) => `${met} de ${total} socios`,
  profileTitle: 'Perfil del equipo',
  profileCaption:
    'Cada fila es una dimensión y cada columna un nivel: una celda cuenta los miembros que eligieron ese nivel (las celdas más oscuras tienen más), y ◆ marca la mediana del equipo junto al número (en la línea entre dos celdas cuando cae entre niveles).',
  profileAnchors: (low, high) =>
    `${low} es el ancla baja de cada dimensión y ${high} su ancla alta: cada dimensión, más abajo, y la tabla de datos dicen qué significan.`,
  compareTitle: 'Desde el ciclo anterior',
  compareIntro: (before, after) => `Valoraciones medias de ${before} comparadas con ${after}.`,
  previousCycle: 'el ciclo anterior',
  currentCycle: 'este ciclo',
  before: 'Antes (media)',
  now: 'Ahora (media)',
  change: 'Cambio',
  up: (delta) => `Sube ${delta}`,
  down: (delta) => `Baja ${delta}`,
  same: 'Sin cambio',
  added: 'Nuevo: no valorado antes',
  gone: 'Sin valorar ahora',
  movedUp: 'Subieron',
  movedDown: 'Bajaron',
  overall: 'En conjunto',
  newPartner: 'socio nuevo',
  gonePartner: 'ya no figura',
  agreedTitle: 'La valoración acordada por el equipo',
  agreedLegend: (title) => `Valoración acordada para ${title}`,
  agreedNote: (title) => `Nota acordada para ${title}`,
  clear: 'Borrar',
  clearLabel: (title) => `Borrar la valoración acordada para ${title}`,
  notCountedTitle: (n) => `Sin contar: ${n} ${n === 1 ? 'respuesta' : 'respuestas'}`,
  notCountedIntro:
    'Estas respuestas indican un nivel que no está en la escala de esta rúbrica, o un elemento que esta rúbrica no tiene. Ninguna cifra de este informe las incluye; corrija el archivo y cárguelo de nuevo para contarlas.',
  levelNotOnScale: (level) => `el nivel «${level}» no está en la escala`,
  itemNotInRubric: 'esta rúbrica no tiene ese elemento',
  fieldCount: (label, n, of, subjects) =>
    `${label}: ${n} de ${of} ${subjects ? (of === 1 ? 'valoración' : 'valoraciones') : of === 1 ? 'miembro' : 'miembros'}`,
  fieldSummary: (label, n) => `${label} (${n})`,
  respondentsTitle: 'Personas que respondieron',
  respondent: 'Persona',
  yes: 'Sí',
  no: 'No',
  teamsResults: 'Equipos lado a lado',
  teamsCount: (teams, responses) =>
    `${teams} ${teams === 1 ? 'equipo' : 'equipos'} · ${responses} ${responses === 1 ? 'respuesta' : 'respuestas'}`,
  teamsTitle: 'Los resultados de cada equipo',
  teamsCaption: (steps, basis) =>
    `La mediana de cada equipo por elemento, cuánto se dispersan sus valoraciones (en pasos de la escala) y cuántas valoraciones tiene. «Conversar» marca un equipo ${
      basis === 'middle-half' ? 'cuya mitad central de las valoraciones abarca' : 'cuyas valoraciones abarcan'
    } al menos ${steps} ${steps === 1 ? 'paso' : 'pasos'}.`,
  allTeams: 'Todos los equipos',
  noTeam: 'Sin equipo indicado',
  spread: (steps) => `dispersión de ${steps} ${steps === '1' ? 'paso' : 'pasos'}`,
  nRatings: (n) => (n === 1 ? '1 valoración' : `${n} valoraciones`),
  downloadTeamsCsv: 'Descargar esta tabla (CSV)',
  noTeams: 'Aún no hay equipos.',
  lrsReadTeams: (statements, teams, responses) =>
    `Se leyeron ${statements.toLocaleString('es')} ${statements === 1 ? 'declaración' : 'declaraciones'} del almacén de registros de aprendizaje (LRS): ${teams} ${teams === 1 ? 'equipo' : 'equipos'}, ${responses} ${responses === 1 ? 'respuesta' : 'respuestas'}.`,
  unlisted: (n) =>
    `${n.toLocaleString('es')} ${n === 1 ? 'declaración es de un equipo que no figura en la lista (o de ningún equipo) y no se incluye' : 'declaraciones son de equipos que no figuran en la lista (o de ningún equipo) y no se incluyen'}.`,
  teamsChangeCaption: 'Cada celda indica también cuánto cambió la valoración media del equipo desde el ciclo anterior.',
};

export default es;
