import { extract } from '../src/index';
const x = extract({ title: process.argv[3] ?? '', abstract: process.argv[2] ?? '' });
for (const e of x.entities)
  console.log(
    e.id,
    e.role ?? '',
    JSON.stringify(e.aliases),
    e.mentions.map((m) => m.text).join('|'),
    e.family ?? '',
  );
