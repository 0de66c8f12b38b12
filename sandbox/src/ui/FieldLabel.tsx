import type { ReactNode } from 'react';

/**
 * A visible <label>. The required star sits outside it, so the label's text (what tours
 * and screen readers match on) is exactly the field name; inputs carry `required` themselves.
 */
export function FieldLabel({ htmlFor, required = false, children }: { htmlFor: string; required?: boolean; children: ReactNode }): ReactNode {
  return (
    <span className="form-label">
      <label htmlFor={htmlFor}>{children}</label>
      {required ? <span className="req" aria-hidden="true">*</span> : null}
    </span>
  );
}
