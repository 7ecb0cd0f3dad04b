"use client";

import { useActionState, type ReactNode } from "react";
import { Field, type FieldProps } from "@/components/flow/field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/**
 * What a traits form shows after its action: the fields with what the admin
 * typed and Kratos's messages at them, their texts already in the page's
 * language (components/admin/trait-form-state.ts), so no catalogue reaches the browser.
 */
export type TraitFormState = { fields: FieldProps[]; problems: string[]; saved?: boolean };

type Props = {
  action: (state: TraitFormState, formData: FormData) => Promise<TraitFormState>;
  initial: TraitFormState;
  /** Hidden fields the action reads (which identity, which schema). */
  hidden: Readonly<Record<string, string>>;
  /** The form's texts in the page's language, chosen on the server. */
  texts: { submit: string; saved?: string };
  /** The form's accessible name: a label, or the id of the heading that names it. */
  name: { label: string } | { labelledBy: string };
  testId?: string;
  /** More controls between the traits and the button, rendered on the server. */
  children?: ReactNode;
};

/**
 * The one skeleton of the admin forms that edit traits (create, and an
 * identity's traits): schema-driven fields as in settings, validated by Kratos,
 * its messages at the field; without JavaScript the page is rendered again with
 * the same state.
 */
export function TraitForm({ action, initial, hidden, texts, name, testId, children }: Props) {
  const [state, formAction] = useActionState(action, initial);
  return (
    <form
      action={formAction}
      className="space-y-4"
      aria-label={"label" in name ? name.label : undefined}
      aria-labelledby={"labelledBy" in name ? name.labelledBy : undefined}
      data-testid={testId}
    >
      {Object.entries(hidden).map(([field, value]) => (
        <input key={field} type="hidden" name={field} value={value} />
      ))}
      {state.saved && texts.saved && <Alert tone="success">{texts.saved}</Alert>}
      {state.problems.map((problem) => (
        <Alert key={problem} tone="error">
          {problem}
        </Alert>
      ))}
      {state.fields.map((field) => (
        <Field key={field.name} {...field} />
      ))}
      {children}
      <Button type="submit" className="sm:w-auto">
        {texts.submit}
      </Button>
    </form>
  );
}
