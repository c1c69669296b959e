/**
 * Capitalised runs of one sentence: the words that may form a name ("Hicham El Guerrouj", "Armand "Mondo"
 * Duplantis"), as tokens, in one linear scan. A possessive ends a run; a word glued to letters or digits
 * ("iPhone") or a country code ("KEN") breaks it.
 */
import { fold } from '../../util/text.js';
import { isLetterOrNumberCode } from '../../util/chars.js';
import type { PersonLexicon } from './lexicon.js';
import { koreanGivenWord } from './name-words.js';

export interface Token {
  start: number;
  /** End of the word, without a possessive "'s". */
  end: number;
  key: string;
  poss: boolean;
  /** End including the possessive. */
  outer: number;
  /** Memo of `blocks`: -1 not asked yet, 0 no, 1 yes (a number from the start, so every token has one shape). */
  blocks: number;
}

// A capitalised word: initials ("J.J."), hyphenated and O'-names; an optional possessive in group 1.
const TOKEN = /(?<![\p{L}\p{N}\p{M}])(?:(?:el|al|ben|bin|abu|de|da|van|von|le|la|di)-)?\p{Lu}(?:\.(?:\p{Lu}\.){0,3}|[\p{Ll}\p{Lu}\p{M}]{0,30}(?:-[\p{L}\p{M}]{1,30}|['’]\p{Lu}[\p{L}\p{M}]{0,30}){0,3})(['’]s?(?![\p{L}\p{N}]))?/gu;
/** Lower-case particles that stay inside a name: "Hicham el Guerrouj", "Sifan Hassan van …". */
const PARTICLE_GAP = /^[ \u00a0](?:(?:de|da|di|du|del|della|van|von|der|den|ter|ten|le|la|dos|das|bin|ben|al|el|y|e)[ \u00a0]){1,2}$/;
const LOWER_AFTER_HYPHEN = /-(?=\p{Ll})/u;
const PARTICLE_PREFIX = /^(?:el|al|ben|bin|abu|de|da|van|von|le|la|di)-/;
/** A nickname in quotation marks between given name and surname: Armand "Mondo" Duplantis. */
const NICKNAME_GAP = /^[ \u00a0]["“‘'][\p{Lu}][\p{L}.' -]{0,20}["”’'][ \u00a0]$/u;

/** One space or no-break space between two words: the common gap inside a name, checked without a slice. */
function isSpaceGap(text: string, from: number, to: number): boolean {
  if (to - from !== 1) return false;
  const c = text.charCodeAt(from);
  return c === 0x20 || c === 0xa0;
}

/** A letter or digit right after a word ("iPhone", "V40s"). */
const gluedAt = (text: string, at: number): boolean => isLetterOrNumberCode(text.charCodeAt(at));

/** A token read from one match, and whether a lower-case part after a hyphen was cut off it ("Ward-coached"). */
interface Read {
  tok: Token;
  cut: boolean;
}

/** The token of match `m`, or null when the word cannot be in a name (glued to letters or digits, a country code). */
function readToken(text: string, lex: PersonLexicon, m: RegExpExecArray): Read | null {
  let outer = m.index + m[0].length;
  let possLen = m[1]?.length ?? 0;
  // "Ward-coached", "Kenya-based": a lower-case word after a hyphen is not part of the name, and ends it
  // (not a Korean given name: "Min-seo", "Sang-hyeok")
  const cut = m[0].includes('-') && !koreanGivenWord(lex, m[0]) ? LOWER_AFTER_HYPHEN.exec(m[0]) : null;
  if (cut && !PARTICLE_PREFIX.test(m[0])) [outer, possLen] = [m.index + cut.index, 0];
  const end = outer - possLen;
  // a word glued to letters or digits ("iPhone", "V40s") is not a name word, nor is a country code ("Faith Kipyegon KEN 3:49.04")
  if ((!cut && gluedAt(text, outer)) || (end - m.index === 3 && possLen === 0 && lex.codes.has(m[0]))) return null;
  // (the match itself is the word when nothing was cut off it: no second copy)
  const word = end === m.index + m[0].length ? m[0] : text.slice(m.index, end);
  return { tok: { start: m.index, end, key: fold(word), poss: possLen > 0, outer, blocks: -1 }, cut: cut !== null };
}

/**
 * The nickname itself, skipped so that the name goes on after it: Armand "Mondo" Duplantis
 * (a closing ’ or ' right after the nickname was read as a possessive: "Oluwatobiloba ‘Tobi’ Amusan").
 */
function isNickname(text: string, run: readonly Token[], prev: Token, tok: Token): boolean {
  return run.length <= 2 && !prev.poss && /^[ \u00a0]["“‘']$/.test(text.slice(prev.outer, tok.start)) && /^["”’'][ \u00a0]\p{Lu}/u.test(text.slice(tok.end, tok.end + 3)) && (!tok.poss || tok.outer === tok.end + 1);
}

/** The word goes on the name before it: one space, a lower-case particle ("el"), or a quoted nickname between. */
function continuesRun(text: string, run: readonly Token[], prev: Token, tok: Token): boolean {
  if (prev.poss) return false;
  if (isSpaceGap(text, prev.outer, tok.start)) return true;
  const gap = text.slice(prev.outer, tok.start);
  // "Marcus St. Clair": the abbreviation's full stop stays inside the run
  if (gap === '. ' && prev.key === 'st') return true;
  return gap.length <= 26 && (PARTICLE_GAP.test(gap) || (run.length <= 2 && NICKNAME_GAP.test(gap)));
}

/** Capitalised runs of one sentence, as tokens; a possessive ends a run. */
export function scanRuns(text: string, from: number, to: number, lex: PersonLexicon): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(text); m && m.index < to; m = TOKEN.exec(text)) {
    if (m.index + m[0].length > to) break;
    const read = readToken(text, lex, m);
    if (!read) {
      run = closeRun(runs, run);
      continue;
    }
    const { tok, cut } = read;
    const prev = run[run.length - 1];
    // a word cut after its hyphen ends the name it joins ("Jane Smith-coached")
    if (cut && prev && !prev.poss && isSpaceGap(text, prev.outer, tok.start)) {
      run.push(tok);
      run = closeRun(runs, run);
      continue;
    }
    if (prev && isNickname(text, run, prev, tok)) continue;
    if (prev && continuesRun(text, run, prev, tok)) {
      run.push(tok);
      continue;
    }
    run = closeRun(runs, run);
    run.push(tok);
    if (cut) run = closeRun(runs, run);
  }
  closeRun(runs, run);
  return runs;
}

/** Ends `run` (kept when it has a word) and starts an empty one. */
function closeRun(runs: Token[][], run: Token[]): Token[] {
  if (run.length) runs.push(run);
  return run.length ? [] : run;
}
