// Preloaded into a UI server under test (NODE_OPTIONS=--expose-gc --import=…):
// SIGUSR2 forces a full garbage collection, so a test can prove that timers and
// signals the server relies on survive one.
process.on("SIGUSR2", () => {
  globalThis.gc?.();
});
