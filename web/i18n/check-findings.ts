// Words for check-engine (signal titles, why and advice; the checklist; tone desk page).

export const checkFindingsVi = {
  'check-findings.placeholder': '',
} as const;

export const checkFindingsEn: Record<keyof typeof checkFindingsVi, string> = {
  'check-findings.placeholder': '',
};
