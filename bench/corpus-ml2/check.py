#!/usr/bin/env python3
"""Check the corpus: every expected string occurs in its decoded file."""
import html, json, os, re, sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.abspath(__file__))
man = {(m["folder"], m["name"]): m for m in json.load(open(os.path.join(ROOT, "manifest.json"), encoding="utf-8"))}
errors = []
langs = defaultdict(set)
fmts = defaultdict(set)
KEYS = ["language", "title", "byline", "dateline", "headings", "signature", "body_sentences", "junk_lines", "zwnj_count"]


def visible(h):
    h = re.sub(r"(?is)<(script|style|head)\b.*?</\1>", " ", h)
    h = re.sub(r"(?s)<[^>]+>", "", h)
    return html.unescape(h)


for folder in sorted(d for d in os.listdir(ROOT) if re.fullmatch(r"g\d", d)):
    exp = json.load(open(os.path.join(ROOT, folder, "expected.json"), encoding="utf-8"))["articles"]
    files = sorted(f for f in os.listdir(os.path.join(ROOT, folder)) if f != "expected.json")
    if sorted(exp) != files:
        errors.append(f"{folder}: files {files} != expected {sorted(exp)}")
    if not 4 <= len(files) <= 5:
        errors.append(f"{folder}: {len(files)} articles")
    for name, x in exp.items():
        m = man[(folder, name)]
        if list(x) != KEYS:
            errors.append(f"{folder}/{name}: keys {list(x)}")
        raw = open(os.path.join(ROOT, folder, name), "rb").read()
        text = raw.decode(m["enc"])
        if m["enc"] != "utf-8":
            try:
                raw.decode("utf-8"); errors.append(f"{name}: unexpectedly valid UTF-8")
            except UnicodeDecodeError:
                pass
        lines = text.splitlines()
        hay = visible(text) if name.endswith(".html") else text
        fmt = name.rsplit(".", 1)[1]
        langs[x["language"]].add(folder); fmts[folder].add(fmt)
        strings = [x["title"], x["byline"], x["dateline"], x["signature"]] + x["headings"] + x["body_sentences"] + x["junk_lines"]
        for s in strings:
            if s is not None and s not in hay:
                errors.append(f"{folder}/{name}: not found: {s[:60]!r}")
        if fmt in ("txt", "md"):
            for j in x["junk_lines"]:
                if j not in lines:
                    errors.append(f"{folder}/{name}: junk not a whole line: {j!r}")
        if fmt == "txt" and lines[0] != x["title"]:
            errors.append(f"{folder}/{name}: first line is not the title")
        if fmt == "html" and f'<html lang="{x["language"]}"' not in text:
            errors.append(f"{folder}/{name}: html lang missing")
        if fmt == "md":
            fm = text.split("---")[1]
            if json.dumps(x["title"], ensure_ascii=False) not in fm:
                errors.append(f"{folder}/{name}: front-matter title mismatch")
        body = " ".join(x["body_sentences"])
        words = len(body.split())
        total = len(hay.split()) if fmt != "html" else len(visible(text).split())
        if not (150 <= words and total <= 400):
            errors.append(f"{folder}/{name}: body words {words}, total words {total}")
        z = body.count("\u200c")
        if x["zwnj_count"] != (z if x["language"] in ("fa", "ur") else 0):
            errors.append(f"{folder}/{name}: zwnj_count {x['zwnj_count']} != {z}")
        if x["language"] == "fa" and z < 8:
            errors.append(f"{folder}/{name}: only {z} ZWNJ")
        if x["language"] == "ur" and not any(s.endswith("۔") for s in x["body_sentences"]):
            errors.append(f"{folder}/{name}: no ۔")
        # each sentence must be a real substring of exactly one paragraph/line (no cross-paragraph sentences)
        for s in x["body_sentences"]:
            if "\n" in s:
                errors.append(f"{folder}/{name}: sentence spans lines: {s[:40]!r}")
        print(f"{folder}/{name:42s} {x['language']} {fmt:4s} {m['enc']:7s} {m['newline']} body_words={words:3d} total_words={total:3d} sents={len(x['body_sentences']):2d} junk={len(x['junk_lines'])} zwnj={x['zwnj_count']}")

for l in ("ar", "fa", "ur", "ru", "en"):
    if len(langs[l]) < 3:
        errors.append(f"language {l} only in {sorted(langs[l])}")
if len(langs["kk"]) != 1:
    errors.append("kk must be in exactly one folder")
for f, s in fmts.items():
    if "md" not in s:
        errors.append(f"{f}: no .md")
if sum("html" in s for s in fmts.values()) != 3:
    errors.append("html must be in three folders")
encs = [m["enc"] for m in man.values()]
if encs.count("cp1251") != 1 or encs.count("cp1252") != 1:
    errors.append("encodings")
print("languages:", {k: sorted(v) for k, v in sorted(langs.items())})
if errors:
    print("\n".join("ERROR " + e for e in errors)); sys.exit(1)
print("OK")
