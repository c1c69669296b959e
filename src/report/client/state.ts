/// <reference lib="dom" />
/** The page script's state and its indexes (types only here: the page gets functions, not modules). */
import type { ChunkRow, ReportIndex } from '../model.js';

export interface ListFilter {
  q: string;
  source: string;
  problems: boolean;
  kind: string;
  comp: string;
  ath: string;
  page: number;
}

export interface FactsFilter {
  kind: number;
  q: string;
  art: string;
  page: number;
}

export interface PageState {
  D: ReportIndex;
  app: HTMLElement;
  summary: HTMLElement | null;
  tip: HTMLElement;
  byId: Map<string, number>;
  chunks: Map<number, ChunkRow[]>;
  waiting: Map<number, ((ok: boolean) => void)[]>;
  /** Per article, the athlete and competition indices it mentions (for the list filters). */
  artFacts: { ath: number[][]; cmp: number[][] };
  list: ListFilter;
  facts: FactsFilter;
  /** The open article: its index and chunk row. */
  open: { a: number; row: ChunkRow } | null;
  drawQueued: boolean;
  /** Draw the dropped candidates over the article text (the toggle; off until the reader turns it on). */
  showDrops: boolean;
}
