#!/usr/bin/env python3
"""The same report set by ReportLab's platypus, the tool users would otherwise pick.

Usage: reportlab_report.py CAMPAIGN_DIR FONT.ttf OUT.pdf

Reads the narrative files that make_text_campaign.py wrote and sets them on A4 in 16 pt with
CJK word wrap and a subset TrueType font (ReportLab cannot embed CFF fonts), with section
headings and page numbers, as our case report does.
"""
import os
import sys

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate

SECTIONS = [("【背景与起因】", "background"), ("【做法与经过】", "approach"),
            ("一、示例工程", "program-p1"), ("【成效与启示】", "results")]


def main() -> None:
    campaign, font_file, out = sys.argv[1:4]
    pdfmetrics.registerFont(TTFont("Body", font_file))
    body = ParagraphStyle("body", fontName="Body", fontSize=16, leading=28, firstLineIndent=32,
                          wordWrap="CJK", alignment=4)
    heading = ParagraphStyle("heading", parent=body, firstLineIndent=0, spaceBefore=14, spaceAfter=6)
    title = ParagraphStyle("title", parent=body, fontSize=22, leading=34, alignment=1, firstLineIndent=0)
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

    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=28 * mm, rightMargin=26 * mm,
                            topMargin=37 * mm, bottomMargin=35 * mm, invariant=1)
    doc.build(story, onFirstPage=page_number, onLaterPages=page_number)


if __name__ == "__main__":
    main()
