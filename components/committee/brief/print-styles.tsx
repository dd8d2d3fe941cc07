// Printing the brief page gives the document alone on A4. The site header, footer and the page's padding
// belong to the root layout, so they are hidden here, scoped with :has() to pages that show a brief: React
// keeps a hoisted <style> after client-side navigation, and other pages must print as before.
const CSS = `
@media print {
  @page { size: A4; margin: 20mm 15mm 20mm 30mm; @top-center { content: counter(page); font: 13pt "Times New Roman", Times, serif; } }
  @page :first { @top-center { content: none; } }
  body:has([data-brief-document]) { background: #fff; }
  body:has([data-brief-document]) > header,
  body:has([data-brief-document]) > footer { display: none !important; }
  body:has([data-brief-document]) > main { padding: 0 !important; max-width: none !important; }
}`;

export function BriefPrintStyles() {
  return <style href="brief-print" precedence="default">{CSS}</style>;
}
