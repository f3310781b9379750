import { useEffect } from 'react';

/** Sets the tab title: "Page — microcred". */
export function useDocumentTitle(title: string | null | undefined) {
  useEffect(() => {
    document.title = title ? `${title} — microcred` : 'microcred';
  }, [title]);
}
