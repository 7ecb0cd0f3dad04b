/**
 * A progress counter for long steps. On a terminal it rewrites one line; in a
 * log (CI, Playwright) it prints a line every `every` steps so the log stays short.
 */
export type Progress = { tick(): void; finish(summary?: string): void };

export function progress(describe: (count: number) => string, every = 25): Progress {
  const tty = process.stdout.isTTY === true;
  let count = 0;
  let shown = -1;
  const show = (): void => {
    if (count === shown) return;
    shown = count;
    if (tty) process.stdout.write(`\r\x1b[K${describe(count)}`);
    else console.log(describe(count));
  };
  if (tty) show();
  return {
    tick() {
      count += 1;
      if (tty || count % every === 0) show();
    },
    finish(summary) {
      if (summary === undefined) show();
      else if (tty) process.stdout.write(`\r\x1b[K${summary}`);
      else console.log(summary);
      if (tty) process.stdout.write("\n");
    },
  };
}
