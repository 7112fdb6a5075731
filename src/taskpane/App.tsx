import {
  Badge,
  Body1,
  Button,
  Caption1,
  Field,
  FluentProvider,
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
import { ReactNode, useState } from "react";
import { RunResult, runReport } from "../core/run";
import { WorkbookPort } from "../core/workbook-port";
import { countsText, findingPlace, orderedFindings, outcomeIntent, writtenText } from "./summary";
import { currentOfficeTheme, prefersDark } from "./theme";

type PaneState =
  | { readonly kind: "idle" }
  | { readonly kind: "running"; readonly step: string; readonly fraction: number }
  | { readonly kind: "done"; readonly result: RunResult }
  | { readonly kind: "failed"; readonly message: string };

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
  findings: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  finding: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, paddingBottom: tokens.spacingVerticalS, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  findingHead: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
});

/** Page frame in the Fluent theme matching Office's (light outside Office). */
function Frame({ children }: { children: ReactNode }) {
  const styles = useStyles();
  return (
    <FluentProvider theme={prefersDark(currentOfficeTheme()) ? webDarkTheme : webLightTheme}>
      <main className={styles.root}>
        <Title3 as="h1">Relazione sulla performance</Title3>
        {children}
      </main>
    </FluentProvider>
  );
}

function Findings({ result }: { result: RunResult }) {
  const styles = useStyles();
  if (result.findings.length === 0) return null;
  return (
    <section>
      <Subtitle2 as="h2">Segnalazioni</Subtitle2>
      <ul className={styles.findings}>
        {orderedFindings(result.findings).map((f, i) => (
          <li key={i} className={styles.finding}>
            <span className={styles.findingHead}>
              <Badge appearance="tint" color={f.severity === "errore" ? "danger" : "warning"}>
                {f.severity === "errore" ? "Errore" : "Avviso"}
              </Badge>
              <Caption1>{findingPlace(f)}</Caption1>
            </span>
            <Body1>{f.message}</Body1>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Outcome({ result }: { result: RunResult }) {
  const written = writtenText(result);
  return (
    <MessageBar intent={outcomeIntent(result)} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{result.written.length > 0 ? "Relazione generata" : "Nessun foglio generato"}</MessageBarTitle>
        Trovati {countsText(result)}.{written ? ` ${written}.` : ""}
      </MessageBarBody>
    </MessageBar>
  );
}

/**
 * The task pane: one button that runs {@link runReport} on the open workbook, a progress bar while it
 * runs, then the outcome (counts of errori and avvisi, sheets written) and the findings. All the work
 * is in the core; a failure of Excel itself (e.g. a protected workbook) is shown as a message.
 */
export function App({ port }: { port: WorkbookPort }) {
  const [state, setState] = useState<PaneState>({ kind: "idle" });

  const generate = async (): Promise<void> => {
    setState({ kind: "running", step: "Avvio", fraction: 0 });
    try {
      const result = await runReport(port, (step, fraction) => setState({ kind: "running", step, fraction }));
      setState({ kind: "done", result });
    } catch (e) {
      setState({ kind: "failed", message: e instanceof Error ? e.message : String(e) });
    }
  };

  return (
    <Frame>
      <Body1>
        Legge i fogli di dati di questa cartella di lavoro, li verifica e scrive la Relazione e i fogli di calcolo. I fogli di dati non vengono
        modificati.
      </Body1>
      <Button appearance="primary" disabled={state.kind === "running"} onClick={() => void generate()}>
        Genera relazione
      </Button>
      {state.kind === "running" && (
        <Field validationMessage={`${state.step}…`} validationState="none">
          <ProgressBar value={state.fraction} />
        </Field>
      )}
      {state.kind === "failed" && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Generazione non riuscita</MessageBarTitle>
            {state.message}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.kind === "done" && (
        <>
          <Outcome result={state.result} />
          <Findings result={state.result} />
        </>
      )}
    </Frame>
  );
}

/** Shown when the page is opened outside Excel or office.js could not be loaded. */
export function OutsideExcel() {
  return (
    <Frame>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          Questo riquadro funziona all'interno di Excel: aprire la cartella di lavoro in Excel e scegliere «Relazione performance» nella scheda
          Home.
        </MessageBarBody>
      </MessageBar>
    </Frame>
  );
}
