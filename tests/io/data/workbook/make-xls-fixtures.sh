#!/usr/bin/env bash
# Regenerates the Excel 97-2003 (.xls, BIFF8) fixtures of tests/io/tst_xlsworkbook.cpp: writes flat
# OpenDocument spreadsheets (.fods) of our own content and has LibreOffice save them as .xls.
# Needs LibreOffice and its Python bridge (apt-get install libreoffice-calc-nogui python3-uno); the
# test suite itself does not.
#   tests/io/data/workbook/make-xls-fixtures.sh
# Made with LibreOffice 7.4.7.2. The tests check exact cell texts: change the content here and the
# expectations there together.
set -euo pipefail

OUT=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
PROFILE="file://$WORK/profile"

head='<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
 <number:date-style style:name="Nday"><number:day number:style="long"/><number:text>/</number:text><number:month number:style="long"/><number:text>/</number:text><number:year number:style="long"/></number:date-style>
 <number:date-style style:name="Nstamp"><number:year number:style="long"/><number:text>-</number:text><number:month number:style="long"/><number:text>-</number:text><number:day number:style="long"/><number:text> </number:text><number:hours number:style="long"/><number:text>:</number:text><number:minutes number:style="long"/></number:date-style>
 <number:date-style style:name="Nlong"><number:day/><number:text> </number:text><number:month number:textual="true" number:style="long"/><number:text> </number:text><number:year number:style="long"/></number:date-style>
 <number:time-style style:name="Ntime"><number:hours number:style="long"/><number:text>:</number:text><number:minutes number:style="long"/></number:time-style>
 <number:boolean-style style:name="Nbool"><number:boolean/></number:boolean-style>
 <style:style style:name="day" style:family="table-cell" style:data-style-name="Nday"/>
 <style:style style:name="stamp" style:family="table-cell" style:data-style-name="Nstamp"/>
 <style:style style:name="long" style:family="table-cell" style:data-style-name="Nlong"/>
 <style:style style:name="time" style:family="table-cell" style:data-style-name="Ntime"/>
 <style:style style:name="bool" style:family="table-cell" style:data-style-name="Nbool"/>
</office:automatic-styles>
<office:body><office:spreadsheet>'
tail='</office:spreadsheet></office:body></office:document>'

# Cells: t TEXT, d DATE STYLE, n NUMBER, b true|false, f FORMULA (left for LibreOffice to compute:
# a value cached in the .fods would reach the .xls as 0), e empty.
t() { printf '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' "$1"; }
d() { printf '<table:table-cell office:value-type="date" office:date-value="%s" table:style-name="%s"><text:p>%s</text:p></table:table-cell>' "$1" "$2" "$1"; }
n() { printf '<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>' "$1" "$1"; }
b() { printf '<table:table-cell office:value-type="boolean" office:boolean-value="%s" table:style-name="bool"><text:p>%s</text:p></table:table-cell>' "$1" "$1"; }
f() { printf '<table:table-cell table:formula="of:=%s"/>' "$1"; }
e() { printf '<table:table-cell/>'; }
row() { printf '<table:table-row>%s</table:table-row>\n' "$*"; }
blank() { printf '<table:table-row><table:table-cell/></table:table-row>\n'; }

# timeline.xls: a cover sheet, then the events under a title and a blank row.
{
    echo "$head"
    echo '<table:table table:name="About">'
    row "$(t 'Diplomatic timeline, 2008 — cover')"
    blank
    row "$(t 'Compiled by the Moscow desk')"
    echo '</table:table><table:table table:name="Events">'
    row "$(t 'Summit timeline')"
    blank
    row "$(t Title)$(t Date)$(t 'End date')$(t Actors)$(t Place)$(t Latitude)$(t Confirmed)$(t Days)$(t Notes)"
    row "$(t '2+2 talks')$(d 2008-03-17 day)$(d 2008-03-18 day)$(t 'Lavrov; Rice')$(t Moscow)$(n 55.7558)$(b true)" \
        "$(f '[.C4]-[.B4]')$(t 'Lavrov–Rice talks, Moskau — «2+2»')"
    row "$(t Interview)$(d 2008-03-26T14:30:00 stamp)$(e)$(t Lavrov)$(e)$(e)$(b false)$(f '1=2')" \
        "$(f 'CONCATENATE(&quot;Radio &quot;;&quot;Echo&quot;)')"
    row "$(t 'Sochi summit')$(d 2008-04-06 long)$(e)$(t 'Putin; Bush')$(f '&quot;So&quot;&amp;&quot;chi&quot;')" \
        "$(n 43.6)$(f '1=1')$(n -2.5)$(f 'NA()')"
    row "$(t 'Press call')$(t sometime)"
    row "$(t 'Press call 2')$(d 2008-05-07 day)$(e)$(e)$(e)$(e)$(e)$(e)$(t 'at')$(d 1899-12-30T09:15:00 time)"
    echo '</table:table>'
    echo "$tail"
} > "$WORK/timeline.fods"

# strings.xls: enough distinct strings that the shared string table runs over into CONTINUE records,
# some stored as one byte a character, some as UTF-16, and two longer than a record.
{
    echo "$head"
    echo '<table:table table:name="Strings">'
    row "$(t Title)$(t Date)"
    for k in $(seq 1 300); do
        if (( k % 2 )); then s="Note $k: délégation à Genève, réunion $k"; else s="Communiqué $k — Moskau «2+2» №$k"; fi
        row "$(t "$s")$(n "$k")"
    done
    row "$(t "Long: $(printf 'abcdefghij%.0s' $(seq 1 830))")"
    row "$(t "Долгий: $(printf 'переговоры%.0s' $(seq 1 420))")"
    echo '</table:table>'
    echo "$tail"
} > "$WORK/strings.fods"

# date1904.xls: a workbook in the 1904 date system (Excel for Mac's old default).
{
    echo "$head"
    echo '<table:calculation-settings><table:null-date table:date-value="1904-01-01"/></table:calculation-settings>'
    echo '<table:table table:name="Mac">'
    row "$(t Title)$(t Date)"
    row "$(t 'Talks')$(d 2008-03-17 day)"
    row "$(t 'Summit')$(d 2008-04-06T18:00:00 stamp)"
    echo '</table:table>'
    echo "$tail"
} > "$WORK/date1904.fods"

convert() { # FILTER SOURCE...
    local filter=$1
    shift
    soffice -env:UserInstallation="$PROFILE" --headless --convert-to "$filter" --outdir "$WORK/out" "$@" >/dev/null 2>&1
}
convert 'xls:MS Excel 97' "$WORK/timeline.fods" "$WORK/strings.fods" "$WORK/date1904.fods"
cp "$WORK/out/timeline.xls" "$WORK/out/strings.xls" "$WORK/out/date1904.xls" "$OUT/"

# A password-protected .xls (RC4 encryption: a FILEPASS record), password "secret", saved through
# LibreOffice's UNO API (its --convert-to takes no password in 7.4).
mkdir -p "$WORK/enc"
cp "$WORK/date1904.fods" "$WORK/enc/encrypted.fods"
/usr/bin/python3 - "$WORK/enc/encrypted.fods" "$WORK/out/encrypted.xls" "${PROFILE}-uno" <<'PY'
import subprocess, sys, time, uno
from com.sun.star.beans import PropertyValue
source, target, profile = sys.argv[1:4]
office = subprocess.Popen(["soffice", "-env:UserInstallation=" + profile, "--headless", "--invisible",
                           "--accept=pipe,name=dateline_fixtures;urp;"], stderr=subprocess.DEVNULL)
def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p
local = uno.getComponentContext()
resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
for _ in range(120):
    try:
        ctx = resolver.resolve("uno:pipe,name=dateline_fixtures;urp;StarOffice.ComponentContext")
        break
    except Exception:
        time.sleep(0.5)
desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(source), "_blank", 0, (prop("Hidden", True),))
doc.storeToURL(uno.systemPathToFileUrl(target), (prop("FilterName", "MS Excel 97"), prop("Password", "secret")))
doc.close(True)
try:
    desktop.terminate()
except Exception:
    pass  # the office goes away before it answers
office.wait(timeout=60)
PY
cp "$WORK/out/encrypted.xls" "$OUT/"
# The workbook fuzz target starts from the same files.
cp "$OUT"/{timeline,strings,date1904,encrypted}.xls "$OUT/../../../../fuzz/corpus/workbook/"
ls -l "$OUT"/*.xls
