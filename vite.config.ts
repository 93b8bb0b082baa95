import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The API server listens on 4477 (`npm start`); in development Vite serves the client and
// forwards /api there so that cookies and CSRF work exactly as in production (same origin).
const apiTarget = process.env.WARMPATH_API_URL ?? "http://127.0.0.1:4477";

export default defineConfig({
  plugins: [react()],
  build: {
    // The server serves dist/web (WARMPATH_WEB_DIR) and caches dist/web/assets/* forever.
    outDir: "dist/web",
    assetsDir: "assets",
    emptyOutDir: true,
    sourcemap: true,
  },
  server: {
    port: 5173,
    strictPort: false,
    proxy: { "/api": { target: apiTarget, changeOrigin: false } },
  },
  preview: {
    proxy: { "/api": { target: apiTarget, changeOrigin: false } },
  },
});
