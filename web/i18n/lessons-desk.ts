// Words for the lessons desk.

export const lessonsDeskVi = {
  'lessons-desk.placeholder': '',
} as const;

export const lessonsDeskEn: Record<keyof typeof lessonsDeskVi, string> = {
  'lessons-desk.placeholder': '',
};
