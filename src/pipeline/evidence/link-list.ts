/**
 * Link-list shape: a line made of short items strung on separators ("A | B | C",
 * "Privacy ∙ Terms ∙ Collection notice", "Daniel Okafor | Senior Analyst | Asia Policy"), or of
 * site-section words with nothing between them ("News Asia China Photos Video", once a menu's
 * spacing is folded away).
 *
 * Why: menus, footers, share bars, signatures and tag rows are lists of links on every site;
 * prose and headings are never three or more short fragments on separators.
 *
 * Weight: decisive for three or more separated items of at most five words each, none ending a
 * sentence; for the menu form, at least three section words making up most of the line. Lines
 * stating a date are left to the header stage ("TIANYUAN PARTNERS | Weekly | 22 November 2024").
 */
const SEPARATOR = /\s+[|∙·•/>›»]{1,2}\s+|\s*[|∙•]\s*/u;
/** Words of site menus and sections, in English; a line mostly of them is navigation. */
const NAV_WORDS = new Set(
  ('news home about episodes newsletter newsletters podcasts podcast video videos photo photos opinion world china asia business ' +
    'economy markets tech technology life lifestyle sport sports culture science health politics in-depth source voice gt search ' +
    'support the show contact more latest subscribe login focus money people policy public interest & and analysis features ' +
    'commentary research publications events experts programmes regions topics archive blog travel regional global edition ' +
    // Portals' and publishers' sections ("Markets Stocks Funds Crypto Press Releases My Portfolio").
    'stocks funds crypto portfolio watchlist calendar press releases interviews companies transcripts reports briefs insights ' +
    'media multimedia live donate careers jobs shop us my ' +
    // Edition and language pickers ("Global Edition China Edition 中文 双语 Français").
    'english 中文 简体 繁体 双语 français deutsch español 日本語 русский ' +
    // Chinese site menus ("首页 时政 财经 产业 地方 评论 图片").
    '首页 时政 财经 产业 地方 评论 图片 视频 国际 国内 社会 经济 科技 文化 体育 要闻 专题 政策 政务 互动 服务 数据 理论 军事 教育').split(' '),
);
const MAX_ITEM_WORDS = 5;
const SEPARATOR_CHAR = /[|∙•·/>›»]/u;
const SENTENCE_PUNCTUATION = /[.,;:!?"“”()。，]/u;

/** "furniture:link-list" or "furniture:navigation" for such a line, else null. */
export function linkListOf(text: string): string | null {
  if (text.length > 300) return null;
  if (SEPARATOR_CHAR.test(text)) {
    const items = text.split(SEPARATOR).map((item) => item.trim()).filter((item) => item !== '');
    if (items.length >= 3 && items.every((item) => item.split(' ').length <= MAX_ITEM_WORDS && !/[.!?。]$/u.test(item))) return 'furniture:link-list';
  }
  // Menus have no sentence punctuation; testing that first spares most lines the split.
  if (text.length > 200 || SENTENCE_PUNCTUATION.test(text)) return null;
  const words = text.toLowerCase().split(' ');
  if (words.length < 4 || words.length > 30) return null;
  let nav = 0;
  for (const word of words) if (NAV_WORDS.has(word)) nav++;
  return nav >= 3 && nav / words.length >= 0.7 ? 'furniture:navigation' : null;
}

/** The strip stage's verdict that keeps a table's row while the neighbour marks run. */
export const TABLE_ROW = 'table-row';

/** A data table's row as a saved page's table is written out: cells on " | " (formats/html-text.ts). */
const CELL_SEPARATOR = ' | ';
/** A table has this many cells a row at least, and this many rows. */
const MIN_TABLE_CELLS = 3;
const MIN_TABLE_ROWS = 2;
/** Lines between two rows of one table at most (a blank line between blocks). */
const MAX_ROW_GAP = 2;
const DIGIT = /\d/;

/**
 * The rows of data tables among `units` (their indexes): runs of two lines or more of the same
 * number of cells (three or more) on " | ", at least half of them with figures in two cells
 * ("GCL Technology | 3800 HK | Buy | HK$1.38 | HK$1.75 | 27%"), with the header row above them.
 * Why: a menu, a footer or a byline is one line of words; a table is rows of one width, and
 * its figures are the text's content, however much a row looks like a link list.
 */
export function tableRows(units: readonly { text: string; lines: number[] }[]): Set<number> {
  const rows = new Set<number>();
  let start = -1;
  let width = 0;
  const close = (end: number) => {
    if (start === -1 || end - start < MIN_TABLE_ROWS) return;
    let figured = 0;
    for (let k = start; k < end; k++) if (units[k].text.split(CELL_SEPARATOR).filter((cell) => DIGIT.test(cell)).length >= 2) figured++;
    if (figured * 2 >= end - start) for (let k = start; k < end; k++) rows.add(k);
  };
  for (let i = 0; i < units.length; i++) {
    const text = units[i].text;
    const cells = text.includes(CELL_SEPARATOR) ? text.split(CELL_SEPARATOR).length : 0;
    const continues = start !== -1 && cells === width && units[i].lines[0] - units[i - 1].lines.at(-1)! <= MAX_ROW_GAP;
    if (continues) continue;
    close(i);
    [start, width] = cells >= MIN_TABLE_CELLS ? [i, cells] : [-1, 0];
  }
  close(units.length);
  return rows;
}
