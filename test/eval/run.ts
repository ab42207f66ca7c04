// `npm run eval -- [dates|actors|claims ...] [--data DIR] [--check]`: scores the core against ../shared/data.
// With --check, exits non-zero when a score falls below its floor in floors.json (a regression guard set
// well below the measured scores).
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface EvalResult {
  /** Headline scores by name, e.g. { relaxedF1: 0.91 }; compared with floors.json. */
  scores: Record<string, number>;
}

type Suite = (dataDir: string) => Promise<EvalResult> | EvalResult;

const suites: Record<string, () => Promise<{ evaluate: Suite }>> = {
  dates: () => import('./dates'),
  actors: () => import('./actors'),
  claims: () => import('./claims'),
};

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  const di = args.indexOf('--data');
  const dataDir = path.resolve(di >= 0 ? args[di + 1] : path.join(__dirname, '../../../shared/data'));
  const names = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--data');
  const chosen = names.length ? names : Object.keys(suites);
  if (!fs.existsSync(dataDir)) {
    console.error(`policy-lens eval: no evaluation data at ${dataDir} (it lives in ../shared/data beside the repository).`);
    process.exit(2);
  }
  const floors: Record<string, Record<string, number>> = JSON.parse(
    fs.readFileSync(path.join(__dirname, 'floors.json'), 'utf8'),
  );
  let failed = false;
  for (const name of chosen) {
    const load = suites[name];
    if (!load) {
      console.error(`unknown suite "${name}"; choose from ${Object.keys(suites).join(', ')}`);
      process.exit(2);
    }
    console.log(`\n=== ${name} ===`);
    const { scores } = await (await load()).evaluate(dataDir);
    for (const [metric, floor] of Object.entries(floors[name] ?? {})) {
      const got = scores[metric];
      const ok = typeof got === 'number' && got >= floor;
      if (!ok) failed = true;
      if (check) console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}.${metric} = ${got?.toFixed(3) ?? 'missing'} (floor ${floor})`);
    }
  }
  if (check && failed) process.exit(1);
}

void main();
