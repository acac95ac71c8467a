"""Errors of sets 590-597 (run once as held-out sets, development documents now), each fixed
by a general rule and tested on the published sentence that showed it, with a control.

Sentences without a source are written for the test.
"""

from __future__ import annotations

from ingest_testing import last_claims


def test_patients_experienced_with_a_treatment_are_no_result(lexicon) -> None:
    # Set 590, statement 4 (Kulasekararaj et al., Eur J Haematol 2022): "complement
    # inhibitor-experienced patients" read "experienced" as what the patients had, and drafted
    # the class named before the drug improving the disease they have.
    claims = last_claims(
        lexicon,
        "The complement component 5 (C5) inhibitor ravulizumab demonstrated non‐inferiority "
        "to eculizumab following 26 weeks of treatment in complement inhibitor‐naïve and "
        "complement inhibitor‐experienced patients with paroxysmal nocturnal hemoglobinuria "
        "(PNH; studies 301 and 302, respectively)",
    )
    assert not any("component-5-inhibitor" in c[1] for c in claims), claims
    assert not any(c[2].endswith("paroxysmal-nocturnal-hemoglobinuria") for c in claims), claims
    # Control: what patients experienced after a treatment is still its result.
    claims = last_claims(
        lexicon, "Patients treated with ravulizumab experienced complete remission"
    )
    assert ("intervention:ravulizumab", "outcome:complete-remission", "Improves") in {
        c[1:4] for c in claims
    }, claims


def test_a_participle_before_a_treatment_name_is_no_result(lexicon) -> None:
    # Set 591, statement 18 (Betschel et al., Allergy Asthma Clin Immunol 2014): "Attenuated
    # androgens should not be used to treat acute attacks" read "Attenuated" as a fall, and
    # drafted androgens denied to reduce an outcome named "treat acute attack".
    claims = last_claims(lexicon, "Attenuated androgens should not be used to treat acute attacks")
    assert not any(c[2] == "outcome:treat-acute-attack" for c in claims), claims
    assert not any(c[3] == "Reduces" for c in claims), claims
    # Control: a participle opening the sentence before a result is still the change.
    claims = last_claims(lexicon, "Improved survival was seen with rituximab")
    assert ("intervention:rituximab", "outcome:survival", "Improves") in {c[1:4] for c in claims}, (
        claims
    )
    claims = last_claims(lexicon, "Increased infections were reported with rituximab")
    assert ("intervention:rituximab", "outcome:infection", "Increases") in {
        c[1:4] for c in claims
    }, claims


def test_a_disease_is_known_by_its_whole_name(lexicon) -> None:
    # Set 591, statements 19 and 22 (Dias de Castro et al., Clin Transl Allergy 2025; Guo et
    # al., Orphanet J Rare Dis 2022): "Hereditary Angioedema (HAE)" has no head noun that says
    # it is a disease, so the abbreviation named nothing and the statement drafted no claim.
    # The name is one of Orphanet's diseases (read with hpo3).
    claims = last_claims(
        lexicon,
        "Danazol and other attenuated androgens (AAs) have been a cornerstone of Hereditary "
        "Angioedema (HAE) long‐term prophylaxis (LTP) for decades, alongside intravenous "
        "plasma‐derived C1INH (pdC1INH)",
        "Although androgens are not approved for HAE treatment in many countries, they are "
        "widely used in China and Brazil to reduce the frequency and severity of HAE attacks",
    )
    assert {c[:3] for c in claims if c[2].startswith("disease:")} == {
        ("StatusClaim", "intervention:androgen", "disease:hereditary-angioedema"),
        ("EvidenceOfUseClaim", "intervention:androgen", "disease:hereditary-angioedema"),
    }, claims
    assert ("StatusClaim", "intervention:androgen", "disease:hereditary-angioedema", "-", True) in (
        claims
    ), claims
    # Control: words of such a name that are not the whole name name no disease.
    claims = last_claims(lexicon, "Rituximab is effective in paroxysmal nocturnal episodes")
    assert not any(c[2].startswith("disease:") for c in claims), claims
