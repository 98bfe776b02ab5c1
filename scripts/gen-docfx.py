#!/usr/bin/env python3
"""Generate realistic Microsoft Learn (DocFX) setup articles for the import benchmark.

Each article has YAML front matter, a title, an introduction, numbered step headings
("Étape N :" or "Step N:", with <a name> anchors and the no-break spaces translation tools
leave), numbered lists with nested items, alerts, one-cell tables, links, images, and now and
then an ordering note or a "See also" section. The output is deterministic for a given seed.

    python3 scripts/gen-docfx.py bench-data/articles --count 3000 --min-bytes 20000000
"""
import argparse
import os
import random

FR_WORDS = (
    "le la les des un une du de votre vos numéro numéros téléphone utilisateur utilisateurs licence licences "
    "adresse adresses urgence emplacement centre administration Teams Microsoft 365 appel appels plan forfait "
    "sélectionnez cliquez choisissez entrez enregistrez validez affectez attribuez configurez vérifiez pays région "
    "organisation service opérateur file attente standard automatique crédits communication pour dans avec sur "
    "puis ensuite page volet paramètres stratégie routage direct connectivité réseau RTC nouveau nouvelle liste"
).split()
EN_WORDS = (
    "the a your phone number numbers user users licence licenses address addresses emergency location admin center "
    "Teams Microsoft 365 call calls plan calling select click choose enter save validate assign configure check "
    "country region organization service operator queue auto attendant credits communication for in with on then "
    "page pane settings policy routing direct connectivity network PSTN new list"
).split()
FR_VERBS = ["Sélectionnez", "Cliquez sur", "Choisissez", "Entrez", "Vérifiez", "Attribuez", "Configurez", "Ouvrez"]
EN_VERBS = ["Select", "Click", "Choose", "Enter", "Check", "Assign", "Configure", "Open"]
ALERTS = ["NOTE", "TIP", "IMPORTANT", "CAUTION", "WARNING"]
SPACES = [" ", "\u00a0", "\u202f"]


def words(rng, vocab, n):
    return " ".join(rng.choice(vocab) for _ in range(n))


def sentence(rng, vocab, lo=6, hi=16):
    text = words(rng, vocab, rng.randint(lo, hi))
    if rng.random() < 0.3:
        text += " **" + words(rng, vocab, rng.randint(1, 3)) + "**"
    if rng.random() < 0.25:
        text += " [" + words(rng, vocab, rng.randint(2, 5)) + "](" + link(rng) + ")"
    return text[0].upper() + text[1:] + "."


def link(rng):
    kind = rng.random()
    if kind < 0.5:
        return "../" + rng.choice(["skype-for-business", "teams-add-on-licensing", "what-is-phone-system"]) + "/" + "-".join(
            rng.choice(EN_WORDS).lower() for _ in range(3)) + ".md"
    if kind < 0.8:
        return "-".join(rng.choice(EN_WORDS).lower() for _ in range(3)) + ".md#" + rng.choice(EN_WORDS).lower()
    return "https://learn.microsoft.com/en-us/" + "-".join(rng.choice(EN_WORDS).lower() for _ in range(2))


def paragraph(rng, vocab, n=None):
    return " ".join(sentence(rng, vocab) for _ in range(n or rng.randint(1, 3)))


def alert(rng, vocab, indent=""):
    kind = rng.choice(ALERTS)
    lines = [f"{indent}> [!{kind}]"]
    for _ in range(rng.randint(1, 2)):
        lines.append(f"{indent}> {paragraph(rng, vocab, rng.randint(1, 2))}")
    return "\n".join(lines)


def task_list(rng, vocab, verbs, depth=0):
    indent = "   " * depth
    out = []
    for i in range(1, rng.randint(2, 6) + 1):
        out.append(f"{indent}{i}. {rng.choice(verbs)} {sentence(rng, vocab, 5, 16)}")
        r = rng.random()
        if depth < 2 and r < 0.1:
            out.append("")
            out.append(task_list(rng, vocab, verbs, depth + 1))
        elif r < 0.35:
            out.append("")
            out.append(alert(rng, vocab, indent + "   "))
        elif r < 0.45:
            out.append("")
            out.append(f"{indent}   ![{words(rng, vocab, 6)}](../images/{rng.getrandbits(64):016x}.png)")
        elif r < 0.5 and depth == 0:
            # a one-cell table at column 1 splits the list, as Learn articles do
            out.append("")
            out.append("||\n|:-----|\n|**IMPORTANT**: " + paragraph(rng, vocab, 1) + " |")
        out.append("")
    return "\n".join(out)


def article(rng, index):
    french = rng.random() < 0.6
    vocab, verbs = (FR_WORDS, FR_VERBS) if french else (EN_WORDS, EN_VERBS)
    title = words(rng, vocab, rng.randint(4, 9)).capitalize()
    lines = [
        "---",
        f'title: "{title}"',
        "ms.author: author" + str(index % 17),
        "author: writer" + str(index % 13),
        "manager: serdars",
        f"ms.date: {rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/{rng.randint(2017, 2024)}",
        "ms.topic: article",
        "ms.service: msteams",
        "ms.collection:",
        "- M365-voice",
        "- m365initiative-voice",
        "audience: Admin",
        "appliesto:",
        "- Microsoft Teams",
        "ms.localizationpriority: medium",
        "ms.custom:",
        "- Phone System",
        f'description: "{sentence(rng, vocab, 10, 25)}"',
        f"ms.contentlocale: {'fr-FR' if french else 'en-US'}",
        f'ms.locfileid: "{rng.randint(10**7, 10**8)}"',
        "---",
        f'# <a name="{"-".join(title.lower().split()[:6])}"></a>{title}',
        "",
        paragraph(rng, vocab),
        "",
    ]
    if rng.random() < 0.3:
        lines += [alert(rng, vocab), ""]
    steps = rng.randint(3, 7)
    word = "Étape" if french else "Step"
    for n in range(1, steps + 1):
        space = rng.choice(SPACES)
        separator = rng.choice([f"{space}:", ".", " -", ":"]) if not french else rng.choice([f"{space}:", ".", f"{space}:"])
        heading_title = words(rng, vocab, rng.randint(3, 8))
        anchor = f"step-{n}-" + "-".join(rng.choice(EN_WORDS).lower() for _ in range(4))
        level = "##" if rng.random() < 0.9 else "###"
        if rng.random() < 0.8:
            lines.append(f'{level} <a name="{anchor}"></a>{word}{space}{n}{separator} {heading_title}')
        else:
            lines.append(f"{level} {word} {n}{separator} {heading_title}")
            lines.append(f'<a name="{anchor}"> </a>')
        lines.append("")
        if rng.random() < 0.5:
            lines += [paragraph(rng, vocab, rng.randint(1, 2)), ""]
        if n > 1 and rng.random() < 0.05:
            if french:
                lines += [f"Si vous êtes en dehors des États-Unis, procédez d'abord comme l'étape {n - 1}, puis effectuez l'étape {n}.", ""]
            else:
                lines += [f"If you are outside the United States, do step {n - 1} first, then step {n}.", ""]
        if rng.random() < 0.85:
            lines += [task_list(rng, vocab, verbs), ""]
        if rng.random() < 0.15:
            lines += [f"### {sentence(rng, vocab, 3, 6).rstrip('.')}", "", task_list(rng, vocab, verbs), ""]
        if rng.random() < 0.2:
            lines += [alert(rng, vocab), ""]
        if rng.random() < 0.2:
            lines += [f"![{words(rng, vocab, 5)}](../images/{rng.getrandbits(64):016x}.png)", ""]
    lines += ["## " + ("Rubriques connexes" if french else "Related topics"), ""]
    for _ in range(rng.randint(2, 5)):
        lines += [f"[{sentence(rng, vocab, 3, 7).rstrip('.')}]({link(rng)})", ""]
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder")
    parser.add_argument("--count", type=int, default=3000)
    parser.add_argument("--min-bytes", type=int, default=20_000_000)
    parser.add_argument("--seed", type=int, default=20261123)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    os.makedirs(args.folder, exist_ok=True)
    total = 0
    index = 0
    while index < args.count or total < args.min_bytes:
        text = article(rng, index)
        # a few articles of every size class, and some big ones, as in the real docs
        if rng.random() < 0.05:
            text += "\n".join(article(rng, index).split("---\n", 2)[2] for _ in range(3))
        data = text.encode("utf-8")
        sub = os.path.join(args.folder, f"{index % 20:02d}")
        os.makedirs(sub, exist_ok=True)
        with open(os.path.join(sub, f"article-{index:05d}.md"), "wb") as f:
            f.write(data)
        total += len(data)
        index += 1
    print(f"{index} articles, {total} bytes in {args.folder}")


if __name__ == "__main__":
    main()
