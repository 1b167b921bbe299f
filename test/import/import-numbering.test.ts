// Word's numbering rules read from numbering.xml by a real XML parser: formats, lvlText, start,
// startOverride, lvlRestart, lists sharing an abstract definition, and undefined lists.
import {describe, expect, it} from 'vitest'
import {formatNumber, Numbering} from '../../src/import/numbering.js'
import {parseXml} from '../../src/import/xml.js'

const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
  <w:abstractNum w:abstractNumId="0">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%2)"/></w:lvl>
    <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="(%3)"/><w:lvlRestart w:val="0"/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="1">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="Chapter %1"/></w:lvl>
    <w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/></w:lvl>
  </w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
  <w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>
  <w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
  <w:num w:numId="4"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>`

describe('Numbering', () => {
  it('follows Word: shared abstract lists continue, overrides restart, lvlRestart 0 never restarts', () => {
    const numbering = new Numbering(parseXml(xml, 'n.docx', 'word/numbering.xml'))
    const labels = [
      numbering.next('1', 0), numbering.next('1', 1), numbering.next('1', 2), numbering.next('1', 2),
      numbering.next('1', 0), numbering.next('1', 1), numbering.next('1', 2),
      // numId 2 shares abstract list 0 without overrides: it counts on from numId 1.
      numbering.next('2', 0),
      // numId 3 starts again at 5.
      numbering.next('3', 0), numbering.next('3', 0),
      numbering.next('4', 0), numbering.next('4', 1), numbering.next('4', 0),
      numbering.next('9', 0), numbering.next('1', 7),
    ]
    expect(labels).toEqual(['1.', '(a)', '(i)', '(ii)', '2.', '(a)', '(iii)', '3.', '5.', '6.', 'Chapter I', '', 'Chapter II', null, null])
  })

  it('formats numbers as Word does', () => {
    expect([1, 26, 27, 28, 53].map((n) => formatNumber(n, 'lowerLetter'))).toEqual(['a', 'z', 'aa', 'bb', 'aaa'])
    expect([4, 9, 14, 40, 1994].map((n) => formatNumber(n, 'upperRoman'))).toEqual(['IV', 'IX', 'XIV', 'XL', 'MCMXCIV'])
    expect([3, 0].map((n) => formatNumber(n, 'lowerRoman'))).toEqual(['iii', '0'])
    expect(formatNumber(7, 'decimalZero')).toBe('7')
  })
})
