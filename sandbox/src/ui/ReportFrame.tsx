// A report shown in the LIS/PACS viewer, which runs as its own page in a same-origin iframe
// (viewer.html), as hospital systems embed the lab and imaging vendors' viewers.

import type { ReactNode } from 'react';
import { useI18n } from '../i18n.ts';
import { useUiVersion } from '../uiVersion.ts';

export function ReportFrame({ kind, id, title, operator }: { kind: 'lab' | 'imaging'; id: string; title: string; operator: string }): ReactNode {
  const { lang } = useI18n();
  const ui = useUiVersion();
  // BASE_URL: '/' normally, './' in the LMS build (served under the LMS's own path)
  const src = `${import.meta.env.BASE_URL}viewer.html?kind=${kind}&id=${encodeURIComponent(id)}&lang=${lang}&ui=${ui}&by=${encodeURIComponent(operator)}`;
  return <iframe className="report-frame" title={title} src={src} data-panel="report-viewer" data-report-kind={kind} data-report-id={id} />;
}
