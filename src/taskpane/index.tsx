import { createRoot } from "react-dom/client";
import { OfficeJsWorkbook } from "../workbook/officejs-adapter";
import { App, OutsideExcel } from "./App";

// office.js comes from Microsoft's CDN: when it fails to load, `Office` is undefined and the pane says so
const container = document.getElementById("container");
if (container) {
  const root = createRoot(container);
  if (typeof Office === "undefined") {
    root.render(<OutsideExcel />);
  } else {
    void Office.onReady().then((info) => root.render(info.host === Office.HostType.Excel ? <App port={new OfficeJsWorkbook()} /> : <OutsideExcel />));
  }
}
