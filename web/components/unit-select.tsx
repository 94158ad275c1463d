import type { Child } from 'hono/jsx';
import { PROVINCES } from '../../workers/geo/reference';
import type { UnitChoice } from '../../workers/units/units.queries';

/**
 * A `<select>` of units grouped by province (an `<optgroup>` each), paths written out so
 * "Chi bộ khu phố 3" under two different wards cannot be confused. `blankLabel` adds a first
 * empty choice ("no unit"); `leading` puts other choices first (e.g. "keep the old free-text unit").
 */
export function UnitSelect(props: {
  id: string;
  name: string;
  units: UnitChoice[];
  value: number | null;
  blankLabel?: string;
  required?: boolean;
  describedBy?: string;
  leading?: Child;
}) {
  const byProvince = new Map<string, UnitChoice[]>();
  for (const unit of props.units) byProvince.set(unit.provinceCode, [...(byProvince.get(unit.provinceCode) ?? []), unit]);
  const groups = PROVINCES.filter((p) => byProvince.has(p.code));
  return (
    <select id={props.id} name={props.name} required={props.required} aria-describedby={props.describedBy}>
      {props.leading}
      {props.blankLabel !== undefined ? <option value="">{props.blankLabel}</option> : null}
      {groups.map((province) => (
        <optgroup label={province.name}>
          {(byProvince.get(province.code) ?? []).map((unit) => (
            <option value={String(unit.id)} selected={unit.id === props.value}>
              {unit.path}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}
