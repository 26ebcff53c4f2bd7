/**
 * Issue 7, frameworks: the Angular example (examples/angular/App.ts: a standalone zoneless
 * component compiled in the browser, bundled as a host's bundler would): `CUSTOM_ELEMENTS_SCHEMA`,
 * `[property]` bindings and `(icr-data-load)`.
 */
import { describeFrameworkExample } from './framework-example.js';

describeFrameworkExample('Angular', '/examples/angular/App.bundle.js');
