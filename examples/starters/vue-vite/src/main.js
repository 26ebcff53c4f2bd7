import { createApp } from 'vue';
import 'icr-elements/define.js'; // defines every icr- element, before the app mounts
import App from './App.vue';

createApp(App).mount('#app');
