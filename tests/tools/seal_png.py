#!/usr/bin/env python3
"""A specimen seal as a PNG: a red ring and a five-pointed star on a transparent ground, written
with zlib alone (no imaging library). It names no organ: an office supplies its own seal.

Usage: seal_png.py OUT.png [SIZE]   (SIZE in pixels, 300 by default)
"""
import math
import struct
import sys
import zlib

RED = (230, 0, 18)


def star_contains(x, y, cx, cy, outer):
    """Whether (x, y) is inside a five-pointed star centred at (cx, cy), one point upwards."""
    inner = outer * 0.382
    points = []
    for i in range(10):
        radius = outer if i % 2 == 0 else inner
        angle = -math.pi / 2 + i * math.pi / 5
        points.append((cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
    inside = False
    for (x0, y0), (x1, y1) in zip(points, points[1:] + points[:1]):
        if (y0 > y) != (y1 > y) and x < x0 + (y - y0) * (x1 - x0) / (y1 - y0):
            inside = not inside
    return inside


def pixels(size):
    c = (size - 1) / 2
    rows = []
    for y in range(size):
        row = bytearray([0])  # filter: none
        for x in range(size):
            r = math.hypot(x - c, y - c)
            ring = 0.40 * size <= r <= 0.48 * size or 0.36 * size <= r <= 0.37 * size
            inked = ring or star_contains(x, y, c, c, 0.16 * size)
            row += bytes(RED + (255,)) if inked else bytes((0, 0, 0, 0))
        rows.append(bytes(row))
    return b"".join(rows)


def png(size=300):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(pixels(size), 9))
            + chunk(b"IEND", b""))


if __name__ == "__main__":
    with open(sys.argv[1], "wb") as f:
        f.write(png(int(sys.argv[2]) if len(sys.argv) > 2 else 300))
