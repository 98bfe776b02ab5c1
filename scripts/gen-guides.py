#!/usr/bin/env python3
"""Writes a folder of realistic guides in SetupGuide's format, for the parse benchmark.

Usage: gen-guides.py OUT_DIR [MEGABYTES]   (default 10 MB; deterministic output)
Each file has front matter, steps with YAML annotations, numbered and nested tasks, DocFX
alerts, one-cell tables, links and images, in French with accents and no-break spaces.
"""
import os
import random
import sys

out = sys.argv[1]
target = int(float(sys.argv[2] if len(sys.argv) > 2 else 10) * 1024 * 1024)
rng = random.Random(42)
words = ("numéro adresse d'urgence licence forfait d'appels utilisateur centre d'administration Teams "
         "opérateur réservation lieu bâtiment étage validation pays indicatif file d'attente standard "
         "automatique crédits communication portage lettre autorisation service gratuit payant").split()


def sentence(n=14):
    text = " ".join(rng.choice(words) for _ in range(n))
    return text[0].upper() + text[1:] + "."


def step(guide, index):
    sid = f"g{guide}-s{index}"
    requires = f"[g{guide}-s{index - 1}]" if index > 0 else "[]"
    lines = [
        f"## <a name=\"{sid}\"></a>Étape {index + 1}\u00a0: {sentence(5)[:-1]}",
        "<!-- step",
        f"id: {sid}",
        f"requires: {requires}",
        "spends: false",
        "inputs:",
        "  - id: quantity",
        "    type: integer",
        "    label: Nombre de numéros",
        "    default: 10",
        "    min: 1",
        "    max: 999",
        "actions:",
        "  - do: numbers.search",
        "    with: { country: $country, quantity: $quantity }",
        "checks:",
        "  - check: numbers.acquired",
        "-->",
        "",
        sentence(30) + " " + sentence(20),
        "",
    ]
    for t in range(1, 6):
        lines.append(f"{t}. {sentence(12)} **{rng.choice(words)}** [{rng.choice(words)}](../page-{t}.md).")
        lines.append("")
        lines.append(f"    1. {sentence(10)}")
        lines.append(f"    2. [ ] {sentence(8)}")
        lines.append("")
        if t == 3:
            lines += ["||", "|:-----|", f"|**IMPORTANT**\u00a0: {sentence(15)}|", ""]
    lines += ["> [!TIP]", f"> {sentence(25)}", "", f"![{sentence(4)}](../images/{sid}.png)", ""]
    return "\n".join(lines)


os.makedirs(out, exist_ok=True)
written = 0
guide = 0
while written < target:
    parts = [f"---\nguide: bench-{guide}\nlang: fr\ntitle: Guide {guide}\norder: {guide}\n---\n\n# Guide {guide}\n\n{sentence(40)}\n"]
    for index in range(60):
        parts.append(step(guide, index))
    text = "\n".join(parts)
    with open(os.path.join(out, f"guide-{guide:04d}.md"), "w", encoding="utf-8") as f:
        f.write(text)
    written += len(text.encode("utf-8"))
    guide += 1
print(f"{guide} files, {written / 1024 / 1024:.1f} MB in {out}")
