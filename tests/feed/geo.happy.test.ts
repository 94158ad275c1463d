import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, PROVINCES } from '../../workers/geo/reference';
import { fetchApp, readJson } from '../helpers/http';

type Rows<T> = { items: T[] };

describe('GET /api/provinces', () => {
  it('lists the 34 provincial-level units with code, name and slug', async () => {
    const res = await fetchApp('/api/provinces');
    expect(res.status).toBe(200);
    const body = await readJson<Rows<{ code: string; name: string; slug: string }>>(res);
    expect(body.items).toHaveLength(34);
    expect(body.items[0]).toEqual({ code: 'HNI', name: 'Hà Nội', slug: 'ha-noi' });
    expect(body.items.map((p) => p.name)).toContain('Đà Nẵng');
    expect(Object.keys(body.items[5] ?? {})).toEqual(['code', 'name', 'slug']);
  });
});

describe('GET /api/categories', () => {
  it('lists every story category with both names, rebuttals included', async () => {
    const res = await fetchApp('/api/categories');
    const body = await readJson<Rows<{ code: string; nameVi: string; nameEn: string }>>(res);
    expect(body.items.map((c) => c.code)).toEqual(['role_model', 'advanced_example', 'local_achievement', 'humane_story', 'rebuttal']);
    expect(body.items[4]).toMatchObject({ nameVi: 'Thông tin phản bác', nameEn: 'Rebuttals' });
  });
});

describe('the reference constants', () => {
  it('match the provinces table of migration 0001 row for row', async () => {
    const { results } = await env.DB.prepare('SELECT code, name, slug, kind FROM provinces ORDER BY sort_order').all();
    expect(results).toEqual(PROVINCES.map(({ code, name, slug, kind }) => ({ code, name, slug, kind })));
  });

  it('match the categories table row for row', async () => {
    const { results } = await env.DB.prepare('SELECT code, name_vi, name_en, color FROM categories ORDER BY sort_order').all();
    expect(results).toEqual(CATEGORIES.map((c) => ({ code: c.code, name_vi: c.nameVi, name_en: c.nameEn, color: c.color })));
  });
});
