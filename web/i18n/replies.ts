// Words for reply kits on rebuttal stories.

export const repliesVi = {
  'replies.placeholder': '',
} as const;

export const repliesEn: Record<keyof typeof repliesVi, string> = {
  'replies.placeholder': '',
};
