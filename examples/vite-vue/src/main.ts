import { init } from 'keks';
import { createApp } from 'vue';
import App from './App.vue';
import { config } from './keks-config';

// Once, before mounting: reads the stored decision and shows the banner to a first-time visitor.
init(config);

createApp(App).mount('#app');
