import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// `base: './'`: the built site works from any folder.
export default defineConfig({ base: './', plugins: [vue()] });
