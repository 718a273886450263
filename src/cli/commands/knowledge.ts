import { checkKnowledge } from '../../engine/index.ts';
import { formatDose, formatPercent } from '../../format/index.ts';
import type { Knowledge, Question } from '../../knowledge/index.ts';
import type { Io } from '../io.ts';
import { paint, type TextOptions, wrap } from '../text.ts';

export interface KnowledgeOptions {
  check: boolean;
  json: boolean;
}

/**
 * `numbcheck knowledge`: what numbcheck knows, readable or as JSON; `knowledge check`: the validator. A knowledge
 * base that fails its checks is numbcheck's bug, not the user's, so it exits 1 like any internal error.
 */
export function knowledgeCommand(options: KnowledgeOptions, io: Io, knowledge: Knowledge): number {
  if (options.check) return check(io, knowledge);
  io.out(options.json ? `${JSON.stringify(knowledge, null, 2)}\n` : renderKnowledge(knowledge, io.text));
  return 0;
}

function counts(knowledge: Knowledge): string {
  const parts: [number, string][] = [
    [knowledge.causes.length, 'causes'],
    [knowledge.findings.length, 'findings'],
    [knowledge.questions.length, 'questions'],
    [knowledge.rules.length, 'rules'],
    [knowledge.tests.length, 'tests'],
    [knowledge.specialists.length, 'specialists'],
    [knowledge.exercises.length, 'exercises'],
    [knowledge.sources.length, 'sources'],
  ];
  return parts.map(([count, name]) => `${count} ${name}`).join(', ');
}

function check(io: Io, knowledge: Knowledge): number {
  const problems = checkKnowledge(knowledge);
  if (problems.length === 0) {
    io.out(`knowledge ${knowledge.version}: OK (${counts(knowledge)})\n`);
    return 0;
  }
  for (const problem of problems) io.out(`${problem.path}: ${problem.message}\n`);
  const noun = problems.length === 1 ? 'problem' : 'problems';
  io.err(
    `numbcheck: knowledge ${knowledge.version} has ${problems.length} ${noun}; this is a bug in numbcheck.\n`,
  );
  return 1;
}

const QUESTION_KIND: Record<Question['kind'], string> = {
  yesno: 'yes/no',
  checklist: 'checklist',
  choice: 'choice',
  number: 'number',
  handMap: 'hand map',
  selfTest: 'self-test',
};

/** The readable listing: one headed section per kind of item, one item per entry. */
export function renderKnowledge(knowledge: Knowledge, text: TextOptions): string {
  const lines: string[] = [
    paint(text, 'bold', `numbcheck knowledge ${knowledge.version}`),
    ...wrap(counts(knowledge), text.width),
  ];
  const section = (title: string, entries: [id: string, description: string][]) => {
    lines.push('', paint(text, 'bold', `${title} (${entries.length})`));
    const idWidth = Math.min(24, Math.max(0, ...entries.map(([id]) => id.length)));
    for (const [id, description] of entries) {
      const first = `  ${id.padEnd(idWidth)}  `;
      const indent = ' '.repeat(idWidth + 4);
      if (id.length > idWidth) lines.push(`  ${id}`);
      lines.push(...wrap(description, text.width, indent, id.length > idWidth ? indent : first));
    }
  };
  section(
    'Causes',
    knowledge.causes.map((c) => [
      c.id,
      `${c.name} — prior ${formatPercent(c.prior, { fractionDigits: 1 })} (${c.priorBasis})`,
    ]),
  );
  section(
    'Findings',
    knowledge.findings.map((f) => [f.id, `${f.danger ? '[danger] ' : ''}${f.label}`]),
  );
  section(
    'Questions',
    knowledge.questions.map((q) => {
      const tags = [
        QUESTION_KIND[q.kind],
        q.dangerScreen ? 'danger screen' : '',
        q.optional ? 'optional' : '',
      ]
        .filter((tag) => tag !== '')
        .join(', ');
      return [q.id, `[${tags}] ${q.text}`];
    }),
  );
  section(
    'Triage rules',
    knowledge.rules.map((r) => [r.id, `[${r.level}] ${r.text} (${r.sources.join(', ')})`]),
  );
  section(
    'Tests',
    knowledge.tests.map((t) => [t.id, `${t.name} — ${t.purpose}`]),
  );
  section(
    'Specialists',
    knowledge.specialists.map((s) => [s.id, s.name]),
  );
  section(
    'Exercises',
    knowledge.exercises.map((e) => [e.id, `${e.name} — ${e.purpose} (${formatDose(e)})`]),
  );
  section(
    'Sources',
    knowledge.sources.map((s) => [s.id, s.url ? `${s.title}\n${s.url}` : s.title]),
  );
  return `${lines.join('\n')}\n`;
}
