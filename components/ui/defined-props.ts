/**
 * The props that have a value. An undefined prop renders nothing, yet each one a
 * server component passes on is written into the page's RSC payload
 * ("$undefined") and read back to render the HTML; a Kratos field passes up to
 * nine (pattern, maxLength, step, aria-invalid…), most of them unset.
 */
export function definedProps<T extends object>(props: T): Partial<T> {
  const defined: Partial<T> = {};
  for (const key in props) {
    if (props[key] !== undefined) defined[key] = props[key];
  }
  return defined;
}
