// Kratos logs every request at info level with all headers; the console gets
// only warnings and errors, shortened. The full log stays in the log file.
const RECORD_START = /^time=\S+ level=(\w+) /;
const NOTEWORTHY = new Set(["warn", "warning", "error", "fatal", "panic"]);
// Expected on every start: the stack runs Kratos with --dev on purpose.
const DEV_MODE_BANNER = /^time=\S+ level=warning msg=$/;

/** Drops `key:map[…]` (brackets balanced) from logrus's text rendering of nested maps. */
function dropMap(line: string, key: string): string {
  const start = line.indexOf(`${key}:map[`);
  if (start < 0) return line;
  let depth = 0;
  for (let i = start + key.length + 4; i < line.length; i += 1) {
    if (line[i] === "[") depth += 1;
    else if (line[i] === "]" && --depth === 0) return line.slice(0, start) + line.slice(i + 1).replace(/^ /, "");
  }
  return line;
}

function shorten(line: string): string {
  const short = dropMap(line, "headers")
    .replace(/ service_name=Ory Kratos service_version=\S+/, "")
    .replace(/Value is sensitive and has been redacted\.[^.]*\.[^.]*\./g, "<redacted>");
  return short.length > 600 ? `${short.slice(0, 600)}…` : short;
}

/**
 * Returns a function that maps each Kratos output line to what the console
 * should show, or undefined. Lines without a `time=` prefix continue the record
 * before them (multi-line messages), so they follow its verdict.
 */
export function kratosConsoleFilter(): (line: string) => string | undefined {
  let showing = false;
  return (line) => {
    const record = RECORD_START.exec(line);
    if (record) showing = NOTEWORTHY.has(record[1] ?? "") && !DEV_MODE_BANNER.test(line);
    return showing ? shorten(line) : undefined;
  };
}
