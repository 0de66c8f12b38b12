// The "upgraded version" switch: `?ui=v2` renders the same screens the way a vendor upgrade
// changes them (new ids, classes, wrappers, moved sections, reworded labels), so tours and
// health checks can be tried against an upgrade. The flag sticks for the browser tab.

import { createContext, createElement, useContext, useState, type ReactNode } from 'react';

export type UiVersion = 'v1' | 'v2';
export const UI_VERSION_STORAGE_KEY = 'preceptor.sandbox.ui';

/** Reads `?ui=` (which also sets the tab's choice), else the tab's earlier choice, else v1. */
export function readUiVersion(): UiVersion {
  try {
    const fromUrl = new URLSearchParams(window.location.search).get('ui');
    if (fromUrl === 'v1' || fromUrl === 'v2') {
      sessionStorage.setItem(UI_VERSION_STORAGE_KEY, fromUrl);
      return fromUrl;
    }
    return sessionStorage.getItem(UI_VERSION_STORAGE_KEY) === 'v2' ? 'v2' : 'v1';
  } catch {
    return 'v1';
  }
}

const UiVersionContext = createContext<UiVersion>('v1');

export function UiVersionProvider({ children, version }: { children: ReactNode; version?: UiVersion }): ReactNode {
  const [value] = useState<UiVersion>(() => version ?? readUiVersion());
  return createElement(UiVersionContext.Provider, { value }, children);
}

export function useUiVersion(): UiVersion {
  return useContext(UiVersionContext);
}

export function useIsV2(): boolean {
  return useContext(UiVersionContext) === 'v2';
}

/**
 * Element ids a mentor might anchor on, as the upgrade renames them. Not derivable from the old
 * id (the vendor regenerated them), so an anchor on the old id really breaks.
 */
const V2_IDS: Record<string, string> = {
  'patient-query': 'txtPatKeyword',
  'new-patient-id-number': 'np_cert_no',
  'drug-search': 'rx_drug_kw',
  'diagnosis-search': 'dx_kw',
  'specimen-barcode': 'lis_barcode_input',
  'wristband-scan': 'scan_wb',
  'order-barcode': 'scan_label',
  'read-back-value': 'cv_readback',
  'creatinine-value': 'scr_val',
};

export function anchorId(id: string, version: UiVersion): string {
  return version === 'v2' ? (V2_IDS[id] ?? `x2-${id}`) : id;
}

export function useAnchorId(id: string): string {
  return anchorId(id, useUiVersion());
}
