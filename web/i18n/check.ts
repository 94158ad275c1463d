// Words for check page (/kiem-tra) and POST /api/check.

export const checkVi = {
  'check.placeholder': '',
} as const;

export const checkEn: Record<keyof typeof checkVi, string> = {
  'check.placeholder': '',
};
