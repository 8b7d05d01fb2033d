#!/usr/bin/env python3
"""The same report set by ReportLab's platypus, the tool users would otherwise pick.

Usage: reportlab_report.py CAMPAIGN_DIR FONT.ttf OUT.pdf

Reads the narrative files that make_text_campaign.py wrote and sets them on A4 in 16 pt with
CJK word wrap and a subset TrueType font (ReportLab cannot embed CFF fonts), with section
headings and page numbers, in the GB/T 9704 text area and line pitch, as our gbt9704 style does.
"""
import os
import sys

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

SECTIONS = [("一、背景与起因", "background"), ("二、做法与经过", "approach"),
            ("（一）示例工程", "program-p1"), ("三、成效与启示", "results")]


def main() -> None:
    campaign, font_file, out = sys.argv[1:4]
    pdfmetrics.registerFont(TTFont("Body", font_file))
    body = ParagraphStyle("body", fontName="Body", fontSize=16, leading=225 * mm / 22, firstLineIndent=32,
                          wordWrap="CJK", alignment=4)
    heading = ParagraphStyle("heading", parent=body, alignment=0)
    title = ParagraphStyle("title", parent=body, fontSize=22, alignment=1, firstLineIndent=0, spaceAfter=225 * mm / 22)
    story = [Paragraph("示例县基层党建工作报告", title)]
    for caption, name in SECTIONS:
        story.append(Paragraph(caption, heading))
        with open(os.path.join(campaign, "narrative", name + ".md"), encoding="utf-8") as f:
            for para in f.read().split("\n\n"):
                if para.strip():
                    story.append(Paragraph(para.strip(), body))

    def page_number(canvas, doc):
        canvas.setFont("Body", 14)
        canvas.drawCentredString(A4[0] / 2, 15 * mm, f"— {doc.page} —")

    # The GB/T 9704 text area with no frame padding: the same measure as ours.
    frame = Frame(28 * mm, A4[1] - 37 * mm - 225 * mm, 156 * mm, 225 * mm,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc = BaseDocTemplate(out, pagesize=A4, invariant=1,
                          pageTemplates=[PageTemplate(frames=[frame], onPage=page_number)])
    doc.build(story)


if __name__ == "__main__":
    main()
