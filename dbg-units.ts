import { readFileSync } from 'node:fs';
import { toUnits } from './src/pipeline/stages/04-units';
import { normalize } from './src/pipeline/stages/03-normalize';
const t = normalize(readFileSync(process.argv[2], 'utf8'));
for (const u of toUnits(t).slice(0, Number(process.argv[3] ?? 12))) console.log(u.lines.join(','), JSON.stringify(u.text).slice(0, 100));
