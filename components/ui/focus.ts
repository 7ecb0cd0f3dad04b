/** The visible keyboard focus ring every interactive primitive shares (defined in app/globals.css). */
export const focusRing = "focus-ring";
