import { CopyButton } from "@/components/ui/copy-button";
import { kratosText, t } from "@/lib/i18n/catalogue";
import type { TextNode } from "@/lib/kratos/nodes/nodes";
import { recoveryCodesOf, secretOf } from "@/lib/kratos/nodes/secret-texts";
import { RecoveryCodes } from "./recovery-codes";

/** Text nodes: a TOTP secret, or a list of recovery codes carried in the text's context. */
export function TextNodeView({ node }: { node: TextNode }) {
  const { id, text } = node.attributes;
  const codes = recoveryCodesOf(text);
  return (
    <div className="space-y-2">
      {node.meta.label && (
        <p className="text-sm text-text-muted" data-testid={`node/text/${id}/label`}>
          {kratosText(node.meta.label)}
        </p>
      )}
      {codes ? (
        <RecoveryCodes codes={codes} testId={`node/text/${id}/text`} />
      ) : (
        <>
          <div data-testid={`node/text/${id}/text`}>
            {/* select-all: one click selects the whole secret, for copying without JavaScript. */}
            <code className="font-mono text-sm break-all select-all">{kratosText(text)}</code>
          </div>
          {id === "totp_secret_key" && (
            <CopyButton text={secretOf(text)} label={t("totp.copySecret")} copiedText={t("copy.done")} failedText={t("copy.failed")} />
          )}
        </>
      )}
    </div>
  );
}
