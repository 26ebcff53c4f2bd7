/**
 * Issue 7, frameworks: the React 19 example (examples/react/App.tsx, bundled as a host's bundler
 * would): React 19 sets the properties and listens for the events itself, with no wrapper.
 */
import { describeFrameworkExample } from './framework-example.js';

describeFrameworkExample('React 19', '/examples/react/App.bundle.js');
