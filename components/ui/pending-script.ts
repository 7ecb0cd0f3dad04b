/**
 * For controls that only work once the page runs JavaScript: they hold their
 * place until then, so nothing around them moves when they appear. A button that
 * moves while the page comes alive hands the click meant for it to whatever slid
 * under the pointer. Invisible, the control is out of reach and out of the
 * accessibility tree; in a browser without scripting it takes no room at all.
 */
export const PENDING_SCRIPT_CLASSES = "invisible [@media(scripting:none)]:hidden";
