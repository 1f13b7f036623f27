import { html } from 'lit';
import { levelsLayout, meaning, name } from './levels.js';

/** A list of choices, each with its meaning (adopt / adapt / abandon): always a list. */
export const choices = levelsLayout((view, level) => html`${name(view, level)}${meaning(view, level)}`, false);
