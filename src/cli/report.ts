import { type EmergencyPart, emergencyNumbers, emergencyParts, shareSteps } from '../emergency/index.ts';
import {
  type Assessment,
  type Contribution,
  notAskedYet,
  otherReasons,
  type PlanItem,
  type RankedCause,
  type TriageReason,
} from '../engine/index.ts';
import { formatDose, formatPercent, formatWeight } from '../format/index.ts';
import type { Advice, Knowledge } from '../knowledge/index.ts';
import { LEVEL_LOOK, levelWords } from './level-text.ts';
import { joinWords, PLAIN, paint, type TextOptions, wrap } from './text.ts';

const TOP_CAUSES = 5;
const BAR_CELLS = 10;
const MAX_REASONS_PER_SIDE = 5;

/**
 * The readable report of one assessment. Pure: the same assessment, knowledge and options give the same text.
 * An emergency report leads with the emergency and what to do, and leaves out everything that could delay a call.
 */
export function renderReport(
  assessment: Assessment,
  knowledge: Knowledge,
  options: TextOptions = PLAIN,
): string {
  const out = new ReportWriter(assessment, knowledge, options);
  if (assessment.triage.level === 'emergency') out.emergency();
  else out.full();
  return `${out.lines.join('\n')}\n`;
}

const KATZ_TEXT = {
  classic: 'classic carpal tunnel pattern',
  probable: 'probable carpal tunnel pattern',
  possible: 'possible carpal tunnel pattern',
  unlikely: 'not a carpal tunnel pattern',
} as const;

class ReportWriter {
  readonly lines: string[] = [];
  private readonly assessment: Assessment;
  private readonly knowledge: Knowledge;
  private readonly options: TextOptions;
  private readonly cited: string[] = [];
  private readonly shownExercises = new Set<string>();

  constructor(assessment: Assessment, knowledge: Knowledge, options: TextOptions) {
    this.assessment = assessment;
    this.knowledge = knowledge;
    this.options = options;
  }

  emergency(): void {
    this.levelBox();
    this.callLine();
    this.emergencySteps();
    this.blank();
    this.paragraph(this.assessment.notice, 'dim');
    this.paragraph('Possible causes, tests and self-care are not shown here: get help first.', 'dim');
    this.sources();
    this.footer();
  }

  full(): void {
    const a = this.assessment;
    this.paragraph(a.notice, 'dim');
    this.blank();
    this.unsure();
    this.levelBox();
    this.reasons('Why this level');
    this.whatToDoNow();
    this.causes();
    this.instruments();
    this.planSection('What a doctor may check', a.plan.tests);
    this.planSection('Who you may see', a.plan.specialists);
    this.planSection('Self-care', a.plan.selfCare);
    this.planSection('Prevention', a.plan.prevention);
    this.unscreened();
    this.nextQuestion();
    this.sources();
    this.footer();
  }

  private get width(): number {
    return this.options.width;
  }

  private blank(): void {
    if (this.lines.length > 0 && this.lines[this.lines.length - 1] !== '') this.lines.push('');
  }

  private heading(text: string): void {
    this.blank();
    this.lines.push(paint(this.options, 'bold', text));
  }

  private paragraph(text: string, format: 'dim' | 'plain' = 'plain', indent = ''): void {
    for (const line of wrap(text, this.width, indent)) {
      this.lines.push(format === 'plain' ? line : paint(this.options, format, line));
    }
  }

  /** A list item with a hanging indent, for example "  • text" or "  2. text". */
  private item(bullet: string, text: string, indent = '  '): void {
    const first = `${indent}${bullet} `;
    this.lines.push(...wrap(text, this.width, ' '.repeat(first.length), first));
  }

  private cite(sources: readonly string[]): void {
    for (const id of sources) if (!this.cited.includes(id)) this.cited.push(id);
  }

  private levelBox(): void {
    const level = this.assessment.triage.level;
    const look = LEVEL_LOOK[level];
    const words = { ...levelWords(level, this.knowledge) };
    if (level === 'emergency') {
      // One kind of emergency: its own words ("This could be a heart attack"), as the web page says them.
      const { parts } = emergencyParts(this.assessment.triage.reasons, this.knowledge);
      const only = parts.length === 1 ? parts[0]?.kind : undefined;
      if (only) words.summary = only.summary;
    }
    const inner = this.width - 4;
    const body = [
      ...wrap(`${look.marker} ${look.word} — ${words.title}`, inner),
      ...wrap(words.summary, inner, ' '.repeat(look.marker.length + 1), ' '.repeat(look.marker.length + 1)),
    ];
    const border = (left: string, right: string) => `${left}${'─'.repeat(this.width - 2)}${right}`;
    const color = (text: string) => paint(this.options, [look.color, 'bold'], text);
    this.lines.push(color(border('┌', '┐')));
    for (const line of body) this.lines.push(color(`│ ${line.padEnd(inner)} │`));
    this.lines.push(color(border('└', '┘')));
  }

  /** Danger signs answered "don't know" lead the report, with what to do if any of them is present. */
  private unsure(): void {
    const unsure = this.assessment.unsure;
    if (unsure.length === 0) return;
    this.heading('Check these danger signs now');
    this.paragraph(this.knowledge.unsure.text, 'plain', '  ');
    for (const id of unsure) this.item('?', this.findingLabel(id));
    this.cite(this.knowledge.unsure.sources);
    this.blank();
  }

  private reasons(title: string): void {
    // The "don't know" reason has its own section above the level.
    const reasons = otherReasons(this.assessment, this.knowledge);
    if (reasons.length === 0) return;
    this.heading(title);
    for (const reason of reasons) {
      this.item('•', reason.text);
      this.cite(reason.sources);
    }
  }

  /** The number to call, for where the terminal is (its time zone, then its language); all three when unknown. */
  private callLine(): void {
    const { country, first } = emergencyNumbers(this.options.place ?? {});
    const [main, second] = first;
    if (!main) return;
    const text =
      country === undefined
        ? `Call ${joinWords(
            first.map((n) => n.number),
            'or',
          )} now (the number for your country).`
        : `Call ${main.number} now (${main.where})${second ? `, or ${second.number} (${second.where})` : ''}.`;
    this.blank();
    this.lines.push(...wrap(paint(this.options, 'bold', text), this.width));
  }

  /**
   * An emergency's steps, from the kind of emergency that fired (the same as the web page's and the plan's): what to
   * do now, what to tell the call handler, while you wait. With two kinds, the steps they share come first, then
   * each kind's own under its name.
   */
  private emergencySteps(): void {
    const { parts, others } = emergencyParts(this.assessment.triage.reasons, this.knowledge);
    const { shared, parts: shown } = shareSteps(parts);
    const single = shown.length === 1 ? shown[0] : undefined;
    if (single) {
      this.partSteps(single, '', 'What to do now');
      this.reasonList('Why', [...single.reasons, ...others]);
      return;
    }
    this.stepList('What to do now', shared, true);
    for (const part of shown) {
      this.heading(part.kind?.title ?? 'Your other signs');
      for (const reason of part.reasons) {
        this.paragraph(reason.text, 'plain', '  ');
        this.cite(reason.sources);
      }
      this.partSteps(part, '  ', 'What to do');
    }
    this.reasonList('Also', others);
  }

  private partSteps(part: EmergencyPart, indent: string, nowTitle: string): void {
    this.stepList(`${indent}${nowTitle}`, part.now, true, indent);
    this.stepList(`${indent}Tell the call handler`, part.tell, false, indent);
    this.stepList(`${indent}While you wait`, part.wait, false, indent);
  }

  private stepList(title: string, steps: readonly Advice[], numbered: boolean, indent = ''): void {
    if (steps.length === 0) return;
    this.heading(title);
    steps.forEach((step, index) => {
      this.item(numbered ? `${index + 1}.` : '•', step.text, `${indent}  `);
      this.cite(step.sources);
    });
  }

  private reasonList(title: string, reasons: readonly TriageReason[]): void {
    if (reasons.length === 0) return;
    this.heading(title);
    for (const reason of reasons) {
      this.item('•', reason.text);
      this.cite(reason.sources);
    }
  }

  private whatToDoNow(): void {
    const now = this.assessment.plan.now;
    if (now.length === 0) return;
    this.heading('What to do now');
    now.forEach((step, index) => {
      this.item(`${index + 1}.`, step.text);
      this.cite(step.sources);
    });
  }

  private unscreened(): void {
    const unscreened = notAskedYet(this.assessment);
    if (unscreened.length === 0) return;
    this.heading('Danger signs not asked yet');
    this.paragraph(
      'The level above was worked out without these. If you have any of them, the advice may be more urgent:',
      'plain',
      '  ',
    );
    for (const id of unscreened) this.item('?', this.findingLabel(id));
  }

  private causes(): void {
    const causes = this.assessment.causes.slice(0, TOP_CAUSES);
    if (causes.length === 0) return;
    const more = this.assessment.causes.length > causes.length ? ` (top ${causes.length})` : '';
    this.heading(`Likely causes${more}`);
    this.paragraph(
      'Causes can overlap, so the chances need not add up to 100%. The number after each answer is how strongly it points to the cause (+) or away from it (−).',
      'dim',
      '  ',
    );
    causes.forEach((cause, index) => {
      this.blank();
      this.causeLine(cause, index + 1);
      this.contributions('Pointing to it:', cause.why.for);
      this.contributions('Pointing away: ', cause.why.against);
      this.cite(cause.sources);
    });
  }

  /** "  1.  71% ███████░░░  Carpal tunnel syndrome": the numbers first, so that they line up whatever the name. */
  private causeLine(cause: RankedCause, rank: number): void {
    const filled = Math.round(Math.min(1, Math.max(0, cause.probability)) * BAR_CELLS);
    const bar = `${'█'.repeat(filled)}${'░'.repeat(BAR_CELLS - filled)}`;
    const first = `  ${rank}. ${formatPercent(cause.probability).padStart(4)} ${bar}  `;
    const [head = '', ...rest] = wrap(cause.name, this.width - first.length);
    this.lines.push(`${first}${paint(this.options, 'bold', head)}`);
    for (const line of rest)
      this.lines.push(`${' '.repeat(first.length)}${paint(this.options, 'bold', line)}`);
  }

  private contributions(label: string, items: readonly Contribution[]): void {
    if (items.length === 0) return;
    const shown = items.slice(0, MAX_REASONS_PER_SIDE).map((c) => `${c.text} (${formatWeight(c.weight)})`);
    if (items.length > shown.length) shown.push(`${items.length - shown.length} more`);
    const first = `     ${label} `;
    this.lines.push(...wrap(shown.join('; '), this.width, ' '.repeat(first.length), first));
  }

  private instruments(): void {
    const { katz, cts6 } = this.assessment.instruments;
    if (katz === null && cts6 === null) return;
    this.heading('Hand questionnaires');
    if (katz !== null) {
      this.item('•', `Katz hand diagram (${katz.hand} hand): ${KATZ_TEXT[katz.rating]} (${katz.rating}).`);
    }
    if (cts6 !== null) {
      this.item(
        '•',
        `CTS-6, the parts you can answer yourself: ${cts6.score} of ${cts6.max}. ` +
          'A doctor scores the rest by examining you.',
      );
    }
  }

  private planSection(title: string, items: readonly PlanItem[]): void {
    if (items.length === 0) return;
    this.heading(title);
    for (const planItem of items) {
      const forCauses = (planItem.forCauses ?? []).map((id) => this.causeName(id));
      const suffix = forCauses.length > 0 ? ` (for ${joinWords(forCauses, 'or')})` : '';
      this.item('•', `${planItem.text}${suffix}`);
      this.cite(planItem.sources);
      for (const id of planItem.exercises ?? []) this.exercise(id);
    }
  }

  private exercise(id: string): void {
    const exercise = this.knowledge.exercises.find((e) => e.id === id);
    if (exercise === undefined) return;
    if (this.shownExercises.has(id)) {
      this.item('→', `Exercise: ${exercise.name} (see above)`, '    ');
      return;
    }
    this.shownExercises.add(id);
    this.cite(exercise.sources);
    this.item('→', `Exercise: ${exercise.name} — ${exercise.purpose}`, '    ');
    exercise.steps.forEach((step, index) => {
      this.item(`${index + 1}.`, step, '        ');
    });
    this.paragraph(`Time: ${formatDose(exercise)}`, 'plain', '        ');
    for (const caution of exercise.cautions) this.item('!', `Caution: ${caution}`, '        ');
  }

  private nextQuestion(): void {
    const next = this.assessment.next;
    if (next === null) return;
    this.heading('Next question');
    this.paragraph(
      'The assessment is not finished. The question that would help most now is:',
      'plain',
      '  ',
    );
    this.item('»', `${next.text} [${next.id}]`);
  }

  private sources(): void {
    if (this.cited.length === 0) return;
    this.heading('Sources');
    const idWidth = Math.min(24, Math.max(...this.cited.map((id) => id.length)));
    for (const id of this.cited) {
      const first = `  ${id.padEnd(idWidth)}  `;
      const indent = ' '.repeat(idWidth + 4);
      const source = this.knowledge.sources.find((s) => s.id === id);
      this.lines.push(...wrap(this.sourceTitle(id), this.width, indent, first));
      // A URL is never broken, so that it can be copied; it gets a line of its own.
      if (source?.url) this.lines.push(`${indent}${source.url}`);
    }
  }

  private footer(): void {
    this.blank();
    this.lines.push(paint(this.options, 'dim', `numbcheck knowledge ${this.assessment.knowledgeVersion}`));
  }

  private findingLabel(id: string): string {
    return this.knowledge.findings.find((f) => f.id === id)?.label ?? id;
  }

  private causeName(id: string): string {
    return this.knowledge.causes.find((c) => c.id === id)?.name ?? id;
  }

  private sourceTitle(id: string): string {
    const source = this.knowledge.sources.find((s) => s.id === id);
    if (source !== undefined) return source.title;
    if (id.startsWith('SEED:')) return `numbcheck's seed article, section "${id.slice('SEED:'.length)}"`;
    return id;
  }
}
