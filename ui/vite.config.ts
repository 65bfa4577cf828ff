import { defineConfig } from "vitest/config";

// The app loads only its own bundled assets: no CDN, no remote fonts, no inline scripts.
export default defineConfig({
  clearScreen: false,
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2021",
    // Keeping assets as files (not data: URLs) lets the content security policy stay 'self'.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
  test: {
    environment: "jsdom",
    globals: true,
    include: ["src/**/*.test.ts"],
  },
});
