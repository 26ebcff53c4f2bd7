import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  plugins: [
    vue({
      // icr- tags are custom elements, not Vue components: Vue leaves them to the browser.
      template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('icr-') } },
    }),
  ],
});
