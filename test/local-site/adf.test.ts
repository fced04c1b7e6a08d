import { adfToText, htmlToAdf, textToAdf } from '../../local/site/adf';

test('messy email HTML becomes paragraphs with line breaks, entities decoded, styles dropped', () => {
  const html = `<html><head><style>p{color:red}</style></head><body>
    <div><span style="x">Contractor&nbsp;Installer name:</span>   <b>Acme&amp;Sons</b></div>
    <p>Contractor Installer contact email<br/>
    acme@example.com</p><!-- tracking --><p></p></body></html>`;
  const adf = htmlToAdf(html);
  expect(adf.content).toHaveLength(2);
  expect(adfToText(adf)).toBe(
    'Contractor Installer name: Acme&Sons\n\nContractor Installer contact email\nacme@example.com',
  );
});

test('plain text keeps its paragraphs and lines', () => {
  expect(adfToText(htmlToAdf('a\nb\n\nc'))).toBe('a\nb\n\nc');
  expect(textToAdf('').content).toEqual([]);
});
