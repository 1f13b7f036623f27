/**
 * Undo and redo for the editor: snapshots of the whole draft (edits are immutable, so a snapshot
 * costs one reference). Typing in one field within a moment is one step, not one per keystroke.
 */

/** How long a run of typing in one field stays one undo step, in milliseconds. */
export const TYPING_STEP = 1000;
const LIMIT = 200;

export class History<T> {
  #past: T[] = [];
  #future: T[] = [];
  #group = '';
  #at = 0;

  /** Records `previous` as the state to go back to; `group` (a field) merges a run of typing. */
  record(previous: T, group = '', now = Date.now()): void {
    const sameRun = group !== '' && group === this.#group && now - this.#at < TYPING_STEP;
    this.#group = group;
    this.#at = now;
    this.#future = [];
    if (sameRun) return;
    this.#past.push(previous);
    if (this.#past.length > LIMIT) this.#past.shift();
  }

  get canUndo(): boolean {
    return this.#past.length > 0;
  }

  get canRedo(): boolean {
    return this.#future.length > 0;
  }

  /** The state before `current`, or undefined. */
  undo(current: T): T | undefined {
    const previous = this.#past.pop();
    if (previous === undefined) return undefined;
    this.#future.push(current);
    this.#group = '';
    return previous;
  }

  /** The state undone last, or undefined. */
  redo(current: T): T | undefined {
    const next = this.#future.pop();
    if (next === undefined) return undefined;
    this.#past.push(current);
    this.#group = '';
    return next;
  }

  clear(): void {
    this.#past = [];
    this.#future = [];
    this.#group = '';
  }
}
