export { findDates, findDatesIn, parseDate, type FoundDate } from './dates.js';
export { asciiDigit, escapeRegExp, fold, foldText, sourceRange, type FoldedText, type FoldOptions } from './fold.js';
export { monthNumber, monthTable } from './months.js';
export { guessLanguages } from './script.js';
