#!/usr/bin/env python3
"""Writes the .xlsx fixtures of tst_xlsx: workbooks laid out as Excel and as other writers save
them, with the parts written by hand so that every feature the reader meets is known.
Run from this directory: python3 make-fixtures.py"""
import zipfile

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
</Types>"""

ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="{workbook}"/>
</Relationships>"""

NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' \
     'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


def put(z, name, text):
    """A part with a fixed time stamp, so that the fixtures are the same bytes on every run."""
    info = zipfile.ZipInfo(name, (2008, 3, 17, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    z.writestr(info, text)


def workbook_rels(entries):
    rels = "".join(f'<Relationship Id="{i}" Type="{REL}{t}" Target="{target}"/>' for i, t, target in entries)
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}</Relationships>')


def excel_like():
    # Shared strings as Excel keeps them: plain, rich text runs, a phonetic run, an escaped CR.
    strings = ["Summit timeline (draft)", "Title", "Date", "Actors", "Place", "Notes", "Latitude",
               "Longitude", "2+2 talks", "Lavrov; Rice", "Moscow", "Interview", "Sochi summit", "Undated note",
               "sometime soon", "Talk \u201cquoted\u201d", "Bush; Putin", "Sochi"]
    si = "".join(f"<si><t xml:space=\"preserve\">{s}</t></si>" for s in strings)
    si += "<si><r><rPr><b/></rPr><t>Rich </t></r><r><t>title</t></r><rPh sb=\"0\" eb=\"1\"><t>ignored</t></rPh></si>"  # 18
    si += "<si><t>Line one_x000D_\nline two</t></si>"  # 19
    sst = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst {NS} count="20" uniqueCount="20">{si}</sst>'
    # Cell styles: 0 General, 1 built-in date (14), 2 custom "d mmmm yyyy", 3 custom date and time,
    # 4 a number format with a quoted word (not a date).
    styles = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet {NS}>
<numFmts count="3"><numFmt numFmtId="164" formatCode="d\\ mmmm\\ yyyy"/><numFmt numFmtId="165" formatCode="yyyy\\-mm\\-dd\\ hh:mm"/><numFmt numFmtId="166" formatCode="0.0000&quot; deg&quot;"/></numFmts>
<cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs>
<cellXfs count="5"><xf numFmtId="0" xfId="0"/><xf numFmtId="14" xfId="0" applyNumberFormat="1"/><xf numFmtId="164" xfId="0" applyNumberFormat="1"/><xf numFmtId="165" xfId="0" applyNumberFormat="1"/><xf numFmtId="166" xfId="0" applyNumberFormat="1"/></cellXfs>
</styleSheet>"""

    def s(ref, index):
        return f'<c r="{ref}" t="s"><v>{index}</v></c>'

    rows = [
        f'<row r="1">{s("A1", 0)}</row>',
        # row 2 left blank, as a title and a gap above the table often are
        f'<row r="3">{s("A3", 1)}{s("B3", 2)}{s("C3", 3)}{s("D3", 4)}{s("E3", 5)}{s("F3", 6)}{s("G3", 7)}</row>',
        # 17 March 2008 (serial 39524) shown as m/d/yyyy; coordinates with binary noise
        f'<row r="4">{s("A4", 8)}<c r="B4" s="1"><v>39524</v></c>{s("C4", 9)}{s("D4", 10)}'
        f'{s("E4", 19)}<c r="F4" s="4"><v>55.755800000000001</v></c><c r="G4"><v>37.617299999999997</v></c></row>',
        # a date and time; the time of day kept
        f'<row r="5">{s("A5", 11)}<c r="B5" s="3"><v>39533.604166666664</v></c></row>',
        # a custom date format; a formula whose cached value is a string
        f'<row r="6">{s("A6", 12)}<c r="B6" s="2"><v>39544</v></c>{s("C6", 16)}'
        f'<c r="D6" t="str"><f>"So"&amp;"chi"</f><v>Sochi</v></c></row>',
        # a date that is words: rejected with the spreadsheet's row number
        f'<row r="7">{s("A7", 13)}{s("B7", 14)}</row>',
        # rich text title, an error in the notes, a boolean in an unread column
        f'<row r="8">{s("A8", 18)}<c r="B8" s="1"><v>39600</v></c><c r="E8" t="e"><v>#N/A</v></c>'
        f'<c r="H8" t="b"><v>1</v></c></row>',
        # cells without references, in order
        f'<row r="9"><c t="s"><v>15</v></c><c t="inlineStr"><is><t>2008-05-07</t></is></c></row>',
    ]
    sheet = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet {NS}>'
             f'<dimension ref="A1:H9"/><sheetData>{"".join(rows)}</sheetData></worksheet>')
    sheet2 = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet {NS}><sheetData/></worksheet>'
    workbook = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook {NS}><workbookPr/>'
                '<sheets><sheet name="Events" sheetId="1" r:id="rId1"/><sheet name="Sources" sheetId="2" r:id="rId2"/></sheets></workbook>')
    with zipfile.ZipFile("excel.xlsx", "w", zipfile.ZIP_DEFLATED) as z:
        put(z, "[Content_Types].xml", CONTENT_TYPES)
        put(z, "_rels/.rels", ROOT_RELS.format(workbook="xl/workbook.xml"))
        put(z, "xl/workbook.xml", workbook)
        put(z, "xl/_rels/workbook.xml.rels", workbook_rels([
            ("rId1", "worksheet", "worksheets/sheet1.xml"), ("rId2", "worksheet", "worksheets/sheet2.xml"),
            ("rId3", "styles", "styles.xml"), ("rId4", "sharedStrings", "sharedStrings.xml")]))
        put(z, "xl/worksheets/sheet1.xml", sheet)
        put(z, "xl/worksheets/sheet2.xml", sheet2)
        put(z, "xl/styles.xml", styles)
        put(z, "xl/sharedStrings.xml", sst)


def inline_1904():
    # Another writer's layout: inline strings, absolute targets, the 1904 date system, a workbook
    # part elsewhere, t="d" ISO dates, no shared strings at all.
    styles = (f'<?xml version="1.0" encoding="UTF-8"?>\n<styleSheet {NS}><cellXfs count="2"><xf numFmtId="0"/>'
              '<xf numFmtId="15"/></cellXfs></styleSheet>')

    def t(ref, text):
        return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'

    rows = [
        f'<row r="1">{t("A1", "Headline")}{t("B1", "Start date")}{t("C1", "End date")}</row>',
        # 1904 system: serial 38062 is 17 March 2008 (1462 days fewer than in the 1900 system)
        f'<row r="2">{t("A2", "Talks")}<c r="B2" s="1"><v>38062</v></c><c r="C2" s="1"><v>38063</v></c></row>',
        f'<row r="3">{t("A3", "Summit")}<c r="B3" t="d"><v>2008-04-06T00:00:00</v></c></row>',
    ]
    sheet = f'<?xml version="1.0" encoding="UTF-8"?>\n<worksheet {NS}><sheetData>{"".join(rows)}</sheetData></worksheet>'
    workbook = (f'<?xml version="1.0" encoding="UTF-8"?>\n<workbook {NS}><workbookPr date1904="1"/>'
                '<sheets><sheet name="Timeline" sheetId="1" r:id="rIdA"/></sheets></workbook>')
    with zipfile.ZipFile("inline-1904.xlsx", "w", zipfile.ZIP_DEFLATED) as z:
        put(z, "[Content_Types].xml", CONTENT_TYPES)
        put(z, "_rels/.rels", ROOT_RELS.format(workbook="/xl/book.xml"))
        put(z, "xl/book.xml", workbook)
        put(z, "xl/_rels/book.xml.rels", workbook_rels([
            ("rIdA", "worksheet", "/xl/sheets/first.xml"), ("rIdB", "styles", "/xl/styles.xml")]))
        put(z, "xl/sheets/first.xml", sheet)
        put(z, "xl/styles.xml", styles)


def hostile():
    # A sheet that declares entities: refused whole rather than expanded.
    sheet = ('<?xml version="1.0"?>\n<!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>'
             f'<worksheet {NS}><sheetData><row r="1"><c t="inlineStr"><is><t>&b;</t></is></c></row></sheetData></worksheet>')
    workbook = (f'<?xml version="1.0"?>\n<workbook {NS}><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>')
    with zipfile.ZipFile("dtd.xlsx", "w", zipfile.ZIP_DEFLATED) as z:
        put(z, "[Content_Types].xml", CONTENT_TYPES)
        put(z, "_rels/.rels", ROOT_RELS.format(workbook="xl/workbook.xml"))
        put(z, "xl/workbook.xml", workbook)
        put(z, "xl/_rels/workbook.xml.rels", workbook_rels([("rId1", "worksheet", "worksheets/sheet1.xml")]))
        put(z, "xl/worksheets/sheet1.xml", sheet)


def cover_sheet():
    # A workbook that opens on a cover sheet: the events are on the second.
    def t(ref, text):
        return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'

    def sheet(rows):
        return f'<?xml version="1.0"?>\n<worksheet {NS}><sheetData>{"".join(rows)}</sheetData></worksheet>'

    about = sheet([f'<row r="1">{t("A1", "About this workbook")}</row>', f'<row r="2">{t("A2", "Compiled by the desk, March 2008")}</row>'])
    events = sheet([f'<row r="1">{t("A1", "Event")}{t("B1", "When")}</row>', f'<row r="2">{t("A2", "Talks")}{t("B2", "2008-03-17")}</row>'])
    notes = sheet([f'<row r="1">{t("A1", "Title")}{t("B1", "Date")}</row>'])  # also a table, but not the first
    workbook = (f'<?xml version="1.0"?>\n<workbook {NS}><sheets><sheet name="About" sheetId="1" r:id="r1"/>'
                '<sheet name="Events" sheetId="2" r:id="r2"/><sheet name="Later" sheetId="3" r:id="r3"/></sheets></workbook>')
    with zipfile.ZipFile("cover-sheet.xlsx", "w", zipfile.ZIP_DEFLATED) as z:
        put(z, "[Content_Types].xml", CONTENT_TYPES)
        put(z, "_rels/.rels", ROOT_RELS.format(workbook="xl/workbook.xml"))
        put(z, "xl/workbook.xml", workbook)
        put(z, "xl/_rels/workbook.xml.rels", workbook_rels([("r1", "worksheet", "worksheets/about.xml"),
                                                           ("r2", "worksheet", "worksheets/events.xml"),
                                                           ("r3", "worksheet", "worksheets/later.xml")]))
        put(z, "xl/worksheets/about.xml", about)
        put(z, "xl/worksheets/events.xml", events)
        put(z, "xl/worksheets/later.xml", notes)


excel_like()
inline_1904()
hostile()
cover_sheet()


def ods():
    # As LibreOffice Calc saves: the stored "mimetype" part first, dates in office:date-value with
    # a locale's display text, floats with a decimal comma on display, repeated rows and columns.
    O = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
         'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
         'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
         'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"')

    def text(value):
        return f'<table:table-cell office:value-type="string"><text:p>{value}</text:p></table:table-cell>'

    def date(value, shown):
        return f'<table:table-cell office:value-type="date" office:date-value="{value}"><text:p>{shown}</text:p></table:table-cell>'

    def row(*cells, repeat=1):
        extra = f' table:number-rows-repeated="{repeat}"' if repeat > 1 else ''
        return f'<table:table-row{extra}>{"".join(cells)}<table:table-cell table:number-columns-repeated="1017"/></table:table-row>'

    empty = '<table:table-cell/>'
    rows = [
        row(text("Summit timeline")),
        '<table:table-row table:number-rows-repeated="2"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>',
        row(text("Title"), text("Date"), text("Place"), text("Latitude"), text("Notes")),  # row 4
        row(text("2+2 talks"), date("2008-03-17", "17/03/08"), text("Moscow"),
            '<table:table-cell office:value-type="float" office:value="55.7558"><text:p>55,7558</text:p></table:table-cell>',
            '<table:table-cell office:value-type="string"><text:p>First<text:s text:c="2"/>paragraph</text:p>'
            '<text:p>second <text:span>one</text:span></text:p>'
            '<office:annotation><text:p>a comment, not the value</text:p></office:annotation></table:table-cell>'),
        row(text("Interview"), date("2008-03-26T14:30:00", "26/03/08 14:30")),
        row(text("Sochi summit"), date("2008-04-06", "06/04/08"), '<table:table-cell table:number-columns-repeated="2"/>',
            '<table:table-cell table:formula="of:=#N/A" office:value-type="string" office:string-value="" '
            'calcext:value-type="error"><text:p>#N/A</text:p></table:table-cell>'),
        row(text("Repeated"), date("2008-05-01", "01/05/08"), repeat=2),  # rows 8 and 9
        row(text("Bad"), text("sometime")),  # row 10
        '<table:table-row table:number-rows-repeated="1048566"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>',
    ]
    content = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {O} office:version="1.3">'
               '<office:body><office:spreadsheet>'
               f'<table:table table:name="Events"><table:table-column table:number-columns-repeated="1024"/>{"".join(rows)}</table:table>'
               f'<table:table table:name="Sources"><table:table-row>{text("x")}</table:table-row></table:table>'
               '</office:spreadsheet></office:body></office:document-content>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>')
    with zipfile.ZipFile("calc.ods", "w") as z:
        info = zipfile.ZipInfo("mimetype", (2008, 3, 17, 0, 0, 0))
        info.compress_type = zipfile.ZIP_STORED
        z.writestr(info, "application/vnd.oasis.opendocument.spreadsheet")
        put(z, "content.xml", content)
        put(z, "META-INF/manifest.xml", manifest)


ods()
