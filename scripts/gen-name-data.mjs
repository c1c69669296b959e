#!/usr/bin/env node
// npm run gen:name-data — snapshots the word classes of compromise's lexicon into
// src/extract/persons/model/name-data.json (run after upgrading compromise; a test checks the snapshot).
import { writeFileSync } from 'node:fs';
import nlp from 'compromise';
import { nameDataFromModel, toSnapshot } from '../dist/extract/persons/model/name-data.js';

const out = new URL('../src/extract/persons/model/name-data.json', import.meta.url);
const snap = toSnapshot(nameDataFromModel(nlp.model()));
writeFileSync(out, JSON.stringify(snap) + '\n');
console.log(`name-data.json: ${snap.given.length} given names, ${snap.surnames.length} surnames, ${snap.places.length} places, ${snap.common.length} common words, ${snap.closed.length} closed-class words`);
