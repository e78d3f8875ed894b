"""How often the entity recognizer finds a name with accents or a typographic apostrophe
whole, with and without ``newsaudit.spellings.PlainSpellings``, against the same names
written plainly.

    python benchmarks/accents.py

Fifty names of people as news from Canada, France, Spain, Latin America, the Nordic
countries and Central Europe writes them, and sixteen Irish and other names with an
apostrophe ("O’Brien"), each in eight sentence frames we wrote: a name counts when the
recognizer returns exactly it as PERSON. The third count, on the names in plain letters,
is what the pipeline does with spellings it learnt.
"""

from __future__ import annotations

import itertools

from newsaudit import nlp as nlp_loader
from newsaudit import spellings

NAMES = [
    "Céline Dion", "René Lévesque", "François Legault", "Mélanie Joly", "Hélène Dubé",
    "Stéphane Dion", "Gaël Monfils", "Léa Seydoux", "Jérôme Boateng", "Andrés Iniesta",
    "José Mourinho", "Pedro Sánchez", "Sebastián Piñera", "Martín Vizcarra",
    "Iñaki Williams", "Björn Borg", "Søren Kierkegaard", "Jürgen Klopp", "Angela Müller",
    "Zoë Kravitz", "Noël Coward", "Chloé Zhao", "Frédéric Bérubé", "Geneviève Guilbault",
    "Amélie Mauresmo", "Benoît Hamon", "Jean-François Lisée", "Marie-Ève Pelletier",
    "Éric Girard", "Émilie Beaulieu", "Renée Zellweger", "Ana Mendoza", "Raúl Castro",
    "Óscar Martínez", "Joël Lightbound", "Sébastien Lecornu", "André Boisclair",
    "Mónica Ortiz", "Ramón Díaz", "Ludovic Giuly", "Gérald Darmanin", "Hervé Renard",
    "Lukáš Hrádecký", "Tomáš Berdych", "Łukasz Fabiański", "Małgorzata Kidawa",
    "Dário Nunes", "João Félix", "Inês Sousa", "Thérèse Coffey",
]  # fmt: skip
APOSTROPHE_NAMES = [
    "Beto O’Rourke", "Conan O’Brien", "Dinesh D’Souza", "Sinéad O’Connor",
    "Shaquille O’Neal", "Martin O’Malley", "Bill O’Reilly", "Tip O’Neill", "Jim O’Hara",
    "Anne D’Arcy", "Mary O’Leary", "Kevin O’Leary", "Brian O’Driscoll", "Maureen O’Hara",
    "Rosie O’Donnell", "Liam O’Flynn",
]  # fmt: skip
FRAMES = [
    "{} said the decision was final.",
    '"We are not done," {} told reporters on Monday.',
    "According to {}, the plan would cost millions.",
    "The report was written by {} and two colleagues.",
    "In a statement, {} praised the volunteers.",
    "{}, who leads the group, declined to comment.",
    "Critics say {} ignored the warnings.",
    "The city hired {} last year.",
]


def found(nlp, names: list[str]) -> int:
    """Sentences in which the recognizer returns the name, exactly, as a PERSON."""
    hits = 0
    for frame, name in itertools.product(FRAMES, names):
        doc = nlp(frame.format(name))
        hits += any(e.text == name and e.label_ == "PERSON" for e in doc.ents)
    return hits


def main() -> None:
    nlp = nlp_loader.load()
    groups = {"accented names": NAMES, "names with an apostrophe": APOSTROPHE_NAMES}
    # first without the component: once it has run, the vocabulary keeps the features
    nlp.remove_pipe(spellings.NAME)
    without = {group: found(nlp, names) for group, names in groups.items()}
    spellings.install(nlp)
    for group, names in groups.items():
        total = len(names) * len(FRAMES)
        print(f"{group}: {without[group]}/{total} as the pipeline comes, ", end="")
        print(f"{found(nlp, names)}/{total} with PlainSpellings, ", end="")
        print(f"{found(nlp, [spellings.plain(n) for n in names])}/{total} written plainly")


if __name__ == "__main__":
    main()
