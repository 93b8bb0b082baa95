import { useEffect } from "react";

/** Sets the tab title ("People · Warmpath") so that tabs, history and screen readers name the page. */
export function useDocumentTitle(title: string) {
  useEffect(() => {
    document.title = title ? `${title} · Warmpath` : "Warmpath";
  }, [title]);
}
