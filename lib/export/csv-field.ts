// One CSV field: RFC 4180 quoting plus spreadsheet formula-injection neutralisation (OWASP "CSV
// Injection"): a cell that a spreadsheet would read as a formula gets a leading apostrophe, which
// Excel, LibreOffice and Google Sheets show as text. Leading whitespace is looked through, since
// some importers trim it; a leading tab or carriage return is itself a trigger.
const FORMULA_START = /^(?:[\t\r\n]|[ \t\r\n]*[=+\-@])/;

export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
