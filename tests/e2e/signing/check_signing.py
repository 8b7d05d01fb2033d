#!/usr/bin/env python3
"""End-to-end checks of `build --sign` (docs/submission.md), with keys and certificates made
here with openssl, judged by poppler's pdfsig against an NSS database made by certutil.

Usage: check_signing.py CHECK BINARY SOURCE_ROOT WORKDIR
  valid     --sign --cert --chain: pdfsig says "Signature is Valid"; /SubFilter
            /ETSI.CAdES.detached, /M from SOURCE_DATE_EPOCH, /Reason and /Location from
            campaign.toml; the CMS has signing-certificate-v2 and no signing-time; an incremental
            update (the unsigned file is a prefix); two builds byte-identical; one flipped byte in
            the signed range gives "Digest Mismatch"; qpdf --check clean; the key appears nowhere
  pdfa      --pdfa 1b and 3b with --sign: still valid signatures, qpdf clean, Preflight valid at 1b
  per_unit  --per-unit --sign: every report's signature is valid
  visible   --sign-visible: still valid; the widget (/F 4, an /AP /N stream) has a non-zero /Rect
            on the page with the 落款 (the gongwen sample), left of it and level with it; that
            page's text shows the signer; byte-identical rebuilds; with --pdfa 1b Preflight valid;
            a report without a 落款 shows it on its last page; without --sign exit 2
  refused   a key that does not match the certificate, an expired certificate, a wrong
            password, an unreadable certificate: exit 2, a diagnostic naming the file, no PDF
"""
import glob
import os
import re
import subprocess
import sys
import time

import pikepdf

HERE = os.path.dirname(os.path.abspath(__file__))
TOOLS = os.path.join(HERE, "..", "..", "tools")
sys.path.insert(0, TOOLS)
import pdf_checks  # noqa: E402
from county import make_county  # noqa: E402

SEED = "samples/suiling-dangjian-winter"
STEM = "绥棱县党建之冬活动"
GONGWEN = "samples/gongwen-report"  # a 公文 with a 落款 (and a seal over it)
GONGWEN_STEM = "绥棱县党建之冬活动情况的报告"
EPOCH = "1479705780"
problems = []


def check(condition, message):
    if not condition:
        problems.append(message)


def sh(*command, cwd=None):
    out = subprocess.run(command, capture_output=True, cwd=cwd)
    if out.returncode != 0:
        raise SystemExit(f"{' '.join(command)}: {out.stderr.decode(errors='replace')}")
    return out.stdout.decode(errors="replace")


def make_keys(workdir):
    """A CA, a signer it certifies, an unrelated key, an expired certificate, an encrypted key."""
    k = os.path.join(workdir, "keys")
    os.makedirs(k)
    sh("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.pem",
       "-days", "3650", "-subj", "/CN=测试根证书/O=测试", "-utf8", cwd=k)
    sh("openssl", "req", "-newkey", "rsa:2048", "-nodes", "-keyout", "signer.key", "-out", "signer.csr",
       "-subj", "/CN=绥棱县委组织部/O=绥棱县", "-utf8", cwd=k)
    with open(os.path.join(k, "ext.cnf"), "w") as f:
        f.write("keyUsage = critical, digitalSignature, nonRepudiation\n")
    sh("openssl", "x509", "-req", "-in", "signer.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-set_serial", "2",
       "-days", "365", "-extfile", "ext.cnf", "-out", "signer.pem", cwd=k)
    sh("openssl", "genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-out", "other.key", cwd=k)
    sh("openssl", "pkcs8", "-topk8", "-in", "signer.key", "-out", "locked.key", "-v2", "aes-256-cbc",
       "-passout", "pass:正确口令", cwd=k)
    with open(os.path.join(k, "right.pass"), "w") as f:
        f.write("正确口令\n")
    with open(os.path.join(k, "wrong.pass"), "w") as f:
        f.write("错误口令\n")
    # An expired certificate: `openssl ca` is the openssl command that sets past dates.
    with open(os.path.join(k, "ca.cnf"), "w") as f:
        f.write("[ca]\ndefault_ca = d\n[d]\ndatabase = index.txt\nnew_certs_dir = .\nserial = serial\n"
                "default_md = sha256\npolicy = p\n[p]\ncommonName = supplied\n")
    open(os.path.join(k, "index.txt"), "w").close()
    with open(os.path.join(k, "serial"), "w") as f:
        f.write("10\n")
    sh("openssl", "ca", "-batch", "-config", "ca.cnf", "-selfsign", "-keyfile", "other.key", "-in",
       make_csr(k, "other.key"), "-out", "expired.pem", "-startdate", "20200101000000Z", "-enddate",
       "20200201000000Z", "-notext", cwd=k)
    nss = os.path.join(workdir, "nss")
    os.makedirs(nss)
    sh("certutil", "-N", "-d", "sql:" + nss, "--empty-password")
    sh("certutil", "-A", "-d", "sql:" + nss, "-n", "test-ca", "-t", "CT,C,C", "-i", os.path.join(k, "ca.pem"))
    return k, nss


def make_csr(k, key):
    sh("openssl", "req", "-new", "-key", key, "-out", "other.csr", "-subj", "/CN=过期", "-utf8", cwd=k)
    return "other.csr"


def build(binary, campaign, outdir, *options, expect=0):
    env = dict(os.environ, SOURCE_DATE_EPOCH=EPOCH)
    out = subprocess.run([binary, "build", campaign, "-o", outdir, "--format", "pdf", "-q", *options],
                         capture_output=True, env=env)
    check(out.returncode == expect,
          f"build {' '.join(options)}: exit {out.returncode}, wanted {expect}: {out.stderr.decode(errors='replace')}")
    return out


def sign_options(k, *more):
    return ["--sign", os.path.join(k, "signer.key"), "--cert", os.path.join(k, "signer.pem"),
            "--chain", os.path.join(k, "ca.pem"), *more]


def pdfsig(nss, path):
    out = subprocess.run(["pdfsig", "-nssdir", "sql:" + nss, path], capture_output=True)
    return (out.stdout + out.stderr).decode(errors="replace")


def signature_valid(nss, path, label):
    said = pdfsig(nss, path)
    check("Signature is Valid" in said, f"{label}: pdfsig: {said}")


def signature_dictionary(pdf):
    fields = [f for f in pdf.Root.AcroForm.Fields if f.get("/FT") == "/Sig"]
    check(len(fields) == 1, f"{len(fields)} signature fields")
    return fields[0].V


def cms_der(contents):
    data = bytes(contents)
    if data[1] & 0x80:
        n = data[1] & 0x7F
        return data[: 2 + n + int.from_bytes(data[2:2 + n], "big")]
    return data[: 2 + data[1]]


def valid(binary, root, workdir):
    k, nss = make_keys(workdir)
    campaign = os.path.join(root, SEED)
    first, second, unsigned = (os.path.join(workdir, d, STEM + ".pdf") for d in ("a", "b", "plain"))
    build(binary, campaign, os.path.dirname(first), *sign_options(k))
    time.sleep(1.5)  # a time stamp from the clock would now differ
    build(binary, campaign, os.path.dirname(second), *sign_options(k))
    build(binary, campaign, os.path.dirname(unsigned))
    signature_valid(nss, first, "signed")
    data = open(first, "rb").read()
    check(data == open(second, "rb").read(), "two signed builds differ")
    check(data.startswith(open(unsigned, "rb").read()), "the signature is not an incremental update")
    update = data[len(open(unsigned, "rb").read()):]
    dates = set(re.findall(rb"\((D:\d{14}[^)]*)\)", update))
    check(dates == {b"D:20161121132300+08'00'"}, f"the update carries other dates than the document's: {dates}")
    key_body = "".join(open(os.path.join(k, "signer.key")).read().splitlines()[1:-1]).encode()
    check(key_body[:40] not in data, "the private key is in the PDF")
    with pikepdf.open(first) as pdf:
        sig = signature_dictionary(pdf)
        check(sig.get("/SubFilter") == "/ETSI.CAdES.detached", f"/SubFilter {sig.get('/SubFilter')}")
        check(str(sig.get("/M")) == "D:20161121132300+08'00'", f"/M {sig.get('/M')}")
        check(str(sig.get("/Reason", "")) == "中共绥棱县委签发", f"/Reason {sig.get('/Reason')}")
        check(str(sig.get("/Location", "")) == "黑龙江省绥化市绥棱县", f"/Location {sig.get('/Location')}")
        der = cms_der(sig.Contents)
    with open(os.path.join(workdir, "sig.der"), "wb") as f:
        f.write(der)
    printed = sh("openssl", "cms", "-cmsout", "-print", "-inform", "DER", "-in", os.path.join(workdir, "sig.der"))
    check("signingCertificateV2" in printed or "id-smime-aa-signingCertificateV2" in printed,
          "the CMS has no signing-certificate-v2")
    check("signingTime" not in printed, "the CMS has a signing-time attribute (not PAdES B-B)")
    for finding in pdf_checks.qpdf(first):
        problems.append(f"signed: {finding}")
    # One byte flipped inside the first signed range, in a stream's data.
    flipped = bytearray(data)
    at = data.index(b"stream\n", 2000) + 40
    flipped[at] ^= 0x01
    broken = os.path.join(workdir, "flipped.pdf")
    open(broken, "wb").write(flipped)
    said = pdfsig(nss, broken)
    check("Digest Mismatch" in said, f"a flipped byte: pdfsig does not report a digest mismatch: {said}")


def pdfa(binary, root, workdir):
    k, nss = make_keys(workdir)
    campaign = os.path.join(root, SEED)
    for level in ("1b", "3b"):
        path = os.path.join(workdir, level, STEM + ".pdf")
        build(binary, campaign, os.path.dirname(path), "--pdfa", level, *sign_options(k))
        signature_valid(nss, path, level)
        for finding in pdf_checks.qpdf(path) + pdf_checks.renders(path):
            problems.append(f"{level}: {finding}")
        if level == "1b":
            out = subprocess.run([os.path.join(TOOLS, "preflight"), path], capture_output=True)
            check(out.returncode == 0, f"signed 1b: Preflight: {out.stdout.decode(errors='replace')}")


def per_unit(binary, root, workdir):
    k, nss = make_keys(workdir)
    outdir = os.path.join(workdir, "units")
    build(binary, make_county(root, workdir), outdir, "--per-unit", "--pdfa", "3b", "--jobs", "2", *sign_options(k))
    pdfs = sorted(glob.glob(os.path.join(outdir, "*.pdf")))
    check(len(pdfs) >= 3, f"per-unit: {len(pdfs)} PDFs")
    for path in pdfs:
        signature_valid(nss, path, os.path.basename(path))


SIGNER = "绥棱县委组织部"  # the test certificate's CN
ORGANIZATION = "中共绥棱县委"  # the gongwen sample's 落款


def page_text(path, number):
    return sh("pdftotext", "-f", str(number), "-l", str(number), "-layout", path, "-")


def signature_lines(path):
    """(page number, [(xMin, yMin, xMax, yMax)]) of the 落款's words on the last page that has the
    organisation's name, read from pdftotext -bbox (y from the page's top)."""
    html = sh("pdftotext", "-bbox", path, "-")
    pages = html.split("<page ")[1:]
    found = None
    for number, page in enumerate(pages, 1):
        words = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>',
                           page)
        boxes = [tuple(float(v) for v in w[:4]) for w in words if w[4] == ORGANIZATION]
        if boxes:
            height = float(re.search(r'height="([\d.]+)"', page).group(1))
            found = (number, boxes, height)
    return found


def check_widget(path, unsigned):
    found = signature_lines(unsigned)
    check(found is not None, "the unsigned report has no 落款")
    if found is None:
        return
    number, boxes, height = found
    with pikepdf.open(path) as pdf:
        fields = [f for f in pdf.Root.AcroForm.Fields if f.get("/FT") == "/Sig"]
        check(len(fields) == 1, f"{len(fields)} signature fields")
        widget = fields[0]
        pages = [i + 1 for i, page in enumerate(pdf.pages)
                 if any(a.objgen == widget.objgen for a in page.obj.get("/Annots", []))]
        check(pages == [number], f"the widget is on pages {pages}, the 落款 on page {number}")
        x0, y0, x1, y1 = (float(v) for v in widget.Rect)
        check(x1 - x0 > 20 and y1 - y0 > 10, f"the widget's /Rect is too small: {list(widget.Rect)}")
        check(int(widget.get("/F", 0)) == 4, f"/F {widget.get('/F')}")
        normal = widget.AP.N
        check(isinstance(normal, pikepdf.Stream) and len(normal.read_bytes()) > 20, "/AP /N is no drawing")
        # Left of the 落款, level with it (pdftotext measures from the top, /Rect from the bottom).
        left = min(b[0] for b in boxes)
        top, bottom = height - min(b[1] for b in boxes), height - max(b[3] for b in boxes)
        check(x1 <= left, f"the box ({x0:.0f}..{x1:.0f}) overlaps the 落款 (from x {left:.0f})")
        check(y0 < top + 30 and y1 > bottom - 30, f"the box ({y0:.0f}..{y1:.0f}) is not level with the 落款 "
                                                  f"({bottom:.0f}..{top:.0f})")
    check(SIGNER in page_text(path, number), f"page {number}'s text does not show the signer")
    check(SIGNER not in page_text(unsigned, number), "the unsigned page already shows the signer")


def visible(binary, root, workdir):
    k, nss = make_keys(workdir)
    campaign = os.path.join(root, GONGWEN)
    unsigned = os.path.join(workdir, "plain", GONGWEN_STEM + ".pdf")
    build(binary, campaign, os.path.dirname(unsigned))
    first, second = (os.path.join(workdir, d, GONGWEN_STEM + ".pdf") for d in ("a", "b"))
    for path in (first, second):
        build(binary, campaign, os.path.dirname(path), *sign_options(k, "--sign-visible"))
    signature_valid(nss, first, "visible")
    check(open(first, "rb").read() == open(second, "rb").read(), "two visible signed builds differ")
    check_widget(first, unsigned)
    for finding in pdf_checks.qpdf(first) + pdf_checks.renders(first):
        problems.append(f"visible: {finding}")
    a1b, plain_a1b = (os.path.join(workdir, d, GONGWEN_STEM + ".pdf") for d in ("a1b", "plain-a1b"))
    build(binary, campaign, os.path.dirname(plain_a1b), "--pdfa", "1b")
    build(binary, campaign, os.path.dirname(a1b), "--pdfa", "1b", *sign_options(k, "--sign-visible"))
    signature_valid(nss, a1b, "visible 1b")
    check_widget(a1b, plain_a1b)
    out = subprocess.run([os.path.join(TOOLS, "preflight"), a1b], capture_output=True)
    check(out.returncode == 0, f"visible 1b: Preflight: {out.stdout.decode(errors='replace')}")
    # A report without a 落款: the box is on the last page.
    seed = os.path.join(workdir, "seed", STEM + ".pdf")
    build(binary, os.path.join(root, SEED), os.path.dirname(seed), *sign_options(k, "--sign-visible"))
    signature_valid(nss, seed, "visible without a 落款")
    with pikepdf.open(seed) as pdf:
        count = len(pdf.pages)
        annots = pdf.pages[-1].obj.get("/Annots", [])
        check(any(a.get("/FT") == "/Sig" and float(a.Rect[2]) > float(a.Rect[0]) for a in annots),
              "without a 落款: no visible signature on the last page")
    check(SIGNER in page_text(seed, count), "without a 落款: the last page's text does not show the signer")
    alone = os.path.join(workdir, "alone")
    build(binary, campaign, alone, "--sign-visible", expect=2)
    check(not glob.glob(os.path.join(alone, "*")), "--sign-visible alone: something was written")


def refused(binary, root, workdir):
    k, _ = make_keys(workdir)
    campaign = os.path.join(root, SEED)
    key, cert = os.path.join(k, "signer.key"), os.path.join(k, "signer.pem")
    cases = [
        ("mismatch", ["--sign", os.path.join(k, "other.key"), "--cert", cert], "other.key", "不配对"),
        ("expired", ["--sign", os.path.join(k, "other.key"), "--cert", os.path.join(k, "expired.pem")],
         "expired.pem", "过期"),
        ("wrong password", ["--sign", os.path.join(k, "locked.key"), "--cert", cert, "--key-pass-file",
                            os.path.join(k, "wrong.pass")], "locked.key", "口令"),
        ("no password", ["--sign", os.path.join(k, "locked.key"), "--cert", cert], "locked.key", "口令"),
        ("unreadable certificate", ["--sign", key, "--cert", os.path.join(k, "ca.cnf")], "ca.cnf", "证书"),
    ]
    for label, options, names, says in cases:
        outdir = os.path.join(workdir, re.sub(r"\W", "-", label))
        out = build(binary, campaign, outdir, *options, expect=2)
        said = out.stderr.decode(errors="replace")
        check(names in said and says in said, f"{label}: the diagnostic does not name {names} with {says}: {said}")
        check(not glob.glob(os.path.join(outdir, "*")), f"{label}: something was written")
    outdir = os.path.join(workdir, "right-password")
    build(binary, campaign, outdir, "--sign", os.path.join(k, "locked.key"), "--cert", cert, "--key-pass-file",
          os.path.join(k, "right.pass"))
    check(os.path.exists(os.path.join(outdir, STEM + ".pdf")), "the right password: no PDF")


def main():
    return pdf_checks.run_named_check(
        {"valid": valid, "pdfa": pdfa, "per_unit": per_unit, "visible": visible, "refused": refused}, problems)


if __name__ == "__main__":
    sys.exit(main())
