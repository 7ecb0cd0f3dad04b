import { buttonClasses } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { t } from "@/lib/i18n/catalogue";
import { formatTime } from "@/lib/i18n/format-time";
import { RECOVERY_CODES_FILE_NAME, recoveryCodesDataUrl, unusedCodes, type RecoveryCode } from "@/lib/kratos/nodes/secret-texts";

type Props = { codes: readonly RecoveryCode[]; testId: string };

/**
 * A recovery code list: each entry as <code>, used ones struck through, and ways to
 * keep the codes that still work. The download is a plain link, so it works
 * without JavaScript; copying needs the browser and appears only with it.
 */
export function RecoveryCodes({ codes, testId }: Props) {
  const usable = unusedCodes(codes);
  return (
    <div className="space-y-3">
      <ul className="grid grid-cols-2 gap-2 font-mono text-sm sm:grid-cols-3" data-testid={testId}>
        {codes.map((entry, index) =>
          entry.used ? (
            // Kratos keeps no value for a used code. Its entry is still a <code>, as every
            // entry of Kratos's list is, struck through; the words say it for screen readers.
            <li key={index} className="text-text-muted" data-used="true">
              <del>
                <code>{entry.usedAt ? t("recoveryCodes.usedAt", { time: formatTime(entry.usedAt) }) : t("recoveryCodes.used")}</code>
              </del>
            </li>
          ) : (
            <li key={index}>
              <code className="select-all">{entry.code}</code>
            </li>
          ),
        )}
      </ul>
      {usable.length > 0 && (
        <div className="flex flex-wrap items-center gap-3">
          <a
            href={recoveryCodesDataUrl(t("recoveryCodes.fileIntro"), usable)}
            download={RECOVERY_CODES_FILE_NAME}
            className={buttonClasses("secondary", { width: "auto" })}
          >
            {t("recoveryCodes.download")}
          </a>
          <CopyButton text={usable.join("\n")} label={t("recoveryCodes.copy")} copiedText={t("copy.done")} failedText={t("copy.failed")} />
        </div>
      )}
    </div>
  );
}
