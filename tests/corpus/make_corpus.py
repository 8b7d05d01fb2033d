"""Writes tests/corpus: broken campaigns (each broken in one way) and valid variants, each
with its expect.txt. The files are committed; this script documents how the binary ones
(GB18030, UTF-16, garbage) were made and regenerates them byte for byte.

Usage: python3 tests/corpus/make_corpus.py
"""
import os, shutil, pathlib
root = pathlib.Path(__file__).resolve().parent
MANIFEST = '''[campaign]
id = "corpus"
title = "测试活动"
organization = "某县委"
start = 2015-01-01
end = 2016-12-31

[[program]]
id = "suzhi"
name = "素质提升工程"
'''
INDICATORS = '''指标编码,指标名称,计量单位,所属工程,汇总方式
jiangzuo,专题讲座,个,suzhi,
peixun,培训人次,人次,suzhi,
manyi,满意度,%,,最新
'''
UNITS = '''单位编码,单位名称,单位类型,上级单位
county,某县,县,
t1,一乡,乡镇,county
t2,二镇,乡镇,county
'''
RECORDS = '''指标编码,单位编码,时期,数值,修饰,备注
jiangzuo,county,2015,5,,
peixun,t1,2015-03,近万,,
peixun,t2,2015-03,1200,,
manyi,county,2016-12,96.5%,,
'''
# The narratives the case template asks for: without them build refuses the report, and so
# does validate (they agree on every case).
NARRATIVES = {
    'narrative/background.md': '某县开展测试活动，全县各乡镇参与。\n',
    'narrative/program-suzhi.md': '素质提升工程组织专题讲座和培训。\n',
    'narrative/results.md': '活动取得了预期成效。\n',
}
BASE = {'campaign.toml': MANIFEST, 'indicators.csv': INDICATORS, 'units.csv': UNITS, 'records.csv': RECORDS,
        **NARRATIVES}

def case(name, expect, files=None, drop=(), raw=None, no_folder=False):
    d = root / name
    if d.exists(): shutil.rmtree(d)
    c = d / 'campaign'
    if not no_folder:
        content = dict(BASE)
        content.update(files or {})
        for k in drop: content.pop(k, None)
        for rel, text in content.items():
            p = c / rel
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_bytes(text.encode('utf-8') if isinstance(text, str) else text)
        for rel, data in (raw or {}).items():
            p = c / rel
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_bytes(data)
    else:
        d.mkdir(parents=True)
    (d / 'expect.txt').write_text(expect.strip() + '\n', encoding='utf-8')
    return d

def rec(*rows, header='指标编码,单位编码,时期,数值,修饰,备注'):
    return header + '\n' + ''.join(r + '\n' for r in rows)

# ---------------- broken campaigns, each broken in one way ----------------
case('missing-folder', '''
# The campaign folder does not exist (campaign/ is absent on purpose).
exit 1
error - 0 0 missing-folder
''', no_folder=True)

case('missing-manifest', '''
# campaign.toml is missing.
exit 1
error campaign.toml 0 0 missing-file
''', drop=['campaign.toml'])

case('missing-records', '''
# records.csv is missing.
exit 1
error records.csv 0 0 missing-file
''', drop=['records.csv'])

case('missing-column', '''
# records.csv has no 数值 (value) column.
exit 1
error records.csv 1 0 missing-column
''', files={'records.csv': rec('jiangzuo,county,2015,', header='指标编码,单位编码,时期,备注')})

case('empty-cell', '''
# The value of line 3 is empty.
exit 1
error records.csv 3 4 empty-cell
''', files={'records.csv': rec('jiangzuo,county,2015,5,,', 'peixun,t1,2015-03,,,', 'peixun,t2,2015-03,1200,,')})

case('no-records', '''
# records.csv holds its header and nothing else.
exit 1
error records.csv 0 0 no-records
''', files={'records.csv': rec()})

case('bad-number', '''
# 1,00 has a misplaced thousands separator; the same value twice more is one diagnostic.
exit 1
error records.csv 3 4 bad-number
''', files={'records.csv': rec('jiangzuo,county,2015,5,,', 'peixun,t1,2015-03,"1,00",,', 'peixun,t2,2015-03,"1,00",,', 'peixun,county,2015-04,"1,00",,')})

case('bad-period', '''
# Month 13 does not exist.
exit 1
error records.csv 4 3 bad-period
''', files={'records.csv': rec('jiangzuo,county,2015,5,,', 'peixun,t1,2015-03,近万,,', 'peixun,t2,2015-13,1200,,')})

case('bad-qualifier', '''
# 大概 is not one of the qualifier words.
exit 1
error records.csv 2 5 bad-qualifier
''', files={'records.csv': rec('jiangzuo,county,2015,5,大概,')})

case('qualifier-conflict', '''
# The value says 近 but the qualifier column says 余.
exit 1
error records.csv 3 5 qualifier-conflict
''', files={'records.csv': rec('jiangzuo,county,2015,5,,', 'peixun,t1,2015-03,近万,余,')})

case('percent-not-rate', '''
# A percentage for an indicator counted in 人次.
exit 1
error records.csv 2 4 percent-not-rate
''', files={'records.csv': rec('peixun,t1,2015-03,12%,,')})

case('value-too-large', '''
# Twenty digits do not fit a record's 18 significant digits.
exit 1
error records.csv 2 4 value-too-large
''', files={'records.csv': rec('peixun,t1,2015-03,12345678901234567890,,')})

case('unknown-indicator', '''
# The indicator peixin (for peixun) is misspelt on three rows: one diagnostic with a count.
exit 1
error records.csv 3 1 unknown-indicator
''', files={'records.csv': rec('jiangzuo,county,2015,5,,', 'peixin,t1,2015-03,近万,,', 'peixin,t2,2015-03,1200,,', 'peixin,t2,2015-04,1300,,')})

case('unknown-unit', '''
# The unit t3 is not in units.csv.
exit 1
error records.csv 4 2 unknown-unit
''', files={'records.csv': rec('jiangzuo,county,2015,5,,', 'peixun,t1,2015-03,近万,,', 'peixun,t3,2015-03,1200,,')})

case('unknown-program', '''
# indicators.csv refers to a program campaign.toml does not define.
exit 1
error indicators.csv 3 4 unknown-program
''', files={'indicators.csv': INDICATORS.replace('peixun,培训人次,人次,suzhi', 'peixun,培训人次,人次,suzi')})

case('unknown-parent', '''
# units.csv gives a parent that is not a unit.
exit 1
error units.csv 4 4 unknown-unit
''', files={'units.csv': UNITS.replace('t2,二镇,乡镇,county', 't2,二镇,乡镇,countyy')})

case('duplicate-id', '''
# Two indicators share the id peixun.
exit 1
error indicators.csv 4 1 duplicate-id
''', files={'indicators.csv': INDICATORS.replace('manyi,满意度,%,,最新', 'peixun,培训人数,人,suzhi,\nmanyi,满意度,%,,最新')})

case('duplicate-record', '''
# Line 6 repeats line 3 (same indicator, unit and period).
exit 1
error records.csv 6 3 duplicate-record
''', files={'records.csv': RECORDS + 'peixun,t1,2015年3月,9000,,\n'})

case('overlapping-periods', '''
# A whole-campaign figure beside monthly figures of the same indicator and unit, summed twice.
exit 1
error records.csv 7 3 overlapping-periods
''', files={'records.csv': RECORDS + 'peixun,t2,2015-04,1300,,\npeixun,t2,,5000,,\n'})

case('unit-cycle', '''
# t1's parent is t2 and t2's parent is t1.
exit 1
error units.csv 3 4 unit-cycle
''', files={'units.csv': UNITS.replace('t1,一乡,乡镇,county', 't1,一乡,乡镇,t2').replace('t2,二镇,乡镇,county', 't2,二镇,乡镇,t1')})

case('period-outside', '''
# 2013 lies wholly outside the campaign (2015-2016): a warning, so exit 0 unless --strict.
exit 0
strict-exit 1
warning records.csv 3 3 period-outside-campaign
''', files={'records.csv': RECORDS.replace('peixun,t1,2015-03', 'peixun,t1,2013-03')})

case('left-out-record', '''
# The county states its own 2015 figure beside its townships' March figures: the totals take the
# county's, and the townships' records (lines 3 and 4) are named as left out, at the first of them.
exit 0
strict-exit 1
warning records.csv 3 3 left-out-record
''', files={'records.csv': RECORDS + 'peixun,county,2015,15000,,\n'})

case('toml-syntax', '''
# A string left open in campaign.toml.
exit 1
error campaign.toml 3 14 toml-syntax
''', files={'campaign.toml': MANIFEST.replace('title = "测试活动"', 'title = "测试活动')})

case('missing-key', '''
# [campaign] has no organization.
exit 1
error campaign.toml 0 0 missing-key
''', files={'campaign.toml': MANIFEST.replace('organization = "某县委"\n', '')})

case('wrong-type', '''
# start is a quoted string instead of a TOML date.
exit 1
error campaign.toml 5 9 wrong-type
''', files={'campaign.toml': MANIFEST.replace('start = 2015-01-01', 'start = "2015-01-01"')})

case('unknown-key', '''
# A misspelt key is a warning at its line.
exit 0
strict-exit 1
warning campaign.toml 7 1 unknown-key
''', files={'campaign.toml': MANIFEST.replace('end = 2016-12-31', 'end = 2016-12-31\norganisation = "某县委"')})

case('unknown-column', '''
# An unknown column is a warning at the header line.
exit 0
strict-exit 1
warning records.csv 1 7 unknown-column
''', files={'records.csv': RECORDS.replace('修饰,备注', '修饰,备注,颜色')})

case('binary-garbage', '''
# records.csv is a binary file (a workbook renamed): not a text table.
exit 1
error records.csv 1 3 not-text
''', raw={'records.csv': b'PK\x03\x04\x14\x00\x06\x00\x08\x00' + bytes(range(0, 256)) * 4})

case('bad-utf8', '''
# A UTF-8 file with one broken byte: reported at its line and character, not read as GB18030.
exit 1
error records.csv 3 25 bad-utf8
''', raw={'records.csv': RECORDS.replace('peixun,t1,2015-03,近万,,', 'peixun,t1,2015-03,近万,,走访\udcb0').encode('utf-8', 'surrogateescape')})

case('truncated', '''
# records.csv ends inside a quoted note (the file was cut off).
exit 1
error records.csv 4 0 unterminated-quote
''', files={'records.csv': RECORDS.split('peixun,t2')[0] + 'peixun,t2,2015-03,1200,,"首批\n培训'})

case('stray-quote', '''
# A quote inside an unquoted cell.
exit 1
error records.csv 3 6 csv-syntax
''', files={'records.csv': RECORDS.replace('peixun,t1,2015-03,近万,,', 'peixun,t1,2015-03,近万,,所谓"夜校"')})

case('stray-quotes-and-more', '''
# Two rows with a stray quote and a bad number between them: each row is still checked.
exit 1
error records.csv 3 6 csv-syntax
error records.csv 5 4 bad-number
error records.csv 6 6 csv-syntax
''', files={'records.csv': rec('jiangzuo,county,2015,5,,', 'peixun,t1,2015-03,近万,,所谓"夜校"',
                               'peixun,t2,2015-03,1200,,', 'jiangzuo,t2,2015-04,5x,,',
                               'jiangzuo,t1,2015-05,3,,又一个"引号"', 'manyi,county,2016-12,96.5%,,')})

case('stray-quotes-everywhere', '''
# A stray quote on every row: ten are listed, then the rest of the file is given up.
exit 1
''' + ''.join(f'error records.csv {line} 6 csv-syntax\n' for line in range(2, 12)) + '''error records.csv 12 0 csv-syntax-many
''', files={'records.csv': rec(*[f'jiangzuo,county,2015,{i},,第{i}条"备注"' for i in range(1, 16)])})

case('symlink-outside', '''
# records.csv is a symbolic link to a file outside the campaign folder.
exit 1
error records.csv 0 0 path-outside-folder
''', drop=['records.csv'])
(root / 'symlink-outside' / 'outside.csv').write_text(RECORDS, encoding='utf-8')
os.symlink('../outside.csv', root / 'symlink-outside' / 'campaign' / 'records.csv')

case('gb18030-unknown-unit', '''
# A GB18030 records.csv (no BOM) naming a unit 𠮷村 that units.csv lacks: decoded right, reported at its cell.
exit 1
error records.csv 3 2 unknown-unit
''', raw={'records.csv': RECORDS.replace('peixun,t1,2015-03', 'peixun,𠮷村,2015-03').encode('gb18030')})

case('gb18030-broken', '''
# A GB18030 file cut in the middle of its last character.
exit 1
error records.csv 5 30 bad-encoding
''', raw={'records.csv': (RECORDS.replace('manyi,county,2016-12,96.5%,,', 'manyi,county,2016-12,96.5%,,培训')).encode('gb18030').rstrip(b'\n')[:-1]})

case('utf16-bad-number', '''
# Excel's "Unicode 文本" export (UTF-16LE with BOM, tab-separated) with a value that is not a number.
exit 1
error records.csv 4 4 bad-number
''', raw={'records.csv': b'\xff\xfe' + RECORDS.replace(',', '\t').replace('1200', '一千二百多个').replace('\n', '\r\n').encode('utf-16-le')})

case('bom-bad-period', '''
# A UTF-8 file with BOM whose first data row has a bad period.
exit 1
error records.csv 2 3 bad-period
''', raw={'records.csv': b'\xef\xbb\xbf' + RECORDS.replace('jiangzuo,county,2015,', 'jiangzuo,county,15年,').replace('\n', '\r\n').encode('utf-8')})

case('quoted-newline-bad-unit', '''
# A note with line breaks on line 2-4 moves later records down: the unknown unit is on line 6.
exit 1
error records.csv 6 2 unknown-unit
''', files={'records.csv': rec('jiangzuo,county,2015,5,,"第一行\n第二行\n第三行"', 'peixun,t1,2015-03,近万,,', 'peixun,tt,2015-03,1200,,')})

# ---------------- valid variants: must load right ----------------
def valid(name, comment, records, records_bytes=None, extra=None, units=None, warnings=()):
    lines = ['# ' + comment, 'exit 0'] + (['strict-exit 1'] if warnings else []) + list(warnings) + \
        ['record ' + r for r in records]
    files = dict(extra or {})
    if units: files['units.csv'] = units
    d = case(name, '\n'.join(lines), files=files, raw={'records.csv': records_bytes} if records_bytes else None)

valid('valid-excel-periods', 'Periods as Excel and WPS save them; the 1st-of-month slash dates are months.', [
    '2 jiangzuo county 2015 5 -',
    '3 peixun t1 2015-03 10000 近',
    '4 peixun t2 2015-04 1200 -',
    '5 peixun t1 2015-Q2 300 -',
    '6 peixun t2 2015-Q3 400 -',
    '7 peixun county 2015-05 500 -',
    '8 peixun t1 2016-01 600 -'],
    records_bytes=rec('jiangzuo,county,2015年,5,,', 'peixun,t1,2015/3/1,近万,,', 'peixun,t2,2015/4,1200,,',
                      'peixun,t1,2015年第二季度,300,,', 'peixun,t2,2015年三季度,400,,', 'peixun,county,2015年5月,500,,',
                      'peixun,t1,2016/1/1,600,,').encode('utf-8'),
    # The county's own May figure stands for its townships then, t1's second quarter included.
    warnings=['warning records.csv 5 3 left-out-record'])

valid('valid-full-width', 'Full-width digits, commas, points and percent signs, as a Chinese input method types them.', [
    '2 jiangzuo county 2015 1000 -',
    '3 peixun t1 2015-03 12000 余',
    '4 manyi county 2016-12 96.5 -'],
    records_bytes=rec('ｊｉａｎｇｚｕｏ,county,２０１５,"１，０００",,', 'peixun,t1,２０１５－０３,１．２万余,,', 'manyi,county,2016-12,９６．５％,,').encode('utf-8'))

valid('valid-chinese-headers', 'Chinese and English headers mixed, in another order, with case, spaces and full-width forms.', [
    '2 jiangzuo county 2015 5 -',
    '3 peixun t1 2015-03 320 多',
    '4 peixun - - 2 -'],
    records_bytes=('数 值 ,Ｉｎｄｉｃａｔｏｒ, PERIOD ,单位,修饰词\n'
                   '5,jiangzuo,2015,county,\n'
                   '320多,peixun,2015-03,t1,\n'
                   '两,培训人次,,,\n').encode('utf-8'),
    # The whole-campaign figure (no unit) stands for t1's March figure.
    warnings=['warning records.csv 3 3 left-out-record'])

valid('valid-gb18030', 'GB18030 without BOM, with a rare character (𠮷) beyond GBK in a unit name.', [
    '2 jiangzuo county 2015 5 -',
    '3 peixun jixiang 2015-03 10000 近'],
    records_bytes=rec('jiangzuo,county,2015,5,,', 'peixun,𠮷祥村,2015-03,近万,,').encode('gb18030'),
    units=(UNITS + 'jixiang,𠮷祥村,村,t1\n'))
(root / 'valid-gb18030' / 'campaign' / 'units.csv').write_bytes((UNITS + 'jixiang,𠮷祥村,村,t1\n').encode('gb18030'))

valid('valid-bom', 'UTF-8 with BOM and CRLF line ends, as Excel saves "CSV UTF-8".', [
    '2 jiangzuo county 2015 5 -',
    '3 peixun t1 2015-03 10000 近',
    '4 peixun t2 2015-03 1200 -',
    '5 manyi county 2016-12 96.5 -'],
    records_bytes=b'\xef\xbb\xbf' + RECORDS.replace('\n', '\r\n').encode('utf-8'))

valid('valid-utf16', 'Excel\'s "Unicode 文本": UTF-16LE with BOM, tab-separated, CRLF.', [
    '2 jiangzuo county 2015 5 -',
    '3 peixun t1 2015-03 10000 近',
    '4 peixun t2 2015-03 1200 -',
    '5 manyi county 2016-12 96.5 -'],
    records_bytes=b'\xff\xfe' + RECORDS.replace(',', '\t').replace('\n', '\r\n').encode('utf-16-le'))

valid('valid-quoted-newlines', 'Notes with line breaks inside quoted cells, and empty trailing lines.', [
    '2 jiangzuo county 2015 5 -',
    '5 peixun t1 2015-03 10000 近',
    '6 peixun t2 2015-03 1200 约'],
    records_bytes=rec('jiangzuo,county,2015,5,,"含 5 个\r\n专题\r\n讲座"', 'peixun,t1,2015-03,近万,,', 'peixun,t2,2015-03,1200,约,"一行"', '', '').replace('\n', '\r\n').encode('utf-8'))

case('bad-date', '''
# February has no 30th: campaign.toml does not parse; toml++ places the error just after the date.
exit 1
error campaign.toml 5 19 toml-syntax
''', files={'campaign.toml': MANIFEST.replace('start = 2015-01-01', 'start = 2015-02-30')})

case('end-before-start', '''
# The campaign ends before it starts: an error at the end date.
exit 1
error campaign.toml 6 7 bad-value
''', files={'campaign.toml': MANIFEST.replace('end = 2016-12-31', 'end = 2014-12-31')})

case('bom-binary', '''
# A binary file that happens to start with a UTF-16 byte order mark is still not a table.
exit 1
error records.csv 1 2 not-text
''', raw={'records.csv': b'\xff\xfeP\x00\x03\x00\x04\x00' + bytes(range(0, 64))})

case('missing-indicators', '''
# indicators.csv is missing: that one diagnostic, not one per record that refers to it.
exit 1
error indicators.csv 0 0 missing-file
''', drop=['indicators.csv'])

case('no-units-file', '''
# Records name units (county, t1, t2) but there is no units.csv: one diagnostic for all of them.
exit 1
error records.csv 2 2 unknown-unit
''', drop=['units.csv'])

case('indicators-missing-column', '''
# indicators.csv lacks its 计量单位 column: that one diagnostic, not one per record.
exit 1
error indicators.csv 1 0 missing-column
''', files={'indicators.csv': '指标编码,指标名称,所属工程\njiangzuo,专题讲座,suzhi\npeixun,培训人次,suzhi\nmanyi,满意度,\n'})

# ---------------- what an attack found (docs/testing.md, "Hardening") ----------------

case('toml-dotted-key-deep', '''
# C1: a table header of 50,000 dotted parts overflowed toml++'s stack; refused before parsing.
exit 1
error campaign.toml 1 67 toml-too-deep
''', files={'campaign.toml': '[' + '.'.join(['k'] * 50000) + ']\n'})

case('toml-nesting-deep', '''
# C1: arrays nested 50,000 deep, the same stack overflow by another road.
exit 1
error campaign.toml 1 37 toml-too-deep
''', files={'campaign.toml': 'a = ' + '[' * 50000 + '\n'})

case('unit-tree-too-deep', '''
# C3: a chain of parents eleven levels deep; a county has four or five.
exit 1
error units.csv 13 4 unit-tree-too-deep
''', files={'units.csv': UNITS + ''.join(f'd{i},第{i}层,村,{"t1" if i == 1 else f"d{i - 1}"}\n' for i in range(1, 10))})

case('period-year-9999', '''
# H1: 9999-12-31 made the workbook step through 95,000 empty months; a year past 2199 is an error.
exit 1
error records.csv 3 3 bad-period
''', files={'records.csv': RECORDS.replace('peixun,t1,2015-03', 'peixun,t1,9999-12-31')})

case('campaign-year-1', '''
# H1/W1: a campaign starting in year 1 gave dates no workbook can hold.
exit 1
error campaign.toml 5 9 date-out-of-range
''', files={'campaign.toml': MANIFEST.replace('start = 2015-01-01', 'start = 0001-01-01')})

case('duplicate-record-many', '''
# H3: one row given five times is one cause: one diagnostic, with a count.
exit 1
error records.csv 6 3 duplicate-record
''', files={'records.csv': RECORDS + 'peixun,t1,2015-03,1,,\n' * 4})

case('note-too-long', '''
# W1: a note of 32,768 characters cannot go into an Excel cell; refused at its place.
exit 1
error records.csv 4 6 text-too-long
''', files={'records.csv': RECORDS.replace('peixun,t2,2015-03,1200,,', 'peixun,t2,2015-03,1200,,' + 'x' * 32768)})

case('program-names-too-long', '''
# W1: the cover lists all programs in one cell; the fourth name of 10,000 characters passes 32,767.
exit 1
error campaign.toml 26 8 bad-value
''', files={'campaign.toml': MANIFEST + ''.join(f'\n[[program]]\nid = "p{i}"\nname = "{"名" * 10000}"\n' for i in range(4))})

case('title-control-character', '''
# D2: a TOML escape put U+0001 into the title, which no XML part may hold.
exit 1
error campaign.toml 3 9 bad-text
''', files={'campaign.toml': MANIFEST.replace('title = "测试活动"', 'title = "测试\\u0001活动"')})

case('title-escape-sequence', '''
# S3: an ANSI escape in the title is refused, and never printed raw.
exit 1
error campaign.toml 3 9 bad-text
''', files={'campaign.toml': MANIFEST.replace('title = "测试活动"', 'title = "\\u001b[31m红色标题"')})

case('filename-too-long', '''
# W3: a file name of 600 bytes passed validate and failed in build.
exit 1
error campaign.toml 13 12 bad-value
''', files={'campaign.toml': MANIFEST + '\n[report]\nfilename = "' + 'a' * 600 + '"\n'})

case('template-path', '''
# S2: a template "name" that is a path three levels up (with a ./ that changes nothing) is
# refused before anything is opened.
stage report
exit 1
error campaign.toml 0 0 unknown-template
''', files={'campaign.toml': MANIFEST + '\n[report]\ntemplate = "../../.././x"\n'})

case('title-uncovered-character', '''
# W2: a character no font has (an emoji) in the title, reported at its line by validate too.
stage report
exit 1
error campaign.toml 3 9 uncovered-character
''', files={'campaign.toml': MANIFEST.replace('title = "测试活动"', 'title = "测试活动\U0001F600"')})

case('encoding-latin1', '''
# A Latin-1 records.csv: named as such, not "undecodable GB18030".
exit 1
error records.csv 0 0 unsupported-encoding
''', raw={'records.csv': ('indicator,unit,period,value,qualifier,note\n' + ''.join(
    f'jiangzuo,county,2015,{i},,Café crème à la façon {i}, déjà vu\n' for i in range(1, 6))).encode('latin-1')})

BIG5_RECORDS = '指標編碼,單位編碼,時期,數值,修飾,備註\n' + ''.join(
    f'jiangzuo,county,2016,{i},,這是繁體中文的備註，許多單位參與了活動\n' for i in range(1, 6))
case('encoding-big5', '''
# A Big5 (traditional Chinese) records.csv: named as Big5, not read as GB18030 gibberish.
exit 1
error records.csv 0 0 unsupported-encoding
''', raw={'records.csv': BIG5_RECORDS.encode('big5')})

case('encoding-shift-jis', '''
# A Shift-JIS (Japanese) records.csv: named as such.
exit 1
error records.csv 0 0 unsupported-encoding
''', raw={'records.csv': 'indicator,unit,period,value,qualifier,note\n'.encode('shift_jis') + ''.join(f'jiangzuo,county,2015,{i},,これは日本語のメモです。カタカナもあります\n' for i in range(1, 6)).encode('shift_jis')})

valid('valid-utf16-no-bom', 'UTF-16LE without a byte order mark: told by its NUL bytes, decoded right.', [
    '2 jiangzuo county 2015 5 -',
    '3 peixun t1 2015-03 10000 近',
    '4 peixun t2 2015-03 1200 -',
    '5 manyi county 2016-12 96.5 -'],
    records_bytes=RECORDS.encode('utf-16-le'))
