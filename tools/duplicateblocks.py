#!/usr/bin/env python3
"""Usage: tools/duplicateblocks.py REPO FOLDER... (e.g. . app qml tests)

Counts blocks of >= 6 lines (stripped, blank lines skipped) that appear twice or more, across
the given folders of a git tree. A block is a maximal run of duplicated 6-line windows."""
import subprocess, sys, collections, hashlib
root = sys.argv[1]; dirs = sys.argv[2:]
files = subprocess.run(['git', '-C', root, 'ls-files', *dirs], capture_output=True, text=True).stdout.split()
exts = ('.cpp', '.h', '.qml', '.js', '.txt', '.py', '.sh')
W = 6
windows = collections.defaultdict(list)
content = {}
for f in files:
    if not f.endswith(exts) or f.startswith('translations/'):
        continue
    try:
        lines = open(f'{root}/{f}', encoding='utf-8').read().split('\n')
    except Exception:
        continue
    kept = [(i, l.strip()) for i, l in enumerate(lines) if l.strip()]
    content[f] = kept
    for k in range(len(kept) - W + 1):
        key = '\n'.join(l for _, l in kept[k:k + W])
        windows[key].append((f, k))
dup = set()
for key, places in windows.items():
    if len(places) >= 2:
        for p in places:
            dup.add(p)
# merge runs per file into blocks
blocks = 0
for f, kept in content.items():
    k = 0
    n = len(kept)
    while k < n:
        if (f, k) in dup:
            blocks += 1
            while k < n and (f, k) in dup:
                k += 1
        else:
            k += 1
print(f'{blocks} blocks of {W}+ lines that appear twice or more ({len(content)} files)')
