/** The text around commander's option list: examples and the exit-status table. */
import { DEFAULT_FACT_FIELDS, DEFAULT_SUMMARY_FIELDS, FACT_FIELDS, SUMMARY_FIELDS } from '../output/fields.js';

export const DESCRIPTION = `Department blocks and every numeric fact of Chinese reports, as JSON, NDJSON, CSV, TSV, a table or an HTML review page.

Paths are files or folders (every *.txt, *.md, *.pdf, *.docx, *.html and *.htm below, sorted; see --glob); "-" or no path reads stdin.`;

export const FIELDS_HELP = 'columns of csv, tsv, table and ndjson, comma-separated (default and choices: see Fields below)';

const FIELDS = `
Fields:
  default    ${DEFAULT_FACT_FIELDS.join(',')}
  also       ${FACT_FIELDS.filter((f) => !DEFAULT_FACT_FIELDS.includes(f)).join(', ')}
  --summary  ${SUMMARY_FIELDS.join(', ')} (default: ${DEFAULT_SUMMARY_FIELDS.join(',')})
`;

export const EXAMPLES = `${FIELDS}
Examples:
  report-extract report.txt                          the JSON report of one file
  report-extract -f ndjson reports/ | jq -c 'select(.category == "funds")'
                                                     every funds fact of a folder, with jq
  report-extract -f csv -o facts.csv reports/        one CSV (UTF-8 with BOM) to open in a spreadsheet
  report-extract -f csv --output-encoding gb18030 -o facts.csv reports/
                                                     the same for older spreadsheet setups
  report-extract -f table --department 公安 report.txt
  report-extract --summary -f csv reports/ > summary.csv
  report-extract -f html -o review.html report.txt   a page to check every fact in the text, in a browser
  cat report.txt | report-extract -f tsv --fields department,category,value,unit
  report-extract -f ndjson --jobs 2 archive/ > facts.ndjson
                                                     a whole archive on two cores, output in input order
  report-extract --from ndjson < docs.ndjson         documents as JSON lines {"id","text"}: facts with their id
  report-extract validate saved.json                 check a saved report against the schema

Output: json prints one report object for one file (or stdin) and an array of reports for several
files or a folder; ndjson one fact per line with "file"; csv and tsv one fact per row with a "file"
column; --summary one row per file x department x category (json: an array of rows); html one
self-contained page for all inputs (with --debug it also shows the dropped candidates).

Exit status:
  0  every input was processed (warnings included), or the reader closed the pipe
  1  an input failed (one line on stderr names it and says why), or writing the output failed; validate: a report is invalid
  2  usage error: unknown option, bad format or field name, no input, an --output that cannot be written
`;
