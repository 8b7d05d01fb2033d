#!/usr/bin/env python3
"""End-to-end checks of `build --pdfa`, judged on the file's objects (pikepdf) and by outside
readers and validators.

Usage: check_pdfa.py CHECK BINARY SOURCE_ROOT WORKDIR
  a1b       seed report --pdfa 1b: Apache PDFBox Preflight says valid PDF/A-1b; the common rules
            below; every CID font has a CIDSet with CID 0, every drawn CID and (TrueType) every
            glyph of its program
  a2b       --pdfa 2b: the common rules; no CIDSet; no attachment
  a3b       --pdfa 3b: the common rules; no CIDSet; campaign.toml, the tables and the narratives
            attached as /Source associated files, /AF and the EmbeddedFiles name tree agree,
            pdfdetach -saveall gives each back byte-identical; two builds byte-identical;
            --no-attach leaves them out
  settings  [report] pdfa = "3b" gives a PDF/A-3b carrying the campaign's files; a wrong level in
            campaign.toml is refused naming the file and line, and no PDF is written; the
            default build has no PDF/A objects and keeps PoDoFo's compact object headers
  sealed    the 公文 sample, whose 落款 carries the office's seal (a PNG with alpha): at 1b Preflight
            says valid (a stencil mask, blend mode Normal); at 3b the seal keeps its soft mask
            and is multiplied over the text
  per_unit  a generated county (bench/batch) --per-unit --pdfa 3b: every report follows the common rules and
            carries the campaign's inputs

The common rules: XMP pdfaid part and conformance B; XMP agreeing with Info (title, author,
subject, keywords, producer, creator tool, dates); an OutputIntent GTS_PDFA1 whose profile is
icc-profiles-free's sRGB (ICC version 2, /N 3); every font embedded; not encrypted; a trailer
/ID of two equal-length strings; every object header on a line of its own; no transparency
group, soft mask or annotation; qpdf --check, pdfcpu strict, mutool and pdftoppm clean.
"""
import glob
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

import pikepdf

HERE = os.path.dirname(os.path.abspath(__file__))
TOOLS = os.path.join(HERE, "..", "..", "tools")
sys.path.insert(0, TOOLS)
import pdf_checks  # noqa: E402
from county import make_county  # noqa: E402

SEED = "samples/suiling-dangjian-winter"
STEM = "绥棱县党建之冬活动"
EPOCH = "1479705780"
SRGB = "/usr/share/color/icc/sRGB.icc"
NS = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "dc": "http://purl.org/dc/elements/1.1/",
    "xmp": "http://ns.adobe.com/xap/1.0/",
    "pdf": "http://ns.adobe.com/pdf/1.3/",
    "pdfaid": "http://www.aiim.org/pdfa/ns/id/",
}
problems = []


def check(condition, message):
    if not condition:
        problems.append(message)


def build(binary, campaign, outdir, *options, expect=0):
    env = dict(os.environ, SOURCE_DATE_EPOCH=EPOCH)
    out = subprocess.run([binary, "build", campaign, "-o", outdir, "--format", "pdf", "-q", *options],
                         capture_output=True, env=env)
    check(out.returncode == expect,
          f"build {' '.join(options)}: exit {out.returncode}, wanted {expect}: {out.stderr.decode(errors='replace')}")
    return out


def xmp_values(pdf):
    root = ET.fromstring(bytes(pdf.Root.Metadata.read_bytes()).split(b"?>", 1)[1].rsplit(b"<?xpacket", 1)[0])
    values = {}
    for description in root.iter(f"{{{NS['rdf']}}}Description"):
        for child in description:
            items = [li.text or "" for li in child.iter(f"{{{NS['rdf']}}}li")]
            values[child.tag] = items[0] if items else (child.text or "")
    return values


def iso_from_pdf_date(value):
    m = re.fullmatch(r"D:(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)([+-])(\d\d)'(\d\d)'", value)
    if not m:
        return None
    y, mo, d, h, mi, s, sign, oh, om = m.groups()
    return f"{y}-{mo}-{d}T{h}:{mi}:{s}{sign}{oh}:{om}"


def check_xmp(pdf, part, label):
    x = xmp_values(pdf)
    q = lambda ns, name: x.get(f"{{{NS[ns]}}}{name}")  # noqa: E731
    check(q("pdfaid", "part") == str(part), f"{label}: pdfaid:part {q('pdfaid', 'part')!r}, wanted {part}")
    check(q("pdfaid", "conformance") == "B", f"{label}: pdfaid:conformance {q('pdfaid', 'conformance')!r}")
    info = pdf.trailer.Info
    pairs = [("/Title", "dc", "title"), ("/Author", "dc", "creator"), ("/Subject", "dc", "description"),
             ("/Keywords", "pdf", "Keywords"), ("/Producer", "pdf", "Producer"), ("/Creator", "xmp", "CreatorTool")]
    for key, ns, name in pairs:
        if key in info:
            check(str(info[key]) == q(ns, name), f"{label}: Info {key} {str(info[key])!r} but XMP {ns}:{name} {q(ns, name)!r}")
    check("/Title" in info and str(info.Title), f"{label}: no Info /Title")
    for key, name in [("/CreationDate", "CreateDate"), ("/ModDate", "ModifyDate")]:
        check(iso_from_pdf_date(str(info.get(key, ""))) == q("xmp", name),
              f"{label}: Info {key} {info.get(key)} but XMP xmp:{name} {q('xmp', name)!r}")


def check_output_intent(pdf, label):
    intents = pdf.Root.get("/OutputIntents")
    check(intents is not None and len(intents) == 1, f"{label}: wanted one OutputIntent")
    if not intents:
        return
    intent = intents[0]
    check(intent.get("/S") == "/GTS_PDFA1", f"{label}: OutputIntent /S {intent.get('/S')}")
    check(str(intent.get("/OutputConditionIdentifier", "")) != "", f"{label}: no OutputConditionIdentifier")
    profile = intent.DestOutputProfile
    check(int(profile.N) == 3, f"{label}: profile /N {profile.N}")
    data = bytes(profile.read_bytes())
    with open(SRGB, "rb") as f:
        check(data == f.read(), f"{label}: the output intent's profile is not {SRGB}")
    check(data[8] == 2 and data[16:20] == b"RGB ", f"{label}: profile not an ICC version 2 RGB profile")


def fonts_of(pdf):
    seen = {}
    for page in pdf.pages:
        for _, font in page.Resources.get("/Font", {}).items():
            for descendant in font.get("/DescendantFonts", []):
                seen[descendant.objgen] = (font, descendant)
    return list(seen.values())


def check_structure(pdf, path, label):
    check(not pdf.is_encrypted, f"{label}: encrypted")
    ids = pdf.trailer.get("/ID")
    check(ids is not None and len(ids) == 2 and len(bytes(ids[0])) == 16 == len(bytes(ids[1])),
          f"{label}: trailer /ID {ids!r}")
    with open(path, "rb") as f:
        raw = f.read()
    check(not re.search(rb"\d+ \d+ obj[^\r\n]", raw), f"{label}: an object header shares its line")
    check(raw[:9] == b"%PDF-1.7\n" and all(b > 127 for b in raw[10:14]), f"{label}: header {raw[:15]!r}")
    for page in pdf.pages:
        check("/Group" not in page.obj and "/Annots" not in page.obj, f"{label}: a page has a group or annotations")
    check(b"/SMask" not in raw and b"/Transparency" not in raw, f"{label}: transparency")
    fonts = fonts_of(pdf)
    check(fonts, f"{label}: no CID font")
    for _, descendant in fonts:
        descriptor = descendant.FontDescriptor
        check("/FontFile2" in descriptor or "/FontFile3" in descriptor, f"{label}: {descendant.BaseFont} not embedded")


# pdfcpu's strict mode knows /AFRelationship only from PDF 2.0 and stops there, though PDF/A-3
# (on PDF 1.7) requires it on every associated file. A file with attachments must fail strict
# mode for that one reason only, and pass relaxed mode.
AF_IN_1_7 = "dict=fileSpecDict entry=AFRelationship: unsupported in version 1.7"


def pdfcpu_clean(path, attached):
    strict = pdf_checks.pdfcpu(path)
    if not attached or not strict:
        return strict
    if AF_IN_1_7 not in strict[0] or strict[0].count("validation error") != 1:
        return strict
    return pdf_checks.pdfcpu(path, relaxed=True)


def readers_clean(path, label, attached=False):
    for finding in (pdf_checks.fonts(path) + pdf_checks.qpdf(path) + pdf_checks.renders(path) +
                    pdfcpu_clean(path, attached)):
        problems.append(f"{label}: {finding}")


def common_rules(path, part, label):
    with pikepdf.open(path) as pdf:
        check_xmp(pdf, part, label)
        check_output_intent(pdf, label)
        check_structure(pdf, path, label)
        cid_sets = [d for _, d in fonts_of(pdf) if "/CIDSet" in d.FontDescriptor]
        if part == 1:
            check(len(cid_sets) == len(fonts_of(pdf)), f"{label}: a CID font without a CIDSet")
        else:
            check(not cid_sets, f"{label}: a CIDSet in PDF/A-{part}")
        attached = "/AF" in pdf.Root
    readers_clean(path, label, attached)


def drawn_cids(descendant):
    cids, widths, i = set(), list(descendant.get("/W", [])), 0
    while i < len(widths):
        first = int(widths[i])
        cids.update(range(first, first + len(widths[i + 1])))
        i += 2
    return cids


def truetype_glyph_count(program):
    tables = int.from_bytes(program[4:6], "big")
    for i in range(tables):
        record = program[12 + 16 * i: 28 + 16 * i]
        if record[:4] == b"maxp":
            offset = int.from_bytes(record[8:12], "big")
            return int.from_bytes(program[offset + 4: offset + 6], "big")
    return 0


def check_cid_sets(path):
    with pikepdf.open(path) as pdf:
        for _, descendant in fonts_of(pdf):
            descriptor = descendant.FontDescriptor
            if "/CIDSet" not in descriptor:
                continue
            bits = bytes(descriptor.CIDSet.read_bytes())
            listed = {i * 8 + b for i, byte in enumerate(bits) for b in range(8) if byte & (0x80 >> b)}
            name = str(descendant.BaseFont)
            check(0 in listed, f"1b: CIDSet of {name} lacks CID 0")
            missing = drawn_cids(descendant) - listed
            check(not missing, f"1b: CIDSet of {name} lacks drawn CIDs {sorted(missing)[:5]}")
            if "/FontFile2" in descriptor:
                count = truetype_glyph_count(bytes(descriptor.FontFile2.read_bytes()))
                check(listed == set(range(count)), f"1b: CIDSet of {name} is not glyphs 0..{count - 1}")
            else:  # CFF, drawn by CID: the CIDs are the font's own, not renumbered
                check(max(listed) > len(listed), f"1b: CIDSet of CFF {name} looks renumbered")


def input_files(campaign):
    names = ["campaign.toml"] + sorted(n for n in os.listdir(campaign) if n.endswith((".csv", ".xlsx", ".xls")))
    names += ["narrative/" + n for n in sorted(os.listdir(os.path.join(campaign, "narrative")))]
    return names


def check_attachments(path, campaign, workdir, label):
    expected = input_files(campaign)
    with pikepdf.open(path) as pdf:
        af = list(pdf.Root.get("/AF", []))
        tree = list(pdf.Root.Names.EmbeddedFiles.Names) if "/Names" in pdf.Root else []
        keys = [str(k) for k in tree[0::2]]
        check(keys == sorted(expected), f"{label}: name tree keys {keys}, wanted {sorted(expected)}")
        check(keys == sorted(keys), f"{label}: name tree keys not sorted")
        check([s.objgen for s in af] == [s.objgen for s in tree[1::2]], f"{label}: /AF and the name tree differ")
        date = str(pdf.trailer.Info.CreationDate)
        mime = {"toml": "application/toml", "csv": "text/csv", "md": "text/markdown"}
        for spec in af:
            name = str(spec.UF)
            check(str(spec.F) == name, f"{label}: {name}: /F {spec.F}")
            check(spec.get("/AFRelationship") == "/Source", f"{label}: {name}: /AFRelationship {spec.get('/AFRelationship')}")
            stream = spec.EF.F
            check(str(stream.get("/Subtype")) == "/" + mime[name.rsplit(".", 1)[1]], f"{label}: {name}: /Subtype {stream.get('/Subtype')}")
            check(str(stream.Params.ModDate) == date, f"{label}: {name}: /ModDate {stream.Params.ModDate}, Info {date}")
            check(int(stream.Params.Size) == os.path.getsize(os.path.join(campaign, name)), f"{label}: {name}: /Size")
    saved = os.path.join(workdir, label + "-detached")
    os.makedirs(os.path.join(saved, "narrative"), exist_ok=True)
    out = subprocess.run(["pdfdetach", "-saveall", "-o", saved, path], capture_output=True)
    check(out.returncode == 0, f"{label}: pdfdetach -saveall: {out.stderr.decode(errors='replace')}")
    for name in expected:
        got = os.path.join(saved, name)
        with open(os.path.join(campaign, name), "rb") as f:
            original = f.read()
        check(os.path.exists(got) and open(got, "rb").read() == original,
              f"{label}: pdfdetach does not give {name} back byte-identical")


def a1b(binary, root, workdir):
    path = os.path.join(workdir, "1b", STEM + ".pdf")
    build(binary, os.path.join(root, SEED), os.path.dirname(path), "--pdfa", "1b")
    out = subprocess.run([os.path.join(TOOLS, "preflight"), path], capture_output=True)
    check(out.returncode == 0, f"1b: Preflight: {out.stdout.decode(errors='replace')}{out.stderr.decode(errors='replace')}")
    common_rules(path, 1, "1b")
    check_cid_sets(path)


def a2b(binary, root, workdir):
    path = os.path.join(workdir, "2b", STEM + ".pdf")
    build(binary, os.path.join(root, SEED), os.path.dirname(path), "--pdfa", "2b")
    common_rules(path, 2, "2b")
    with pikepdf.open(path) as pdf:
        check("/AF" not in pdf.Root and "/Names" not in pdf.Root, "2b: attachments in PDF/A-2b")


def a3b(binary, root, workdir):
    campaign = os.path.join(root, SEED)
    first, second, bare = (os.path.join(workdir, d, STEM + ".pdf") for d in ("3b", "3b-again", "3b-bare"))
    build(binary, campaign, os.path.dirname(first), "--pdfa", "3b")
    build(binary, campaign, os.path.dirname(second), "--pdfa", "3b")
    common_rules(first, 3, "3b")
    check_attachments(first, campaign, workdir, "3b")
    check(open(first, "rb").read() == open(second, "rb").read(), "3b: two builds differ")
    build(binary, campaign, os.path.dirname(bare), "--pdfa", "3b", "--no-attach")
    common_rules(bare, 3, "3b --no-attach")
    with pikepdf.open(bare) as pdf:
        check("/AF" not in pdf.Root and "/Names" not in pdf.Root, "3b --no-attach: attachments written")


def sealed(binary, root, workdir):
    campaign = os.path.join(root, "samples", "gongwen-report")
    one, three = (os.path.join(workdir, d) for d in ("1b", "3b"))
    build(binary, campaign, one, "--pdfa", "1b")
    build(binary, campaign, three, "--pdfa", "3b")
    (path_1b,) = (os.path.join(one, f) for f in os.listdir(one) if f.endswith(".pdf"))
    (path_3b,) = (os.path.join(three, f) for f in os.listdir(three) if f.endswith(".pdf"))
    out = subprocess.run([os.path.join(TOOLS, "preflight"), path_1b], capture_output=True)
    check(out.returncode == 0,
          f"sealed 1b: Preflight: {out.stdout.decode(errors='replace')}{out.stderr.decode(errors='replace')}")
    common_rules(path_1b, 1, "sealed 1b")
    for path, label, soft, blend in ((path_1b, "1b", False, "/Normal"), (path_3b, "3b", True, "/Multiply")):
        with pikepdf.open(path) as pdf:
            drawn = [p.Resources.XObject for p in pdf.pages if "/XObject" in p.Resources]
            images = list({x[name].objgen: x[name] for x in drawn for name in x.keys()}.values())
            check(len(images) == 1, f"sealed {label}: {len(images)} seal images")
            if images:
                check(("/SMask" in images[0]) == soft, f"sealed {label}: soft mask present is {not soft}")
                check(soft or ("/Mask" in images[0] and bool(images[0].Mask.get("/ImageMask"))),
                      f"sealed {label}: no stencil mask")
            states = [p.Resources.ExtGState for p in pdf.pages if "/ExtGState" in p.Resources]
            blends = {str(st[name].get("/BM")) for st in states for name in st.keys()}
            check(blends == {blend}, f"sealed {label}: blend modes {blends}, expected {blend}")


def settings(binary, root, workdir):
    campaign = os.path.join(workdir, "campaign")
    shutil.rmtree(campaign, ignore_errors=True)
    shutil.copytree(os.path.join(root, SEED), campaign)
    toml = os.path.join(campaign, "campaign.toml")
    text = open(toml, encoding="utf-8").read()
    assert "[report]\n" in text
    by_toml = os.path.join(workdir, "toml", STEM + ".pdf")
    open(toml, "w", encoding="utf-8").write(text.replace("[report]\n", '[report]\npdfa = "3b"\n'))
    build(binary, campaign, os.path.dirname(by_toml))
    common_rules(by_toml, 3, "[report] pdfa")
    check_attachments(by_toml, campaign, workdir, "[report] pdfa")
    line = text[: text.index("[report]\n")].count("\n") + 2
    open(toml, "w", encoding="utf-8").write(text.replace("[report]\n", '[report]\npdfa = "4x"\n'))
    refused = os.path.join(workdir, "refused")
    out = build(binary, campaign, refused, expect=1)
    said = out.stderr.decode(errors="replace")
    check("campaign.toml" in said and f":{line}:" in said and "4x" in said and "PDF/A" in said,
          f"a wrong [report] pdfa is not named at campaign.toml:{line}: {said}")
    check(not glob.glob(os.path.join(refused, "*.pdf")), "a PDF was written despite a wrong [report] pdfa")
    plain = os.path.join(workdir, "plain", STEM + ".pdf")
    open(toml, "w", encoding="utf-8").write(text)
    build(binary, campaign, os.path.dirname(plain))
    with pikepdf.open(plain) as pdf:
        check("/OutputIntents" not in pdf.Root and "/AF" not in pdf.Root, "default build: PDF/A objects")
        check(b"pdfaid" not in bytes(pdf.Root.Metadata.read_bytes()), "default build: pdfaid in XMP")
    check(re.search(rb"\d+ 0 obj<<", open(plain, "rb").read()), "default build: not in PoDoFo's compact mode")


def per_unit(binary, root, workdir):
    campaign = make_county(root, workdir)
    outdir = os.path.join(workdir, "units")
    build(binary, campaign, outdir, "--per-unit", "--pdfa", "3b", "--jobs", "2")
    pdfs = sorted(glob.glob(os.path.join(outdir, "*.pdf")))
    check(len(pdfs) >= 3, f"per-unit: {len(pdfs)} PDFs")
    for path in pdfs:
        label = "per-unit " + os.path.basename(path)
        with pikepdf.open(path) as pdf:
            check_xmp(pdf, 3, label)
            check_output_intent(pdf, label)
            check_structure(pdf, path, label)
        check_attachments(path, campaign, workdir, label)
        for finding in pdf_checks.qpdf(path):
            problems.append(f"{label}: {finding}")


def main():
    return pdf_checks.run_named_check(
        {"a1b": a1b, "a2b": a2b, "a3b": a3b, "sealed": sealed, "settings": settings, "per_unit": per_unit}, problems)


if __name__ == "__main__":
    sys.exit(main())
