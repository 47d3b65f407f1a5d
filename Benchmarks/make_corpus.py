#!/usr/bin/env python3
"""Generates N synthetic news articles (~3 KB each, half French, half English) for the ingest benchmark.

Deterministic (seeded): the same N gives the same files. Usage: make_corpus.py N OUTDIR
"""
import os
import random
import sys

FR = [
    "Selon le ministère, {n} personnes ont été recrutées en {y}.",
    "Le budget de la défense a atteint {f} milliards d'euros fin {m} {y}, a déclaré {p}.",
    "« Nous avons doublé nos investissements depuis {y} », a affirmé {p} lors d'une conférence.",
    "Environ {f} million d'abonnés auraient quitté la plateforme au premier trimestre {y}.",
    "Le taux de chômage a reculé à {f} % en {m} {y}, d'après l'Insee.",
    "{p} a rejoint l'entreprise en {y} après avoir dirigé une équipe de {n} ingénieurs.",
    "Peut-on vraiment faire confiance à ces chiffres ?",
    "C'est un pari audacieux pour une entreprise de cette taille.",
    "La région a accueilli {n} visiteurs l'été dernier, un record selon l'office du tourisme.",
    "Le contrat, signé le {d} {m} {y}, porte sur {f} millions d'euros.",
]
EN = [
    "According to the ministry, {n} people were hired in {y}.",
    "The defense budget reached ${f} billion at the end of {me} {y}, {p} said.",
    "\u201cWe have doubled our investment since {y},\u201d {p} told reporters.",
    "About {f} million subscribers reportedly left the platform in the first quarter of {y}.",
    "Unemployment fell to {f}% in {me} {y}, the statistics office said.",
    "{p} joined the company in {y} after leading a team of {n} engineers.",
    "Can we really trust these numbers?",
    "It is a bold bet for a company of this size.",
    "The region welcomed {n} visitors last summer, a record according to the tourist board.",
    "The contract, signed on {me} {d}, {y}, is worth ${f} million.",
]
PEOPLE = ["Marie Dupont", "John Smith", "Sam Altman", "Caitlin Kalinowski", "Jean Martin", "Ada Lovelace"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "septembre", "octobre", "novembre"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "September", "October", "November"]


def article(rng, index):
    french = index % 2 == 0
    templates = FR if french else EN
    out = [f" date 2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} "]
    size = 0
    paragraph = []
    while size < 3000:
        sentence = rng.choice(templates).format(
            n=rng.randint(10, 99999),
            y=rng.randint(1990, 2026),
            f=f"{rng.randint(1, 99)}{',' if french else '.'}{rng.randint(1, 9)}",
            m=rng.choice(MONTHS_FR),
            me=rng.choice(MONTHS_EN),
            d=rng.randint(1, 28),
            p=rng.choice(PEOPLE),
        )
        sentence += f" (réf. {index}-{size})" if french and rng.random() < 0.3 else ""
        paragraph.append(sentence)
        size += len(sentence.encode()) + 1
        if len(paragraph) >= 4:
            out.append(" ".join(paragraph))
            paragraph = []
    if paragraph:
        out.append(" ".join(paragraph))
    return "\n".join(out) + "\n"


def main():
    count, folder = int(sys.argv[1]), sys.argv[2]
    os.makedirs(folder, exist_ok=True)
    rng = random.Random(20260309)
    for index in range(count):
        with open(os.path.join(folder, f"a{index:06d}.txt"), "w", encoding="utf-8") as handle:
            handle.write(article(rng, index))


if __name__ == "__main__":
    main()
