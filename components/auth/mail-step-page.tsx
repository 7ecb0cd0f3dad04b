import { FlowForms } from "@/components/flow/flow-forms";
import { PageShell } from "@/components/page/page-shell";
import { TextLink } from "@/components/ui/text-link";
import type { UiContainer } from "@/lib/kratos/types";
import type { StepCopy } from "./mail-step";

type Props = {
  copy: StepCopy;
  ui: UiContainer;
  /** Prefix of each form's test id, e.g. "recovery-flow". */
  formTestIdPrefix: string;
  back: { href: string; label: string; testId?: string };
};

/** The page of a flow that works by mailing a code or link: recovery and verification. */
export function MailStepPage({ copy, ui, formTestIdPrefix, back }: Props) {
  return (
    <PageShell
      title={copy.title}
      intro={copy.intro}
      footer={
        <p>
          <TextLink href={back.href} data-testid={back.testId}>
            {back.label}
          </TextLink>
        </p>
      }
    >
      <FlowForms ui={ui} formTestId={(group) => `${formTestIdPrefix}-${group}`} />
    </PageShell>
  );
}
