import type { Page } from "@playwright/test";

/**
 * `next dev` tells every open page to reload whenever it recompiles, and it
 * recompiles whenever files in the project change: other test runs writing
 * traces are enough. A reload while a form is being sent cancels the post, so
 * a journey through several sites (the UI, Kratos, a sign-in provider) breaks
 * at random. Against `npm run dev` the pages get a silent stand-in for the
 * reload channel; the production build the test stack runs has no such channel.
 */
export async function ignoreDevReloads(page: Page): Promise<void> {
  if (process.env.E2E_STACK_MODE !== "dev") return;
  await page.routeWebSocket(/\/_next\/(webpack-)?hmr\b/, () => {});
}
