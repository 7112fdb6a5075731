import {
  Badge,
  Body1,
  Button,
  Caption1,
  Field,
  FluentProvider,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Subtitle2,
  Title3,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { ChangeEvent, ReactNode, useEffect, useRef, useState } from "react";
import { RunResult, runReport } from "../core/run";
import { WorkbookPort } from "../core/workbook-port";
import { Lang, Messages, messagesFor } from "./messages";
import { findingPlace, findingsBySheet, outcomeIntent } from "./summary";
import { templateSheets } from "./template";
import { TemplateOutcome, WorkbookActions } from "./workbook-actions";

/** Where the pane runs: inside Excel on the open workbook, or in a browser on .xlsx files. */
export type Host =
  | {
      readonly kind: "excel";
      readonly port: WorkbookPort;
      readonly actions: WorkbookActions;
      /** "ExcelApi 1.7" when the host lacks the minimum requirement set: the pane then only says so. */
      readonly missingMinimum?: string;
    }
  | { readonly kind: "browser" };

type Mode = "genera" | "verifica";

type Work =
  | { readonly kind: "idle" }
  | { readonly kind: "running"; readonly step: string; readonly fraction: number }
  | { readonly kind: "report"; readonly mode: Mode; readonly result: RunResult }
  | { readonly kind: "template"; readonly outcome: TemplateOutcome }
  | { readonly kind: "failed"; readonly message: string };

/** A file the user chose in browser mode. */
interface ChosenFile {
  readonly name: string;
  readonly data: ArrayBuffer;
}

/** A workbook ready to download in browser mode, as an object URL. */
interface Download {
  readonly url: string;
  readonly fileName: string;
}

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    minHeight: "100vh",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  finding: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, paddingBottom: tokens.spacingVerticalS, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  findingHead: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  file: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** `file` as a download link under `fileName`; `start` also starts the download, for a button that says "Scarica". */
function offerDownload(file: Uint8Array, fileName: string, start: boolean): Download {
  const url = URL.createObjectURL(new Blob([file as BlobPart], { type: XLSX_TYPE }));
  if (start) {
    const a = document.createElement("a");
    a.href = url;
    a.download = fileName;
    a.click();
  }
  return { url, fileName };
}

/** "dati-comune.xlsx" → "dati-comune-relazione.xlsx". */
function resultName(source: string): string {
  return `${source.replace(/\.xlsx$/i, "")}-relazione.xlsx`;
}

/**
 * The task pane: "Crea modello" (empty input sheets), "Verifica dati" and "Genera relazione", progress
 * while the core works, then the outcome, the sheets written (a button each to go there inside Excel, a
 * download in the browser) and the findings by sheet (inside Excel, each one selects its cell). All the
 * work is the core's ({@link runReport}); a failure of Excel or of the file is shown as a message.
 */
export function App({ host, lang, dark }: { host: Host; lang: Lang; dark: boolean }) {
  const t = messagesFor(lang);
  const styles = useStyles();
  const [work, setWork] = useState<Work>({ kind: "idle" });
  const [file, setFile] = useState<ChosenFile>();
  const [download, setDownload] = useState<Download>();
  const [notice, setNotice] = useState<string>();
  const outcomeRef = useRef<HTMLDivElement>(null);
  const running = work.kind === "running";
  const blocked = host.kind === "excel" && host.missingMinimum !== undefined;

  // once a job ends, move focus to its outcome so that keyboard and screen-reader users land on it
  useEffect(() => {
    if (work.kind !== "idle" && work.kind !== "running") outcomeRef.current?.focus();
  }, [work]);

  const progress = (step: string, fraction: number): void => setWork({ kind: "running", step, fraction });

  const begin = (): void => {
    setNotice(undefined);
    if (download) URL.revokeObjectURL(download.url);
    setDownload(undefined);
    progress(t.working, 0);
  };

  const fail = (e: unknown): void => {
    const reason = (e as { reason?: string }).reason;
    setWork({ kind: "failed", message: reason === "protected" ? t.passwordFile : reason === "notXlsx" ? t.badFile : errorText(e) });
  };

  const createTemplate = async (): Promise<void> => {
    begin();
    try {
      if (host.kind === "excel") {
        setWork({ kind: "template", outcome: await host.actions.addTemplateSheets(templateSheets()) });
      } else {
        const { templateXlsx } = await import(/* webpackChunkName: "xlsx" */ "./xlsx-session.js");
        const made = await templateXlsx(templateSheets());
        setDownload(offerDownload(made.file, "modello-relazione-performance.xlsx", true));
        setWork({ kind: "template", outcome: made.outcome });
      }
    } catch (e) {
      fail(e);
    }
  };

  const run = async (mode: Mode): Promise<void> => {
    begin();
    try {
      if (host.kind === "excel") {
        setWork({ kind: "report", mode, result: await runReport(host.port, progress, { mode }) });
      } else if (file) {
        progress(t.readingFile, 0);
        const { runOnXlsx } = await import(/* webpackChunkName: "xlsx" */ "./xlsx-session.js");
        const done = await runOnXlsx(file.data, progress, { mode });
        progress(t.savingFile, 1);
        setDownload(offerDownload(done.file, resultName(file.name), false));
        setWork({ kind: "report", mode, result: done.result });
      }
    } catch (e) {
      fail(e);
    }
  };

  const chooseFile = async (event: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const chosen = event.target.files?.[0];
    setWork({ kind: "idle" });
    setFile(chosen ? { name: chosen.name, data: await chosen.arrayBuffer() } : undefined);
  };

  const goTo = (sheet: string, cell?: string): void => {
    if (host.kind !== "excel") return;
    const place = findingPlace({ sheet, cell });
    host.actions.selectCell(sheet, cell).then(
      () => setNotice(undefined),
      (e: unknown) => setNotice(t.selectFailed(place, errorText(e))),
    );
  };

  const needsFile = host.kind === "browser" && !file;
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
      <main className={styles.root}>
        <Title3 as="h1">{t.title}</Title3>
        {blocked ? (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{t.missingMinimum(host.missingMinimum ?? "")}</MessageBarBody>
          </MessageBar>
        ) : (
          <>
            <Body1>{host.kind === "excel" ? t.introExcel : t.introBrowser}</Body1>
            {host.kind === "browser" && (
              <div className={styles.file}>
                <label htmlFor="rp-file">
                  <Body1>{t.fileLabel}</Body1>
                </label>
                <input id="rp-file" type="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" disabled={running} onChange={(e) => void chooseFile(e)} />
                {file && <Caption1>{t.fileChosen(file.name)}</Caption1>}
              </div>
            )}
            <div className={styles.buttons}>
              <Button appearance="secondary" disabled={running} onClick={() => void createTemplate()}>
                {host.kind === "excel" ? t.createTemplate : t.downloadTemplate}
              </Button>
              <Button appearance="secondary" disabled={running || needsFile} onClick={() => void run("verifica")}>
                {t.check}
              </Button>
              <Button appearance="primary" disabled={running || needsFile} onClick={() => void run("genera")}>
                {t.generate}
              </Button>
            </div>
          </>
        )}
        <div aria-live="polite">
          {work.kind === "running" && (
            <Field validationMessage={`${work.step}…`} validationState="none">
              <ProgressBar value={work.fraction} aria-label={t.working} />
            </Field>
          )}
        </div>
        <div ref={outcomeRef} tabIndex={-1} className={styles.section}>
          {work.kind === "failed" && (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>{t.failed}</MessageBarTitle>
                {work.message}
              </MessageBarBody>
            </MessageBar>
          )}
          {work.kind === "template" && <TemplateSummary outcome={work.outcome} t={t} />}
          {work.kind === "report" && <OutcomeBanner mode={work.mode} result={work.result} t={t} />}
          {download && (
            <div>
              <Button as="a" appearance="primary" href={download.url} download={download.fileName}>
                {work.kind === "template" ? t.downloadTemplateAgain : t.downloadResult}
              </Button>
            </div>
          )}
          {work.kind === "report" && <WrittenSheets result={work.result} t={t} onGoTo={host.kind === "excel" ? goTo : undefined} />}
          {notice && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>{notice}</MessageBarBody>
            </MessageBar>
          )}
          {work.kind === "report" && <FindingsList result={work.result} t={t} onGoTo={host.kind === "excel" ? goTo : undefined} />}
        </div>
      </main>
    </FluentProvider>
  );
}

/** What "Crea modello" did, and the optional features the host left out, naming their sets. */
function TemplateSummary({ outcome, t }: { outcome: TemplateOutcome; t: Messages }) {
  const lines: ReactNode[] = [outcome.added.length > 0 ? t.templateAdded(outcome.added) : t.templateNoneAdded];
  if (outcome.skipped.length > 0) lines.push(t.templateSkipped(outcome.skipped));
  for (const m of outcome.missing) lines.push(m.feature === "validation" ? t.missingValidation(m.set) : t.missingNotes(m.set));
  return (
    <MessageBar intent={outcome.missing.length > 0 ? "warning" : "success"} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t.templateDone}</MessageBarTitle>
        {lines.map((line, i) => (
          <div key={i}>{line}</div>
        ))}
      </MessageBarBody>
    </MessageBar>
  );
}

/** The outcome of a run: what it did, coloured by the worst severity found, with the counts. */
function OutcomeBanner({ mode, result, t }: { mode: Mode; result: RunResult; t: Messages }) {
  const title = result.written.length === 0 ? t.nothingWritten : mode === "verifica" ? t.checkDone : t.reportDone;
  return (
    <MessageBar intent={outcomeIntent(result)} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {t.counts(result.errors, result.warnings)}
      </MessageBarBody>
    </MessageBar>
  );
}

/** The sheets a run wrote; inside Excel each is a button that activates it. */
function WrittenSheets({ result, t, onGoTo }: { result: RunResult; t: Messages; onGoTo?: (sheet: string) => void }) {
  const styles = useStyles();
  if (result.written.length === 0) return null;
  return (
    <section className={styles.section} aria-labelledby="rp-written">
      <Subtitle2 as="h2" id="rp-written">
        {t.writtenHeading}
      </Subtitle2>
      <ul className={styles.list}>
        {result.written.map((w) => (
          <li key={w.name}>
            {onGoTo ? (
              <Link as="button" onClick={() => onGoTo(w.name)} aria-label={t.goToSheet(w.name)}>
                {w.name}
              </Link>
            ) : (
              <Body1>{w.name}</Body1>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Findings by sheet, errors first; inside Excel a finding with a cell is a button that selects it. */
function FindingsList({ result, t, onGoTo }: { result: RunResult; t: Messages; onGoTo?: (sheet: string, cell?: string) => void }) {
  const styles = useStyles();
  if (result.findings.length === 0) return null;
  return (
    <section className={styles.section} aria-labelledby="rp-findings">
      <Subtitle2 as="h2" id="rp-findings">
        {t.findingsHeading}
      </Subtitle2>
      {findingsBySheet(result.findings).map((group) => (
        <section key={group.sheet} className={styles.section} aria-label={t.sheetFindings(group.sheet, group.errors, group.warnings)}>
          <Body1 as="h3">
            <strong>{t.sheetFindings(group.sheet, group.errors, group.warnings)}</strong>
          </Body1>
          <ul className={styles.list}>
            {group.findings.map((f, i) => {
              const place = findingPlace(f);
              return (
                <li key={i} className={styles.finding}>
                  <span className={styles.findingHead}>
                    <Badge appearance="tint" color={f.severity === "errore" ? "danger" : "warning"}>
                      {t.severity(f.severity)}
                    </Badge>
                    {onGoTo && f.cell ? (
                      <Link as="button" onClick={() => onGoTo(f.sheet, f.cell)} aria-label={t.goToCell(place)}>
                        {place}
                      </Link>
                    ) : (
                      <Caption1>{place}</Caption1>
                    )}
                  </span>
                  <Body1>{f.message}</Body1>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </section>
  );
}
