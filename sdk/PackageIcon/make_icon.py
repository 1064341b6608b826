"""Draws the package icon (icon.png, 128x128): a rounded teal square with a white check mark over a document outline.
Run with plain python3 (no imaging library needed): python3 make_icon.py"""
import struct
import zlib

SIZE = 128
TEAL = (0, 110, 120, 255)
WHITE = (255, 255, 255, 255)
CLEAR = (0, 0, 0, 0)


def inside_rounded_square(x, y, margin=4, radius=22):
    lo, hi = margin, SIZE - 1 - margin
    if x < lo or x > hi or y < lo or y > hi:
        return False
    cx = min(max(x, lo + radius), hi - radius)
    cy = min(max(y, lo + radius), hi - radius)
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2


def near_segment(x, y, ax, ay, bx, by, width):
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / float(dx * dx + dy * dy)))
    px, py = ax + t * dx, ay + t * dy
    return (x - px) ** 2 + (y - py) ** 2 <= (width / 2.0) ** 2


def pixel(x, y):
    if not inside_rounded_square(x, y):
        return CLEAR
    # Document outline: a frame 4 px wide.
    left, top, right, bottom = 30, 22, 98, 106
    on_frame = left <= x <= right and top <= y <= bottom and not (left + 4 <= x <= right - 4 and top + 4 <= y <= bottom - 4)
    # Three text lines in the upper half of the document.
    on_line = any(top + 14 + 12 * i <= y <= top + 17 + 12 * i and left + 12 <= x <= right - 12 for i in range(3))
    check = near_segment(x, y, 42, 80, 58, 94, 10) or near_segment(x, y, 58, 94, 88, 60, 10)
    return WHITE if on_frame or on_line or check else TEAL


def png(width, height, rows):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    raw = b"".join(b"\x00" + bytes(value for x in range(width) for value in rows(x, y)) for y in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


with open("icon.png", "wb") as out:
    out.write(png(SIZE, SIZE, pixel))
