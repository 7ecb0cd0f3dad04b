import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { fixture } from "@/test/fixtures";
import { FlowForms } from "./flow-forms";

// The HTML the server sends is all a browser without JavaScript ever gets.
describe("second-factor settings without JavaScript", () => {
  it("shows the secret and codes as selectable text, offers the download link and no copy buttons that could not work", () => {
    const html = renderToStaticMarkup(<FlowForms ui={fixture("settings").ui} />);
    expect(html).toMatch(/<code class="[^"]*\bselect-all\b[^"]*">[A-Z2-7]{32}<\/code>/);
    expect(copyButtons(html)).toEqual([]);
    // Its place is held (so nothing moves when the page comes alive), invisible, unreachable, and gone without scripting.
    expect(html).toMatch(
      /<div class="(?=[^"]*\binvisible\b)(?=[^"]*\[@media\(scripting:none\)\]:hidden)[^"]*" aria-hidden="true" data-testid="copy-placeholder"><button type="button" class="[^"]*" disabled="" tabindex="-1">Copy secret<\/button><\/div>/,
    );

    const codesHtml = renderToStaticMarkup(<FlowForms ui={fixture("settings-second-factors").ui} />);
    expect(codesHtml.match(/<code class="select-all">[a-z0-9]{8}<\/code>/g)).toHaveLength(12);
    expect(codesHtml).toMatch(/<a href="data:text\/plain;charset=utf-8,[^"]+" download="recovery-codes.txt"/);
    expect(copyButtons(codesHtml)).toEqual([]);
  });
});

/** Copy buttons a person could see or use: any not inside the invisible placeholder. */
function copyButtons(html: string): string[] {
  return (
    html
      .replace(/<div class="[^"]*\binvisible\b[^"]*" aria-hidden="true" data-testid="copy-placeholder">.*?<\/div>/g, "")
      .match(/Copy (secret|codes)/g) ?? []
  );
}
