import { levelsLayout, name } from './levels.js';

/** A row of labelled points. */
export const ratingScale = levelsLayout(name, true);
