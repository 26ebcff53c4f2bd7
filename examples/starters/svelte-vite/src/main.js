import { mount } from 'svelte';
import 'icr-elements/define.js'; // defines every icr- element before the app mounts, so Svelte sets properties
import App from './App.svelte';

mount(App, { target: document.getElementById('app') });
