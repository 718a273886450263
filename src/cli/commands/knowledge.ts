import { checkKnowledge } from '../../engine/index.ts';
import { formatDuration, formatPercent } from '../../format/index.ts';
import type { Knowledge, Question } from '../../knowledge/index.ts';
import type { Translate } from '../../messages/index.ts';
import type { Io } from '../io.ts';
import { paint, type TextOptions, type Words, wordsOf, wrap } from '../text.ts';

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

function counts(knowledge: Knowledge, t: Translate): string {
  return t('cli.knowledge.counts', {
    causes: knowledge.causes.length,
    findings: knowledge.findings.length,
    questions: knowledge.questions.length,
    rules: knowledge.rules.length,
    tests: knowledge.tests.length,
    specialists: knowledge.specialists.length,
    exercises: knowledge.exercises.length,
    sources: knowledge.sources.length,
  });
}

function check(io: Io, knowledge: Knowledge): number {
  const { t } = wordsOf(io.text);
  const problems = checkKnowledge(knowledge);
  if (problems.length === 0) {
    io.out(`${t('cli.knowledge.ok', { version: knowledge.version, counts: counts(knowledge, t) })}\n`);
    return 0;
  }
  for (const problem of problems) io.out(`${problem.path}: ${problem.message}\n`);
  io.err(
    `numbcheck: ${t('cli.knowledge.problems', { version: knowledge.version, count: problems.length })}\n`,
  );
  return 1;
}

function questionTags(question: Question, t: Translate): string {
  const tags = [t('cli.knowledge.questionKind', { kind: question.kind })];
  if (question.dangerScreen) tags.push(t('cli.knowledge.dangerScreen'));
  if (question.optional) tags.push(t('cli.knowledge.optional'));
  return tags.join(', ');
}

/** The readable listing: one headed section per kind of item, one item per entry. */
export function renderKnowledge(knowledge: Knowledge, text: TextOptions): string {
  const { t, locale }: Words = wordsOf(text);
  const lines: string[] = [
    paint(text, 'bold', t('cli.report.footer', { version: knowledge.version })),
    ...wrap(counts(knowledge, t), text.width),
  ];
  const section = (
    name: 'causes' | 'findings' | 'questions' | 'rules' | 'tests' | 'specialists' | 'exercises' | 'sources',
    entries: [id: string, description: string][],
  ) => {
    const title = t('cli.knowledge.section', { name, count: entries.length });
    lines.push('', paint(text, 'bold', title));
    const idWidth = Math.min(24, Math.max(0, ...entries.map(([id]) => id.length)));
    for (const [id, description] of entries) {
      const first = `  ${id.padEnd(idWidth)}  `;
      const indent = ' '.repeat(idWidth + 4);
      if (id.length > idWidth) lines.push(`  ${id}`);
      lines.push(...wrap(description, text.width, indent, id.length > idWidth ? indent : first));
    }
  };
  section(
    'causes',
    knowledge.causes.map((c) => [
      c.id,
      t('cli.knowledge.cause', {
        name: c.name,
        prior: formatPercent(c.prior, { fractionDigits: 1, locale }),
        basis: c.priorBasis,
      }),
    ]),
  );
  section(
    'findings',
    knowledge.findings.map((f) => [f.id, `${f.danger ? `[${t('cli.knowledge.danger')}] ` : ''}${f.label}`]),
  );
  section(
    'questions',
    knowledge.questions.map((q) => [q.id, `[${questionTags(q, t)}] ${q.text}`]),
  );
  section(
    'rules',
    knowledge.rules.map((r) => [r.id, `[${r.level}] ${r.text} (${r.sources.join(', ')})`]),
  );
  section(
    'tests',
    knowledge.tests.map((t) => [t.id, `${t.name} — ${t.purpose}`]),
  );
  section(
    'specialists',
    knowledge.specialists.map((s) => [s.id, s.name]),
  );
  section(
    'exercises',
    knowledge.exercises.map((e) => {
      const times = e.repetitions;
      const dose = t('cli.dose', { duration: formatDuration(e.durationSeconds, { locale }), times });
      return [e.id, `${e.name} — ${e.purpose} (${dose})`];
    }),
  );
  section(
    'sources',
    knowledge.sources.map((s) => [s.id, s.url ? `${s.title}\n${s.url}` : s.title]),
  );
  return `${lines.join('\n')}\n`;
}
