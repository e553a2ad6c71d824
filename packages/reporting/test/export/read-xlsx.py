# Reads an .xlsx with Python's zipfile (which checks every CRC-32) and ElementTree (which rejects any
# malformed XML), and prints what the test needs to compare as JSON.
import json, sys, zipfile
import xml.etree.ElementTree as ET

NS = {'m': 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'}
path = sys.argv[1]
with zipfile.ZipFile(path) as z:
    bad = z.testzip()
    infos = [{'name': i.filename, 'method': i.compress_type, 'size': i.file_size, 'utf8': bool(i.flag_bits & 0x800), 'date': list(i.date_time)} for i in z.infolist()]
    parts = {name: ET.fromstring(z.read(name)) for name in z.namelist()}
sheet = parts['xl/worksheets/sheet1.xml']
rows = []
for row in sheet.find('m:sheetData', NS):
    cells = []
    for c in row:
        t = c.get('t')
        if t == 'inlineStr':
            value = ''.join(x.text or '' for x in c.iter('{%s}t' % NS['m']))
        else:
            v = c.find('m:v', NS)
            value = v.text if v is not None else None
        cells.append({'r': c.get('r'), 't': t, 's': c.get('s'), 'v': value})
    rows.append({'r': row.get('r'), 'cells': cells})
workbook = parts['xl/workbook.xml']
print(json.dumps({
    'bad': bad,
    'entries': infos,
    'sheetNames': [s.get('name') for s in workbook.iter('{%s}sheet' % NS['m'])],
    # optional in the format: a streamed sheet cannot know its extent when it starts
    'dimension': None if sheet.find('m:dimension', NS) is None else sheet.find('m:dimension', NS).get('ref'),
    'rows': rows,
}))
