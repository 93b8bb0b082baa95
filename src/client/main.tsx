import "@mantine/core/styles.css";
import "@mantine/notifications/styles.css";
import "./app.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { config as configureZod } from "zod/v4/core";
import { App } from "./App.tsx";

// zod compiles object parsers with `new Function` when it can; the CSP (script-src 'self')
// forbids that, and zod's probe for it shows up as a CSP violation. The interpreter it falls
// back to is fast enough for form-sized data.
configureZod({ jitless: true });

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
