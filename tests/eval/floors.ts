/**
 * Floors under the eval figures: each recorded figure may rise but never fall silently. They are
 * measured on the whole corpus (`all`) and written by `npm run eval -- --write-floors`, so a
 * change that lowers them shows up as a failing test or as a diff of floors.json in review.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Figures } from './score';

/** Where the floors are kept. */
export const FLOORS_PATH = join(import.meta.dirname, 'floors.json');

/** The recorded floors (and ceilings, for counts that must stay low). */
export interface Floors {
  /** How many documents the floors were measured on; a hint to re-record after adding some. */
  documents: number;
  headingF1: number;
  titleAccuracy: number;
  datesFound: number;
  duplicateRecall: number;
  /** Junk leaks per 10 documents: a rate, like the target (≤ 1), so adding documents does not move it by itself. */
  junkLeaksPerTenMax: number;
  inventedDatesMax: number;
  falseMergesMax: number;
  /** Share of pasted texts' prose that readers see (see Figures.kept). */
  proseKept: number;
  /** Documents that lost their body (under 80% of their prose kept): the target is 0. */
  bodiesLostMax: number;
}

/** Rounds a share down to the hundredth, so the floor never sits above what was measured. */
const down = (value: number) => Math.floor(value * 100 + 1e-9) / 100;
/** Rounds a rate up to the hundredth, so a ceiling never sits below what was measured. */
const up = (value: number) => Math.ceil(value * 100 - 1e-9) / 100;

/**
 * Floors from measured figures, shares rounded down to the hundredth. Invented dates and false
 * merges are ceilings at what was measured: the target is 0 for both (nothing invented, no two
 * briefings fused), but a ceiling above 0 must stay visible in floors.json rather than make the
 * test fail from the day it is recorded, which teaches everyone to ignore it.
 */
export function floorsFrom(figures: Figures): Floors {
  return {
    documents: figures.documents,
    headingF1: down(figures.headings.f1),
    titleAccuracy: down(figures.titles.accuracy),
    datesFound: down(figures.dates.rate),
    duplicateRecall: down(figures.duplicates.recall),
    junkLeaksPerTenMax: up(figures.junk.perTenDocuments),
    inventedDatesMax: figures.dates.invented,
    falseMergesMax: figures.duplicates.falseMerges,
    proseKept: down(figures.kept.share),
    bodiesLostMax: figures.kept.bodiesLost,
  };
}

/** Every figure below its floor (or above its ceiling), as readable lines; empty when all hold. */
export function belowFloors(figures: Figures, floors: Floors): string[] {
  const checks: [string, number, number, 'min' | 'max'][] = [
    ['heading F1', figures.headings.f1, floors.headingF1, 'min'],
    ['title accuracy', figures.titles.accuracy, floors.titleAccuracy, 'min'],
    ['stated dates found', figures.dates.rate, floors.datesFound, 'min'],
    ['duplicate recall', figures.duplicates.recall, floors.duplicateRecall, 'min'],
    ['junk leaks per 10 documents', figures.junk.perTenDocuments, floors.junkLeaksPerTenMax, 'max'],
    ['invented dates', figures.dates.invented, floors.inventedDatesMax, 'max'],
    ['false merges', figures.duplicates.falseMerges, floors.falseMergesMax, 'max'],
    ['prose kept', figures.kept.share, floors.proseKept, 'min'],
    ['bodies lost', figures.kept.bodiesLost, floors.bodiesLostMax, 'max'],
  ];
  return checks
    .filter(([, value, bound, kind]) => (kind === 'min' ? value < bound : value > bound))
    .map(([name, value, bound, kind]) => `${name}: ${Number(value.toFixed(4))} is ${kind === 'min' ? 'below the floor' : 'above the ceiling'} ${bound}`);
}

/** Reads floors.json. */
export function readFloors(): Floors {
  return JSON.parse(readFileSync(FLOORS_PATH, 'utf8')) as Floors;
}

/** Writes floors.json from measured figures. */
export function writeFloors(figures: Figures): Floors {
  const floors = floorsFrom(figures);
  writeFileSync(FLOORS_PATH, `${JSON.stringify(floors, null, 2)}\n`);
  return floors;
}
