/**
 * Issue 7, frameworks: the Vue 3 example (examples/vue/App.ts, Vue's full build, bundled as a host's
 * bundler would): `isCustomElement`, `.prop` bindings and `@icr-data-load`.
 */
import { describeFrameworkExample } from './framework-example.js';

describeFrameworkExample('Vue 3', '/examples/vue/App.bundle.js');
