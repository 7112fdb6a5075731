import { createRoot } from "react-dom/client";
import { OfficeJsWorkbook } from "../workbook/officejs-adapter";
import { OfficeJsActions } from "../workbook/officejs-actions";
import { MINIMUM_EXCEL_API, missingExcelApi, officeIsSetSupported } from "../workbook/requirements";
import { App, Host } from "./App";
import { Lang, languageOf } from "./messages";
import { currentOfficeTheme, prefersDark } from "./theme";

function render(host: Host, lang: Lang, dark: boolean): void {
  const container = document.getElementById("container");
  if (!container) return;
  document.documentElement.lang = lang;
  createRoot(container).render(<App host={host} lang={lang} dark={dark} />);
}

/** Outside Office: the browser's language and colour scheme. */
function renderInBrowser(): void {
  render({ kind: "browser" }, languageOf(navigator.language), window.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false);
}

// office.js comes from Microsoft's CDN: when it fails to load (no network) `Office` is undefined, and
// when the page is opened outside Office onReady reports no host; both give the browser mode
if (typeof Office === "undefined") {
  renderInBrowser();
} else {
  void Office.onReady().then(
    (info) => {
      if (info.host !== Office.HostType.Excel) {
        renderInBrowser();
        return;
      }
      const host: Host = {
        kind: "excel",
        port: new OfficeJsWorkbook(),
        actions: new OfficeJsActions(),
        missingMinimum: missingExcelApi(officeIsSetSupported, MINIMUM_EXCEL_API),
      };
      render(host, languageOf(Office.context.displayLanguage), prefersDark(currentOfficeTheme()));
    },
    () => renderInBrowser(),
  );
}
