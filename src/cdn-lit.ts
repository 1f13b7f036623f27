/**
 * The one copy of Lit that the per-element CDN files share (`dist/cdn/chunks/lit-<hash>.js`): a page
 * with two rubric elements, or a rubric and the team report, loads and evaluates Lit once, so
 * Lit's Trusted Types policy (`lit-html`) is created once. Exports exactly what the sources import
 * from `lit`, `lit/decorators.js` and `@lit/context` (and `@lit/task` from `@lit/reactive-element`);
 * the build fails on a name missing here.
 */
export { adoptStyles, css, html, LitElement, nothing, notEqual, svg } from 'lit';
export { property, state } from 'lit/decorators.js';
export { ContextConsumer, ContextProvider, createContext } from '@lit/context';
