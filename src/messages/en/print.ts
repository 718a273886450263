/** The printed report and its PDF, in English: the words the print view and the PDF add to the diary's and result's. */
export const print = {
  'print.episodes.title': 'Episodes in this period ({count})',
  'print.episodes.none': 'No episodes logged in this period.',
  'print.episodes.when': 'When',
  'print.episodes.where': 'Where',
  'print.episodes.minutes': 'Minutes',
  'print.episodes.severity': 'Severity (0–10)',
  'print.episodes.doing': 'Doing',
  'print.episodes.inPlace': 'In place',
  'print.episodes.notes': 'Notes',
  'print.episodes.note': '{when}: {note}',
  'print.weeks.week': 'Week of',
  'print.page': 'Page {page} of {pages}',
  'print.download': 'Download PDF',
  'print.preparing': 'Preparing the PDF…',
  'print.failed': 'The PDF could not be made. Print instead, and choose “Save as PDF”.',
} as const;
