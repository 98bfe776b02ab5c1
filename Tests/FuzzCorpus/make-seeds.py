#!/usr/bin/env python3
"""Writes the seed corpus of every fuzz target from the repository's own files, plus the hostile
inputs of issue 17. Run from the package root: python3 Tests/FuzzCorpus/make-seeds.py
Crashers that libFuzzer finds are copied next to the seeds by hand (crash-*), never regenerated."""
import glob, os

CMDLETS = ["Get-CsOnlineUser", "Get-CsPhoneNumberAssignment", "Get-CsOnlineLisCivicAddress",
           "Get-CsOnlineLisLocation", "Get-MgSubscribedSku"]
root = "Tests/FuzzCorpus"

def put(target, name, data):
    os.makedirs(f"{root}/{target}", exist_ok=True)
    with open(f"{root}/{target}/{name}", "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode())

GUIDE_HEAD = "---\nguide: fuzz\nlang: en\ntitle: Fuzz\n---\n\n# Fuzz\n\n## One\n"

# guide: the shipped guides and the inputs that crashed or stalled lint and plan
for path in sorted(glob.glob("content/guides/*/*.md")):
    put("guide", "seed-" + path.split("/")[-2] + "-" + os.path.basename(path), open(path, "rb").read())
put("guide", "issue17-max-length-overflow.md", GUIDE_HEAD +
    "<!-- step\nid: one\ninputs:\n  - id: name\n    type: string\n    label: Name\n    max-length: 9223372036854775808\n-->\n")
put("guide", "issue17-min-huge.md", GUIDE_HEAD +
    "<!-- step\nid: one\ninputs:\n  - id: n\n    type: integer\n    label: N\n    min: 1e300\n    max: .nan\n-->\n")
put("guide", "issue17-order-overflow.md", "---\nguide: fuzz\nlang: en\ntitle: Fuzz\norder: 99999999999999999999\n---\n")
put("guide", "issue17-deep-quotes.md", GUIDE_HEAD + ">" * 40000 + " deep\n")
put("guide", "issue17-deep-list.md", GUIDE_HEAD + "1. " * 30000 + "deep\n")
put("guide", "issue17-deep-emphasis.md", GUIDE_HEAD + "*" * 40000 + "a" + "*" * 40000 + "\n")
put("guide", "issue17-deep-yaml.md", GUIDE_HEAD + "<!-- step\nid: one\nrequires: " + "[" * 40000 + "\n-->\n")
put("guide", "issue17-long-check-name.md", GUIDE_HEAD +
    "<!-- step\nid: one\nchecks:\n  - check: " + "x" * 100000 + "\n-->\n")

# answers
for path in sorted(glob.glob("content/examples/*.yaml")):
    put("answers", "seed-" + os.path.basename(path), open(path, "rb").read())
put("answers", "issue17-deep-flow.yaml", "country: FR\nsteps: " + "[" * 40000 + "\n")
put("answers", "issue17-deep-block.yaml", "steps:\n" + "".join("  " * i + "- \n" for i in range(200)))
put("answers", "issue17-huge-number.yaml", "country: FR\nsteps:\n  licences: { quantity: 9223372036854775808 }\n")

# exports: the first byte picks the cmdlet (and, for UTF-16, JSON or CSV and the byte order)
for path in sorted(glob.glob("Tests/RealShapes/*/*")):
    name = os.path.basename(path)
    stem, _, ext = name.rpartition(".")
    if stem not in CMDLETS or ext not in ("json", "csv"):
        continue
    data = open(path, "rb").read()
    case = path.split("/")[-2]
    index = CMDLETS.index(stem)
    if data.startswith(b"\xff\xfe"):
        put("export-utf16", f"seed-{case}-{name}", bytes([index | (0x40 if ext == "csv" else 0)]) + data[2:])
        continue
    target = "export-json" if ext == "json" else "export-csv"
    put(target, f"seed-{case}-{name}", bytes([index]) + data)
    # the same file as Windows PowerShell writes it: UTF-16 LE, and once big endian
    text = data[3:] if data.startswith(b"\xef\xbb\xbf") else data
    try:
        utf16 = text.decode("utf-8").encode("utf-16-le")
    except UnicodeDecodeError:
        continue
    flag = 0x40 if ext == "csv" else 0
    put("export-utf16", f"seed-{case}-{name}.le", bytes([index | flag]) + utf16)
    if len(data) < 20000:
        put("export-utf16", f"seed-{case}-{name}.be", bytes([index | flag | 0x80]) + text.decode("utf-8").encode("utf-16-be"))
put("export-json", "issue17-deep-array.json", bytes([0]) + b"[" * 40000)
put("export-utf16", "odd-length.json", bytes([0]) + b"[\x00{")

# docfx: the project's own fixture articles and the quadratic import
for path in sorted(glob.glob("Tests/SetupGuideTests/Fixtures/Articles/*")):
    put("docfx", "seed-" + os.path.basename(path), open(path, "rb").read())
put("docfx", "issue17-nested-list.md", "---\ntitle: Deep\n---\n\n## Étape 1 : deep\n\n" + "1. " * 10000 + "x\n")
put("docfx", "issue17-nested-plain.txt", "Title\n\nÉtape 1 : deep\n\n" + "".join(" " * i + "1. item\n" for i in range(300)))

# users CSV
for path in sorted(glob.glob("content/examples/*.csv")):
    put("users-csv", "seed-" + os.path.basename(path), open(path, "rb").read())
put("users-csv", "unterminated-quote.csv", 'UserPrincipalName,DisplayName,UsageLocation,City,Department,PreferredLanguage\n"a@b.fr,A\n')
