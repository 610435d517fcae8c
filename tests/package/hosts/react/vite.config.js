import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// base './': the build works from any folder, as the test serves it.
export default defineConfig({
  base: './',
  plugins: [react()],
});
