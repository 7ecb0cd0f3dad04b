// The stack for Playwright's `webServer`: a fresh test database and a production
// build of the UI. It runs until it is signalled; busy ports make it exit non-zero.
import { requireNodeVersion } from "./lib/prerequisites";
import { startStack } from "./lib/stack";

requireNodeVersion(22, 13);
await startStack({ mode: "test" });
console.log("Test stack ready.");
