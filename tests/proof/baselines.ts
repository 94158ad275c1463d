// Bodies known to pass validation, for routes whose guard-table entry has none: the
// sweep changes one member at a time, so each bad value travels past the others.
import { DEMO_PASSWORD } from '../../scripts/seed/accounts';
import { completeStory } from '../editorial/story-helpers';

const storyForm = { ...completeStory, tags: 'giáo dục', captions: 'Một tấm gương.', hashtags: '#LanToa', consent: 'yes' };

export const baselines: Record<string, Record<string, unknown>> = {
  'POST /api/stories': { ...completeStory },
  'POST /editor/stories': storyForm,
  'POST /editor/stories/:id': { ...storyForm, revision: '1' },
  'POST /api/users': { email: 'proof@test.lantoa.local', name: 'Kiểm thử', password: 'mat-khau-du-dai-2026', role: 'member' },
  'POST /editor/users': { email: 'proof-form@test.lantoa.local', name: 'Kiểm thử', password: 'mat-khau-du-dai-2026', role: 'member' },
  'POST /api/auth/login': { email: 'member@lantoa.local', password: DEMO_PASSWORD, next: '/' },
  'POST /api/reports': { url: 'https://example.com/tin-gia', category: 'false_news', description: 'Bài đăng bịa đặt.' },
  'POST /report': { url: 'https://example.com/tin-gia', category: 'false_news', description: 'Bài đăng bịa đặt.' },
  'POST /api/cases/:id/rebuttal': { title: 'Sự thật về tin đồn', provinceCode: 'HNI' },
  'POST /editor/cases/:id/rebuttal': { title: 'Sự thật về tin đồn', provinceCode: 'HNI' },
};
