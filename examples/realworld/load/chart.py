"""Draws requests per second by endpoint and concurrency, one panel per run-load.sh output (named after the file:
the part after the date), as an SVG (no plotting library needed).
Usage: chart.py out.svg results/<date>-<run>.txt [more outputs ...]"""
import re
import sys

out, files = sys.argv[1], sys.argv[2:]
data = {}


def label(path):
    m = re.search(r"\d{4}-\d{2}-\d{2}-(.+)\.txt$", path)
    return m.group(1) if m else path


for path in files:
    backend = label(path)
    for line in open(path):
        m = re.match(r"\|\s*(\w+)\s*\|\s*(\d+)\s*\|\s*([\d.]+)\s*\|", line)
        if m:
            data[(backend, m.group(1), int(m.group(2)))] = float(m.group(3))
backends = [label(p) for p in files]
endpoints = ["list", "feed", "article", "favorite"]
conc = [1, 16, 64]
colors = {1: "#9ecae1", 16: "#4292c6", 64: "#08519c"}
top = max(data.values()) * 1.1
H, left, bottom, panel = 420, 60, 60, 400
W = left + len(files) * (panel + 20) + 20
svg = ['<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" font-family="sans-serif" font-size="12">' % (W, H),
       '<rect width="100%" height="100%" fill="white"/>',
       '<text x="%d" y="20" font-size="14">Conduit under load: requests/s (wrk, 2 shared cores)</text>' % left]
for b, backend in enumerate(backends):
    x0 = left + b * (panel + 20)
    y0 = H - bottom
    svg.append('<text x="%d" y="45" font-size="13">%s</text>' % (x0, backend))
    for k in range(0, 6):
        v = top * k / 5
        y = y0 - (y0 - 60) * k / 5
        svg.append('<line x1="%d" x2="%d" y1="%.1f" y2="%.1f" stroke="#ddd"/>' % (x0, x0 + panel - 20, y, y))
        svg.append('<text x="%d" y="%.1f" text-anchor="end">%d</text>' % (x0 - 4, y + 4, v))
    group = (panel - 20) / len(endpoints)
    bar = group / (len(conc) + 1)
    for e, endpoint in enumerate(endpoints):
        for i, c in enumerate(conc):
            v = data.get((backend, endpoint, c), 0)
            h = (y0 - 60) * v / top
            x = x0 + e * group + (i + 0.5) * bar
            svg.append('<rect x="%.1f" y="%.1f" width="%.1f" height="%.1f" fill="%s"/>' % (x, y0 - h, bar - 2, h, colors[c]))
        svg.append('<text x="%.1f" y="%d" text-anchor="middle">%s</text>' % (x0 + (e + 0.5) * group, y0 + 16, endpoint))
for i, c in enumerate(conc):
    svg.append('<rect x="%d" y="%d" width="12" height="12" fill="%s"/><text x="%d" y="%d">concurrency %d</text>'
               % (left + i * 130, H - 22, colors[c], left + i * 130 + 16, H - 12, c))
svg.append("</svg>")
open(out, "w").write("\n".join(svg))
