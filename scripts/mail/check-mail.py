#!/usr/bin/env python3
"""Reads .eml files with Python's own mail parser (email, policy=default) and checks each one
against what it should say. Used by the Swift tests (MailParserTests) and scripts/soak.sh.

Usage: check-mail.py FOLDER            every *.eml of FOLDER; FOLDER/expected.json, when there,
                                       maps a file name to {from_name, from_addr, to_name,
                                       to_addr, subject, message_id, body}
Prints one line per problem and exits 1 when there is any; prints "N mails read" otherwise.
"""
import json, os, re, sys
from email import message_from_bytes, policy

ATEXT = r"[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~]+"
DOT_ATOM = ATEXT + r"(?:\." + ATEXT + r")*"
MSG_ID = re.compile(r"^<" + DOT_ATOM + "@" + DOT_ATOM + ">$")

def python_joins_with_space(got, want):
    """Python's reader keeps the folding space between two encoded words of a display name,
    where RFC 2047 section 6.2 says to drop it: it reads `Zoé Du` + `pont` as `Zoé Du pont`.
    A name takes more than one encoded word only past 42 bytes; for such a name, and only
    then, Python's reading may differ from the name by spaces alone. Perl's reader
    (check-mail.pl) compares every name exactly."""
    if got == want or len(want.encode()) <= 42:
        return False
    return got.replace(" ", "") == want.replace(" ", "")


def check(path, expected, problems):
    name = os.path.basename(path)
    raw = open(path, "rb").read()
    head = raw.split(b"\r\n\r\n", 1)[0]
    for number, line in enumerate(head.split(b"\r\n"), 1):
        if len(line) > 998:
            problems.append(f"{name}: header line {number} has {len(line)} bytes (limit 998)")
        elif len(line) > 78 and b"@" not in line:
            problems.append(f"{name}: header line {number} has {len(line)} bytes, and folds at 78")
    if b"\n" in raw.replace(b"\r\n", b""):
        problems.append(f"{name}: a bare LF")
    msg = message_from_bytes(raw, policy=policy.default)
    for defect in msg.defects:
        problems.append(f"{name}: message defect {defect!r}")
    for key in ("From", "To", "Subject", "Date", "Message-ID"):
        if len(msg.get_all(key) or []) != 1:
            problems.append(f"{name}: {len(msg.get_all(key) or [])} {key} headers")
            continue
        value = msg[key]
        for defect in getattr(value, "defects", ()):
            problems.append(f"{name}: {key} defect {defect!r}")
    unexpected = sorted(set(k.lower() for k in msg.keys()) - {"from", "to", "subject", "date", "message-id",
                        "mime-version", "content-type", "content-transfer-encoding", "content-language"})
    if unexpected:
        problems.append(f"{name}: unexpected headers {unexpected}")
    message_id = str(msg["Message-ID"]).strip()
    if not MSG_ID.match(message_id):
        problems.append(f"{name}: Message-ID {message_id!r} is not <dot-atom@dot-atom> (RFC 5322 3.6.4)")
    if msg["Date"] is not None and msg["Date"].datetime is None:
        problems.append(f"{name}: Date unreadable")
    body = msg.get_content()
    want = expected.get(name)
    if want is None:
        return
    got = {
        "from_name": msg["From"].addresses[0].display_name if msg["From"].addresses else None,
        "from_addr": msg["From"].addresses[0].addr_spec if msg["From"].addresses else None,
        "to_name": msg["To"].addresses[0].display_name if msg["To"].addresses else None,
        "to_addr": msg["To"].addresses[0].addr_spec if msg["To"].addresses else None,
        "subject": str(msg["Subject"]),
        "message_id": message_id,
        "body": body.replace("\r\n", "\n"),
    }
    for key, value in want.items():
        if key == "body":
            value = value.replace("\r\n", "\n")
        if key.endswith("_name") and python_joins_with_space(got[key] or "", value or ""):
            continue
        if (got[key] or "") != (value or ""):
            problems.append(f"{name}: {key} reads {got[key]!r}, not {value!r}")

def main():
    folder = sys.argv[1]
    expected_path = os.path.join(folder, "expected.json")
    expected = json.load(open(expected_path, encoding="utf-8")) if os.path.exists(expected_path) else {}
    problems, count = [], 0
    for name in sorted(os.listdir(folder)):
        if name.endswith(".eml"):
            count += 1
            check(os.path.join(folder, name), expected, problems)
    missing = sorted(set(expected) - set(n for n in os.listdir(folder) if n.endswith(".eml")))
    problems += [f"{name}: expected, not in the folder" for name in missing]
    for problem in problems:
        print(problem)
    if problems:
        sys.exit(1)
    print(f"{count} mails read")

main()
