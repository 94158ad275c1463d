// Words for /hoc (learn) and quiz, completion on /me and the dashboard.

export const learnVi = {
  'learn.placeholder': '',
} as const;

export const learnEn: Record<keyof typeof learnVi, string> = {
  'learn.placeholder': '',
};
