"""Errors of sets 663 and after (run once as held-out sets, development documents now), each
fixed by a general rule and tested on the published sentence that showed it, with a control.

Sentences without a source are written for the test.
"""

from __future__ import annotations

from ingest_testing import last_claims

from kg.ingest.drugs import find_drugs

LAHPS = "Patients had lupus anticoagulant-hypoprothrombinemia syndrome (LAHPS)"


def test_a_route_before_one_medicine_names_the_medicine(lexicon) -> None:
    # Set 663, statement 15 (case reports of LAHPS): "treated with intravenous
    # methylprednisolone and oral mycophenolate mofetil" gave methylprednisolone alone; a
    # route before a medicine hid it from the drug dictionary and broke the list.
    claims = last_claims(
        lexicon,
        LAHPS,
        "He was diagnosed to have SLE with LAHPS and was treated with intravenous "
        "methylprednisolone and oral mycophenolate mofetil",
    )
    given = {
        c[1] for c in claims if c[2] == "disease:lupus-anticoagulant-hypoprothrombinemia-syndrome"
    }
    assert given == {"intervention:methylprednisolone", "intervention:mycophenolate-mofetil"}, (
        claims
    )
    # Control: a class keeps its route, and intravenous immunoglobulin is a product of its own.
    assert not find_drugs("oral immunosuppressants")
    claims = last_claims(
        lexicon,
        "Patients with multiple sclerosis were treated with intravenous immunoglobulin and oral "
        "prednisolone",
    )
    assert {c[1] for c in claims} == {
        "intervention:intravenous-immunoglobulin",
        "intervention:prednisolone",
    }, claims


def test_treated_after_diagnosed_shares_its_auxiliary(lexicon) -> None:
    # Set 663, statement 14: "She was diagnosed to have SLE with LAHPS and treated with
    # intravenous methylprednisolone, intravenous immunoglobulin and cyclophosphamide" drafted
    # nothing: "treated with" had no auxiliary of its own.
    claims = last_claims(
        lexicon,
        LAHPS,
        "She was diagnosed to have SLE with LAHPS and treated with intravenous "
        "methylprednisolone, intravenous immunoglobulin and cyclophosphamide in 2015",
    )
    assert {
        c[1] for c in claims if c[2] == "disease:lupus-anticoagulant-hypoprothrombinemia-syndrome"
    } == {
        "intervention:methylprednisolone",
        "intervention:intravenous-immunoglobulin",
        "intervention:cyclophosphamide",
    }, claims
    # Control (set 617, statement 6): a fronted participle says what the condition was first
    # taken for and given; the antibiotics were not given for the disease named later.
    assert not last_claims(
        lexicon,
        "Initially diagnosed as nontuberculous mycobacterium infection and treated with "
        "prolonged courses of antibiotics with little improvement, the condition was "
        "subsequently diagnosed histologically as erythema elevatum diutinum (EED)",
    )


def test_the_role_a_treatment_is_given_in_is_no_part_of_its_name(lexicon) -> None:
    # Set 663, statement 5: "treated with corticosteroids as the first-line therapy" proposed
    # a treatment named "corticosteroids as first-line therapy".
    claims = last_claims(
        lexicon,
        LAHPS,
        "In the study, LAHPS subjects are treated with corticosteroids as the first-line "
        "therapy, or in combination with immunosuppressants",
    )
    assert {c[1] for c in claims} == {"intervention:corticosteroid"}, claims


def test_a_case_of_a_disease_names_the_disease(lexicon) -> None:
    # Set 666, statement 18: "Here we report a case of ... successfully treated with
    # hydroxychloroquine and prednisolone" drafted nothing: "a case of" was read as the
    # disease only at the start of the phrase, not after "we report".
    claims = last_claims(
        lexicon, "Here we report a case of lupus nephritis successfully treated with rituximab"
    )
    assert claims == {
        ("EfficacyClaim", "intervention:rituximab", "disease:lupus-nephritis", "Improves", False)
    }, claims
    # Control: a case of a patient names no disease.
    claims = last_claims(
        lexicon, "We report the case of a 54-year-old woman successfully treated with rituximab"
    )
    assert not any(c[2].startswith("disease:") for c in claims), claims


def test_what_is_given_after_a_clause_of_its_own_is_not_what_failed(lexicon) -> None:
    # Set 664, statement 15: "retinal vasculitis that was refractory to steroid therapy but
    # responded to a combination of plasmapheresis, ... rituximab, and ... ranibizumab". The
    # treatment a failure is said of was looked for past "but", and found the one that helped:
    # "did not respond to steroids but responded to rituximab" denied rituximab's benefit.
    for failed in ("did not respond to steroids", "was refractory to steroid therapy"):
        claims = last_claims(lexicon, f"Lupus nephritis {failed} but responded to rituximab")
        assert not any(c[1] == "intervention:rituximab" and c[4] for c in claims), claims
    claims = last_claims(
        lexicon,
        "We present a case of severe retinal vasculitis that was refractory to steroid therapy "
        "but responded to a combination of plasmapheresis, intravenous (IV) rituximab, and "
        "intravitreal ranibizumab",
    )
    assert not any(c[1] == "intervention:rituximab" for c in claims), claims
    # Control: a failure the clause names is still drafted, denied.
    claims = last_claims(lexicon, "Lupus nephritis was refractory to cyclophosphamide")
    assert claims == {
        (
            "EfficacyClaim",
            "intervention:cyclophosphamide",
            "disease:lupus-nephritis",
            "Improves",
            True,
        )
    }, claims


def test_a_response_to_a_combination_is_a_response_to_each_treatment(lexicon) -> None:
    claims = last_claims(
        lexicon, "Lupus nephritis responded to a combination of plasmapheresis and rituximab"
    )
    assert {c[1] for c in claims} == {"intervention:plasmapheresis", "intervention:rituximab"}
    assert all(c[3] == "Improves" and not c[4] for c in claims), claims
    # Control: a response to one treatment is to that one.
    claims = last_claims(lexicon, "Lupus nephritis responded to rituximab")
    assert {c[1] for c in claims} == {"intervention:rituximab"}, claims


def test_a_failure_of_unnamed_treatment_picks_the_patients_out(lexicon) -> None:
    # Set 454, statement 7 (a development set on scleritis): "this scleritis was refractory
    # to standard therapy" drafted a denied benefit with no treatment, beside the expected
    # benefit of infliximab; "refractory" now reads as a failure, so the guard is tested here.
    for failed in (
        "was refractory to standard therapy",
        "did not respond to conventional treatments",
    ):
        assert not last_claims(lexicon, f"Scleritis {failed}"), failed
    # Control: a failure of a named treatment is drafted.
    claims = last_claims(lexicon, "Scleritis did not respond to cyclophosphamide")
    assert claims == {
        ("EfficacyClaim", "intervention:cyclophosphamide", "disease:scleritis", "Improves", True)
    }, claims


def test_a_disease_that_requires_a_treatment_has_no_procedure_steps(lexicon) -> None:
    # Set 664, statement 2 (Lupus retinopathy, a review): "Vaso-occlusive disease,
    # particularly in the presence of antiphospholipid antibodies, requires treatment with
    # anticoagulation" drafted "treatment with anticoagulation" and "laser therapy" as steps
    # of an unnamed procedure: the aside hid that the subject is a disease.
    claims = last_claims(
        lexicon,
        "Vaso-occlusive disease, particularly in the presence of antiphospholipid antibodies, "
        "requires treatment with anticoagulation and proliferative retinopathy is treated with "
        "laser therapy",
    )
    assert not any(c[0] == "ProcedureStepClaim" for c in claims), claims
    # Set 666, statement 8 (Erceg et al., J Am Acad Dermatol 2013): the diseases a laser
    # treated were drafted as steps of the laser.
    claims = last_claims(
        lexicon,
        "The inflammatory skin diseases treated with PDL consisted of: psoriasis, acne vulgaris, "
        "lupus erythematodes, granuloma faciale, sarcoidosis, eczematous lesions",
    )
    assert not any(c[0] == "ProcedureStepClaim" for c in claims), claims
    # Control: a treatment's required step is still drafted.
    claims = last_claims(lexicon, "AHSCT requires mobilisation with cyclophosphamide")
    assert any(c[0] == "ProcedureStepClaim" for c in claims), claims


def test_a_class_before_a_medicine_says_what_the_medicine_is(lexicon) -> None:
    # Set 380, statement 12 (a development set): "the plasma-cell-depleting proteasome
    # inhibitor bortezomib in ... anti-NMDA receptor (anti-NMDAR) encephalitis" gave the class
    # as what the study assessed, once "cases of" let the disease be read.
    claims = last_claims(
        lexicon,
        "We assessed the therapeutic potential of the plasma-cell-depleting proteasome "
        "inhibitor bortezomib in severe and therapy-refractory cases of anti-NMDA receptor "
        "(anti-NMDAR) encephalitis",
    )
    assert {c[1] for c in claims} == {"intervention:bortezomib"}, claims
    # Control: a class named alone is the class.
    claims = last_claims(
        lexicon, "Proteasome inhibitors have been used in anti-NMDA receptor encephalitis"
    )
    assert {c[1] for c in claims} == {"intervention:proteasome-inhibitor"}, claims


def test_what_extends_from_one_place_to_another_is_no_rise(lexicon) -> None:
    # Set 664, statement 12 (a case report of lupus retinopathy): "FA revealed extended
    # non-perfusion from the superotemporal area to the posterior pole" drafted a benefit with
    # "superotemporal area" as what improved.
    assert not last_claims(
        lexicon,
        "FA revealed extended non-perfusion from the superotemporal area to the posterior pole",
    )
    # Control: a treatment that extends an outcome improves it.
    claims = last_claims(lexicon, "Rituximab extended relapse-free survival")
    assert claims == {
        (
            "EfficacyClaim",
            "intervention:rituximab",
            "outcome:relapse-free-survival",
            "Improves",
            False,
        )
    }, claims


def test_a_treatment_right_before_a_verb_is_its_subject(lexicon) -> None:
    # Set 672, statement 6 (a review of juvenile spondyloarthritis): "the efficacy of NSAIDs
    # appears limited and glucocorticoids may induce severe adverse events" gave the NSAIDs
    # the glucocorticoids' harm.
    claims = last_claims(
        lexicon,
        "Except for mild to moderate cases, the efficacy of non-steroidal anti-inflammatory "
        "drugs (NSAIDs) appears limited and glucocorticoids may induce severe adverse events",
    )
    assert not any("anti-inflammatory" in c[1] for c in claims), claims
    # Control: treatments listed together before the verb are its subjects.
    claims = last_claims(lexicon, "Rituximab and glucocorticoids may induce severe adverse events")
    assert {c[1] for c in claims} == {"intervention:rituximab", "intervention:glucocorticoid"}


def test_a_disease_not_associated_with_another_is_no_harm_denied(lexicon) -> None:
    # Set 670, statement 13 (steroid-dependent optic neuritis): "in cases of corticosteroid
    # dependent optic neuritis not associated with demyelinating disease" denied that
    # immunosuppression causes demyelinating disease.
    claims = last_claims(
        lexicon,
        "Systemic immunosuppression may be a safer and more effective treatment alternative to "
        "chronic oral corticosteroid use in cases of corticosteroid dependent optic neuritis "
        "not associated with demyelinating disease",
    )
    assert not any(c[0] == "SafetyClaim" for c in claims), claims
    # Control: a treatment not associated with a harm is a harm denied.
    claims = last_claims(lexicon, "Rituximab was not associated with serious infections")
    assert claims == {
        (
            "SafetyClaim",
            "intervention:rituximab",
            "outcome:serious-infection",
            "AssociatedWith",
            True,
        )
    }, claims


def test_first_line_options_that_comprise_treatments_are_their_standing(lexicon) -> None:
    # Set 674, statement 1 (a case report of Rowell syndrome): "First line treatment options
    # for cutaneous lupus as well for Rowell syndrome comprise topical corticosteroids and
    # calcineurin inhibitors, ..." drafted a step of an unnamed procedure.
    claims = last_claims(
        lexicon,
        "Patients had Rowell syndrome",
        "First line treatment options for cutaneous lupus as well for Rowell syndrome comprise "
        "topical corticosteroids and calcineurin inhibitors, systemic anti-malarial therapy, "
        "and systemic corticosteroids (for active disease)",
    )
    assert not any(c[0] == "ProcedureStepClaim" for c in claims), claims
    assert (
        "StatusClaim",
        "intervention:calcineurin-inhibitor",
        "disease:rowell-syndrome",
        "-",
        False,
    ) in claims, claims
    # Control: "first-line" with a hyphen, and "include", as before.
    claims = last_claims(
        lexicon, "First-line treatments for multiple sclerosis include rituximab and natalizumab"
    )
    assert {c[0] for c in claims} == {"StatusClaim"}, claims


def test_a_lower_level_of_evidence_lowers_nothing(lexicon) -> None:
    # Set 674, statement 2: "... can be considered, though with a lower level of evidence"
    # drafted "evidence" as what dapsone and methotrexate reduce.
    claims = last_claims(
        lexicon,
        "In anti-malarial resistant disease, retinoids, dapsone, methotrexate, and other "
        "systemic immunosuppressive agents can be considered, though with a lower level of "
        "evidence",
    )
    assert not any("evidence" in c[2] for c in claims), claims
    # Control: a treatment that lowers an outcome reduces it.
    claims = last_claims(lexicon, "Rituximab lowered the relapse rate")
    assert any(c[2] == "outcome:relapse-rate" and c[3] == "Reduces" for c in claims), claims


def test_what_harms_lead_to_is_no_claim_of_a_treatment(lexicon) -> None:
    # Set 673, statement 4 (a review of lupus cystitis): "obstructive complications and
    # kidney damage can lead to increased morbidity and mortality" drafted a rise in
    # mortality for the curator to give a treatment.
    assert not last_claims(
        lexicon,
        "Despite its low prevalence, obstructive complications and kidney damage can lead to "
        "increased morbidity and mortality",
    )
    # Control: a treatment that leads to a harm is drafted.
    claims = last_claims(lexicon, "Rituximab can lead to increased mortality")
    assert {c[1] for c in claims} == {"intervention:rituximab"}, claims


def test_treated_without_improvement_is_a_benefit_denied(lexicon) -> None:
    # Set 671, statement 15 (a case of autoimmune nodopathy): "was treated with plasma
    # exchange without improvements" drafted a use with no treatment: the name ran on into
    # "without improvements", and the failure was not read.
    claims = last_claims(
        lexicon,
        "The patient was diagnosed with Guillain–Barré syndrome (GBS) and was treated with "
        "plasma exchange without improvements",
    )
    assert (
        "EfficacyClaim",
        "intervention:plasma-exchange",
        "disease:guillain-barre-syndrome",
        "Improves",
        True,
    ) in claims, claims
    # Control: treated with improvement denies nothing.
    claims = last_claims(
        lexicon,
        "The patient was diagnosed with Guillain–Barré syndrome (GBS) and was treated with "
        "plasma exchange with improvement",
    )
    assert not any(c[4] for c in claims), claims


def test_started_on_a_treatment_is_a_use(lexicon) -> None:
    # Set 675, statement 12 (a case report of eosinophilic polymyositis): "She was started on
    # high dose systemic corticosteroids with improvement of her symptoms, ..." left the
    # improvements with no treatment: "started on" was not read as "treated with"; nor was
    # the disease of "Patients with ... were started on" read, the verb running into its name.
    claims = last_claims(lexicon, "Patients with lupus nephritis were started on rituximab")
    assert claims == {
        ("EvidenceOfUseClaim", "intervention:rituximab", "disease:lupus-nephritis", "-", False)
    }, claims
    claims = last_claims(
        lexicon,
        "Patients had eosinophilic polymyositis (EPM)",
        "She was started on high dose systemic corticosteroids with improvement of her "
        "symptoms, eosinophilia, and CPK level",
    )
    assert claims and all(c[1] != "-" for c in claims), claims
    # Control: what a study started on is no treatment given.
    assert not last_claims(lexicon, "The study was started on 1 March 2020")


def test_a_course_of_disease_alone_names_no_disease(lexicon) -> None:
    # Set 676, statement 6 (a case report of recurrent focal myositis): "should be considered
    # in recurrent disease" proposed "recurrent disease" as the disease recommended for.
    claims = last_claims(
        lexicon,
        "Treatment with corticosteroids and immunomodulators such as methotrexate should be "
        "considered in recurrent disease",
    )
    assert not any(c[2] == "disease:recurrent-disease" for c in claims), claims
    # Control: a disease whose name holds a course word is named.
    claims = last_claims(lexicon, "Rituximab should be considered in relapsing polychondritis")
    assert {c[2] for c in claims} == {"disease:relapsing-polychondritis"}, claims


def test_no_difference_is_no_harm(lexicon) -> None:
    # Set 681, statement 17 (Mease et al., Ann Rheum Dis 2022): "or differences versus placebo
    # in mean changes in laboratory parameters" drafted "difference" as a harm denied.
    claims = last_claims(
        lexicon,
        "There were no serious adverse events and no occurrence of herpes zoster, or "
        "differences versus placebo in mean changes in laboratory parameters with rituximab",
    )
    assert not any("difference" in c[2] for c in claims), claims
    assert any(c[2] == "outcome:herpes-zoster" and c[4] for c in claims), claims


def test_the_lack_of_any_treatment_denies_nothing(lexicon) -> None:
    # Set 680, statement 11 (the phase 2 trial of telitacicept in IgA nephropathy): "To date,
    # no specific therapies have been approved for IgAN treatment" drafted a denied standing
    # for the curator to give a treatment.
    assert not last_claims(
        lexicon,
        "Patients had immunoglobulin A nephropathy (IgAN)",
        "To date, no specific therapies have been approved for immunoglobulin A nephropathy "
        "(IgAN) treatment",
    )
    # Control: a named treatment given to no patient with a harm denies the harm.
    claims = last_claims(lexicon, "No patient treated with rituximab developed infections")
    assert claims == {
        ("SafetyClaim", "intervention:rituximab", "outcome:infection", "AssociatedWith", True)
    }, claims


def test_a_high_efficacy_therapy_is_narrower_than_its_class(lexicon) -> None:
    # Set 684, statement 9 (a pooled analysis of ublituximab): "treating relapsing multiple
    # sclerosis (RMS) initially with a high-efficacy disease-modifying therapy (DMT) is
    # superior ... at reducing disability progression" gave the benefit to every DMT.
    claims = last_claims(
        lexicon,
        "Evidence suggests that treating relapsing multiple sclerosis (RMS) initially with a "
        "high-efficacy disease-modifying therapy (DMT) is superior to an escalating approach at "
        "reducing disability progression and relapse rate",
    )
    assert claims and not any(c[1] == "intervention:disease-modifying-therapy" for c in claims)
    # Control: the class named alone is the class.
    claims = last_claims(lexicon, "Disease-modifying therapy reduced disability progression")
    assert {c[1] for c in claims} == {"intervention:disease-modifying-therapy"}, claims


def test_a_treatment_tapered_or_stopped_lowers_nothing(lexicon) -> None:
    # Set 686, statement 15 (the ADhere trial record): "TCS ... may be tapered or stopped, or
    # restarted as needed, based on treatment response" drafted the corticosteroids as
    # lowering the treatment response.
    assert not last_claims(
        lexicon,
        "Topical corticosteroids (TCS) will be initiated at Baseline in all participants and "
        "may be tapered or stopped, or restarted as needed, based on treatment response",
    )
    # Control: a treatment that stops an outcome reduces it.
    claims = last_claims(lexicon, "Rituximab stopped relapses")
    assert claims == {
        ("EfficacyClaim", "intervention:rituximab", "outcome:relapse", "Reduces", False)
    }, claims
