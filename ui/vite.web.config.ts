import { defineConfig } from "vite";

// The web edition: the same screens, built into one script and one stylesheet that
// scripts/build-web inlines, with the core's WebAssembly, into senda-guide.html.
export default defineConfig({
  clearScreen: false,
  build: {
    outDir: "dist-web",
    emptyOutDir: true,
    target: "es2021",
    cssCodeSplit: false,
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    rollupOptions: {
      input: "web.html",
      output: { inlineDynamicImports: true, entryFileNames: "senda-web.js", assetFileNames: "senda-web[extname]" },
    },
  },
});
