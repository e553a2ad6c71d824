// arrayElementTexts cuts a JSON array's text into its elements' texts as they stand: the SQLite
// store keeps each as a record's `_json` in place of serialising the parsed record again.
import { describe, expect, it } from 'vitest'
import { arrayElementTexts } from '../src/store/record-texts.js'

describe('arrayElementTexts', () => {
  it("answers each element's text as it stands, whatever its strings hold", () => {
    const records = [
      { id: 1, note: 'a "quoted" word, a comma, {braces} and [brackets]' },
      {
        id: 2,
        note: 'ends in a backslash \\',
        path: 'C:\\dir\\',
        tags: ['x', 'y,z'],
        nested: { a: [1, { b: '}' }] },
      },
      { id: 3, note: '\\"', emoji: 'café 😀', empty: '', nothing: null, yes: true },
      { id: 4, note: '\\\\"]},', n: -1.5e3 },
    ]
    const json = JSON.stringify(records)
    const texts = arrayElementTexts(json)
    expect(texts).toEqual(records.map((record) => JSON.stringify(record)))
    expect(texts.map((text) => JSON.parse(text) as unknown)).toEqual(records)
  })

  it('keeps the spacing inside an element and trims the spacing around it', () => {
    const json = '[\n  { "id": 1,  "a": [ 1, 2 ] } ,\n\t{"id":2}\n]'
    expect(arrayElementTexts(json)).toEqual(['{ "id": 1,  "a": [ 1, 2 ] }', '{"id":2}'])
  })

  it('answers nothing for an empty array, and scalars and nested arrays as elements', () => {
    expect(arrayElementTexts('[]')).toEqual([])
    expect(arrayElementTexts('[ \n ]')).toEqual([])
    expect(arrayElementTexts('[1, "two", [3, 4], null]')).toEqual(['1', '"two"', '[3, 4]', 'null'])
  })
})
