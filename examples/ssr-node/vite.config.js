import { defineConfig } from 'vite';

// Only the browser half is bundled: client.js → dist/client.js (+ lazy UI chunks). No HTML: the server renders it.
export default defineConfig({
  build: {
    rollupOptions: { input: 'client.js', output: { entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' } },
  },
});
