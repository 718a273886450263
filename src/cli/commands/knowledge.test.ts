import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { knowledge } from '../../knowledge/index.ts';
import type { Io } from '../io.ts';
import { PLAIN } from '../text.ts';
import { knowledgeCommand } from './knowledge.ts';

function recordingIo(): { io: Io; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    readStdin: async () => '',
    stdinIsTTY: false,
    text: PLAIN,
  };
  return { io, out, err };
}

describe('knowledgeCommand', () => {
  it('check prints OK with the counts and returns 0 for the shipped knowledge', () => {
    const { io, out } = recordingIo();
    assert.equal(knowledgeCommand({ check: true, json: false }, io, knowledge), 0);
    assert.match(out.join(''), /^knowledge \S+: OK \(\d+ causes, \d+ findings, \d+ questions, \d+ rules, /);
  });

  it('check prints each problem and returns 1 for a broken knowledge base', () => {
    const broken = { ...knowledge, findings: knowledge.findings.filter((f) => f.id !== 'night_waking') };
    const { io, out, err } = recordingIo();
    assert.equal(knowledgeCommand({ check: true, json: false }, io, broken), 1);
    assert.match(out.join(''), /night_waking/);
    assert.match(err.join(''), /has \d+ problems?; this is a bug in numbcheck/);
  });

  it('lists every section within 80 columns', () => {
    const { io, out } = recordingIo();
    assert.equal(knowledgeCommand({ check: false, json: false }, io, knowledge), 0);
    const text = out.join('');
    const words = text.replace(/\s+/g, ' ');
    for (const cause of knowledge.causes) assert.ok(words.includes(cause.name), cause.id);
    for (const source of knowledge.sources) assert.ok(words.includes(source.id), source.id);
    // Only a URL, which must not be broken, may stick out.
    for (const line of text.split('\n')) assert.ok(line.length <= 80 || /^ +https:\S+$/.test(line), line);
  });
});
