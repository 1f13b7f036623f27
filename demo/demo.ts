import '../src/all.js';

const form = document.querySelector<HTMLFormElement>('#form')!;
const out = document.querySelector<HTMLOutputElement>('#out')!;
const session = document.querySelector('#session')!;
const rubrics = [
  ...form.querySelectorAll<HTMLElement>('cr-coherence-progression, cr-slt-indicators, cr-relationship-continuum, cr-team-assessment'),
];

document.querySelector<HTMLSelectElement>('#lang')!.addEventListener('change', (e) => {
  const lang = (e.target as HTMLSelectElement).value;
  document.documentElement.lang = lang;
  session.setAttribute('lang', lang);
});
document.querySelector<HTMLSelectElement>('#theme')!.addEventListener('change', (e) => {
  const theme = (e.target as HTMLSelectElement).value;
  document.body.className = theme;
  for (const el of rubrics) {
    if (theme) el.setAttribute('theme', theme);
    else el.removeAttribute('theme');
  }
});
form.addEventListener('submit', (e) => {
  e.preventDefault();
  const data = new FormData(form);
  out.textContent = `Submitted ${[...data.keys()].length} fields. (A real page would send them and then call markSubmitted().)`;
});
