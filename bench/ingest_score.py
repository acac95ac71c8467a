"""Score `kg ingest` drafts against expected claims: held-out documents, then development ones.

Each document is drafted in memory with the project's lexicon (nothing is written) and its
claims compared as tuples (statement, kind, intervention, object, direction, negated) with the
expected ones; see :mod:`kg.ingest.compare`. Printed per document: recall, precision, the
claims drafted with the intervention left to the curator, and the misattributed claims (a wrong
intervention, direction or negation for an expected object, or an intervention no expected
claim of the statement has). "filled precision" is the precision of the claims drafted with
their intervention filled in: how often a claim the drafter asserts whole is right (a claim
left unresolved is a question to the curator, not an assertion). "suggestions taken" scores the
drafts as they would be if the curator filled every unresolved intervention with the one the
drafter suggests (named by the last statement citing the same source, else the last subject of
the section): its recall, and the claims that would then be misattributed. The drafter never
fills them in itself.

    python -m bench.ingest_score              # development documents (DEVELOPMENT, tuned)
    python -m bench.ingest_score --errors     # and every missed and wrong tuple
    python -m bench.ingest_score --held-out   # the unspent held-out sets (HELD_OUT) first
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from rdflib import Graph

from kg.ingest import draft_text, project_lexicon
from kg.ingest.compare import (
    claim_tuples,
    folded,
    misattributed_tuple,
    names_alike,
    read_expected,
    score,
    with_suggestions,
)
from kg.ingest.lexicon import Lexicon
from kg.ingest.link import find_definitions, singular_abbreviation
from kg.ingest.nouns import singular
from kg.ingest.parse import slug
from kg.namespaces import curie
from kg.resources import find_project

ROOT = Path(__file__).resolve().parent.parent


def _set(number: int, *documents: str, label: str = "dev") -> tuple[str, Path, tuple[str, ...]]:
    """Set ``number``: its label ("dev7", or "held-out7" with ``label="held-out"``), its
    folder and its documents."""
    folder = ROOT / "bench" / ("ingest_heldout" if number == 1 else f"ingest_heldout{number}")
    return f"{label}{number}", folder, documents


# Sets 1-3 were each run once as held-out sets and the drafter was then changed with them in
# view: they are development documents now, as are the two the rules were first written with.
DEVELOPMENT = (
    _set(1, "ahsct-ms", "hsct-autoimmune-registries", "car-t-autoimmune"),
    _set(2, "ahsct-nmosd", "msc-lupus", "ahsct-cidp"),
    _set(3, "hsct-ssc", "ahsct-ms-guidelines", "car-t-myasthenia"),
    # Sets 4-6 were held out once (expected claims committed in 6104b9c) and the drafter was
    # then changed with their errors in view.
    _set(4, "ahsct-crohns"),
    _set(5, "ahsct-type1-diabetes"),
    _set(6, "msc-gvhd"),
    # Sets 7-9 the same (documents and expected claims committed alone in 817ee33).
    _set(7, "ahsct-stiff-person"),
    _set(8, "msc-rheumatoid-arthritis"),
    _set(9, "car-t-nmosd"),
    # Sets 10-12 the same (committed alone in 5d99e34, run once in f3b3e37; 47977ba was written
    # with their errors in view).
    _set(10, "ahsct-refractory-coeliac"),
    _set(11, "msc-multiple-sclerosis"),
    _set(12, "cell-therapy-type1-diabetes"),
    # Sets 13-15 the same (committed alone in 2f7849d, run once on the drafting code of f7949c8;
    # the drafter was then changed with them in view).
    _set(13, "ahsct-myasthenia-gravis"),
    _set(14, "msc-ulcerative-colitis"),
    _set(15, "car-t-systemic-sclerosis"),
    # Sets 16-18 the same (committed alone in 89f606c, run once on the drafting code of aacfc7f;
    # their errors are listed in bench/RESULTS-ingest.md).
    _set(16, "car-t-myositis"),
    _set(17, "hsct-lupus"),
    _set(18, "hsct-juvenile-arthritis"),
    # Sets 19-21 the same (committed alone in 3dc26ed and 06c8d1d, run once on the drafting
    # code of cfa50e9; their errors are listed in bench/RESULTS-ingest.md).
    _set(19, "hsct-vasculitis"),
    _set(20, "caar-t-pemphigus"),
    _set(21, "msc-sjogren"),
    # Sets 22-24 the same (committed alone in 31517bc, run once on the drafting code of 176e648;
    # their errors are listed in bench/RESULTS-ingest.md).
    _set(22, "car-t-autoimmune-encephalitis"),
    _set(23, "hsct-autoimmune-cytopenia"),
    _set(24, "msc-primary-biliary-cholangitis"),
    # Sets 25-27 the same (committed alone in e89f45e, run once on the drafting code of
    # bfb8980; their errors are listed in bench/RESULTS-ingest.md).
    _set(25, "hsct-psoriasis"),
    _set(26, "msc-ankylosing-spondylitis"),
    _set(27, "treg-autoimmune-hepatitis"),
    # Sets 28-30 the same (committed alone in 90e1ee7, run once on the drafting code of
    # 1d917a3; their errors are listed in bench/RESULTS-ingest.md).
    _set(28, "hsct-dermatomyositis"),
    _set(29, "msc-systemic-sclerosis"),
    _set(30, "toldc-autoimmune"),
    # Sets 31-33 the same (committed alone in b24aa17, run once on the drafting code of
    # 7e7f9ae; their errors are listed in bench/RESULTS-ingest.md).
    _set(31, "msc-perianal-crohns"),
    _set(32, "hsct-rheumatoid-arthritis"),
    _set(33, "car-t-multiple-sclerosis"),
    # Sets 34-36 the same (committed alone in 854c9d0, run once on the drafting code of
    # 48fb631; their errors are listed in bench/RESULTS-ingest.md).
    _set(34, "car-t-vasculitis"),
    _set(35, "msc-myositis"),
    _set(36, "ahsct-pediatric-ms"),
    # Sets 37-39 the same (committed alone in 69daacc, run once on the drafting code of
    # 0451d1b; their errors are listed in bench/RESULTS-ingest.md).
    _set(37, "treg-therapy"),
    _set(38, "msc-sle"),
    _set(39, "hsct-neuroimmune"),
    # Sets 40-42 the same (committed alone in 211932a, 642e82b and fa4cd19, run once on the
    # drafting code of 10c9ea8; their errors are listed in bench/RESULTS-ingest.md).
    _set(40, "msc-psoriasis"),
    _set(41, "car-t-autoimmune-cytopenia"),
    _set(42, "msc-atopic-dermatitis"),
    # Sets 43-45 the same (committed alone in 9f48901, 24bc4db and 062d61f, run once on the
    # drafting code of 4e052b9; their errors are listed in bench/RESULTS-ingest.md).
    _set(43, "musk-caart"),
    _set(44, "hsct-monogenic-ibd"),
    _set(45, "msc-immune-thrombocytopenia"),
    # Sets 46-48 the same (committed alone in 5e153a0, 552b368 and 1e16ca7, run once on the
    # drafting code of 4a75117; their errors are listed in bench/RESULTS-ingest.md).
    _set(46, "car-t-ra-sjogren"),
    _set(47, "msc-uveitis"),
    _set(48, "treg-crohns"),
    # Sets 49-51 the same (committed alone in 6f23c4d, 6113cd6 and b1301ab, run once on the
    # drafting code of 82b5cab; their errors are listed in bench/RESULTS-ingest.md).
    _set(49, "hsct-ipex"),
    _set(50, "stem-cell-alopecia-areata"),
    _set(51, "msc-autoimmune-thyroiditis"),
    # Sets 52-54 the same (committed alone in 5f48618, 0ef9cef and 5ea12f4, run once on the
    # drafting code of e248b8c; their errors are listed in bench/RESULTS-ingest.md).
    _set(52, "msc-oral-lichen-planus"),
    _set(53, "msc-vitiligo"),
    _set(54, "cell-therapy-glomerulonephritis"),
    # Sets 55-57 the same (committed alone in 176fc98, 753fdb7 and 21989c2, run once on the
    # drafting code of 49759e5; their errors are listed in bench/RESULTS-ingest.md).
    _set(55, "msc-autoimmune-hepatitis"),
    _set(56, "asc-ctd-ild"),
    _set(57, "msc-sclerosing-cholangitis"),
    # Sets 58-60 the same (committed alone in 55ff69c, 0a0a83d and b710764, run once on the
    # drafting code of f424607; their errors are listed in bench/RESULTS-ingest.md).
    _set(58, "msc-allergic-asthma"),
    _set(59, "msc-sarcoidosis"),
    _set(60, "cell-therapy-iga-nephropathy"),
    # Sets 61-63 the same (committed alone in b8e7e6c, 0fa2d0c and 42f55fb, run once on the
    # drafting code of fcb8177; their errors are listed in bench/RESULTS-ingest.md).
    _set(61, "stem-cell-psoriatic-arthritis"),
    _set(62, "car-t-membranous-nephropathy"),
    _set(63, "treg-stem-cell-behcets"),
    # Sets 64-66 the same (committed alone in 5fcff19, 0c40389 and b6e35a5, run once on the
    # drafting code of 7d880f7; their errors are listed in bench/RESULTS-ingest.md).
    _set(64, "msc-myasthenia-gravis"),
    _set(65, "cell-therapy-antiphospholipid-syndrome"),
    _set(66, "msc-graves-orbitopathy"),
    # Sets 67-69 the same (committed alone in 167b7da, 9945554 and b4120d8, run once on the
    # drafting code of 7362acf; their errors are listed in bench/RESULTS-ingest.md).
    _set(67, "hsct-treg-pemphigoid"),
    _set(68, "msc-guillain-barre"),
    _set(69, "treg-coeliac"),
    # Sets 70-72 the same (committed alone in 26f7d60, fef0435 and 08084b6, run once on the
    # drafting code of 98eaf1d; their errors are listed in bench/RESULTS-ingest.md).
    _set(70, "msc-autoimmune-pof"),
    _set(71, "msc-kawasaki"),
    _set(72, "treg-gvhd"),
    # Sets 73-75 the same (committed alone in f3d783d, 3dfa778 and a00a1a5, run once on the
    # drafting code of 498955f; their errors are listed in bench/RESULTS-ingest.md).
    _set(73, "msc-fsgs"),
    _set(74, "msc-autoimmune-myocarditis"),
    _set(75, "ahsct-paraneoplastic"),
    # Sets 76-78 the same (committed alone in 37a3e7c, ac5a2f6 and 27980ac, run once on the
    # drafting code of 25bc018; their errors are listed in bench/RESULTS-ingest.md).
    _set(76, "msc-autoimmune-diabetes-models"),
    _set(77, "car-t-pediatric-autoimmune"),
    _set(78, "msc-aplastic-anemia"),
    # Sets 79-81 the same (committed alone in 8293a1b, 418d55f and b2479a1, run once on the
    # drafting code of f889357; their errors are listed in bench/RESULTS-ingest.md).
    _set(79, "msc-ocular-gvhd-sjogren-dry-eye"),
    _set(80, "car-t-bcma-lupus"),
    _set(81, "msc-immune-mediated-liver-injury"),
    # Sets 82-84 the same (committed alone in 3222b83, 6103222 and 9c79bb4, run once on the
    # drafting code of 6d246d7; their errors are listed in bench/RESULTS-ingest.md).
    _set(82, "cell-therapy-luminal-crohns"),
    _set(83, "car-treg-eae-colitis"),
    _set(84, "msc-chronic-gvhd"),
    # Sets 85-87 the same (committed alone in b3a0e80, f6a4c28 and 06a50e3, run once on the
    # drafting code of 6b37022; their errors are listed in bench/RESULTS-ingest.md).
    _set(85, "msc-kidney-transplantation"),
    _set(86, "treg-kidney-transplantation"),
    _set(87, "car-nk-lupus"),
    # Sets 88-90 the same (committed alone in 30e1052, f84680e and a6f37ef, run once on the
    # drafting code of a5aeaae; their errors are listed in bench/RESULTS-ingest.md).
    _set(88, "treg-multiple-sclerosis"),
    _set(89, "tolerogenic-dc-type-1-diabetes"),
    _set(90, "msc-allergic-rhinitis"),
    # Sets 91-93 the same (committed alone in d84f73e, a7ef14b and 61ebc74, run once on the
    # drafting code of 9740b84; their errors are listed in bench/RESULTS-ingest.md).
    _set(91, "ahsct-systemic-sclerosis-long-term"),
    _set(92, "rna-car-t-bcma-myasthenia-gravis"),
    _set(93, "allogeneic-hsct-autoimmune-disease"),
    # Sets 94-96 the same (committed alone in a6ec02c, 4a103f3 and 03dc22e, run once on the
    # drafting code of 0df71da; their errors are listed in bench/RESULTS-ingest.md).
    _set(94, "allo-hsct-hlh"),
    _set(95, "hsct-dada2"),
    _set(96, "adipose-stem-cells-vulvar-lichen-sclerosus"),
    # Sets 97-99 the same (committed alone in 4a77e8a, 8c76b0e and 0f522e6, run once on the
    # drafting code of 9cf8697; their errors are listed in bench/RESULTS-ingest.md).
    _set(97, "allogeneic-car-t-autoimmune"),
    _set(98, "hsct-ctla4-insufficiency"),
    _set(99, "toldc-lupus"),
    # Sets 100-102 the same (committed alone in 0e65278, 0c2bd9e and 5dee69b, run once on the
    # drafting code of 72ad385; their errors are listed in bench/RESULTS-ingest.md).
    _set(100, "cd19-car-t-refractory-lupus"),
    _set(101, "msc-extracellular-vesicles-ibd"),
    _set(102, "msc-paediatric-rheumatic-vasculitis"),
    # Sets 103-105 the same (committed alone in c185373, 3f77bc3 and a57ea11, run once on the
    # drafting code of 6c122bf; their errors are listed in bench/RESULTS-ingest.md).
    _set(103, "treg-dc-myasthenia-gravis"),
    _set(104, "msc-experimental-autoimmune-prostatitis"),
    _set(105, "treg-experimental-autoimmune-uveitis"),
    # Sets 106-108 the same (committed alone in 874360d, 3453cce and b0f4eff, run once on the
    # drafting code of 0644ce4; their errors are listed in bench/RESULTS-ingest.md).
    _set(106, "treg-liver-transplantation"),
    _set(107, "msc-liver-transplantation"),
    _set(108, "hsct-aplastic-anemia"),
    # Sets 109-111 the same (committed alone in 6fbb204, e2dd9f7 and be6fff9, run once on the
    # drafting code of 10910d0; their errors are listed in bench/RESULTS-ingest.md).
    _set(109, "allo-hsct-vexas"),
    _set(110, "ebv-t-cell-ms"),
    _set(111, "ahsct-ms-vs-high-efficacy-dmt"),
    # Sets 112-114 the same (committed alone in bb00c9c, 8bbc3d9 and 6240392, run once on the
    # drafting code of 384a91a; their errors are listed in bench/RESULTS-ingest.md).
    _set(112, "msc-bronchiolitis-obliterans-syndrome"),
    _set(113, "treg-amyotrophic-lateral-sclerosis"),
    _set(114, "hsct-systemic-autoinflammatory-disease"),
    # Sets 115-117 the same (committed alone in b99d7d6, 9d88f73 and 6d24833, run once on the
    # drafting code of 4c02cb1; their errors are listed in bench/RESULTS-ingest.md and were not
    # yet worked on).
    _set(115, "treg-ulcerative-colitis"),
    _set(116, "regulatory-myeloid-cells-kidney-transplantation"),
    _set(117, "msc-chronic-urticaria"),
    # Held out until their one run on 21eb5e4 (the drafter then changed with their errors in
    # view: a4b720a, 8720854); set 120's heading was misread as a statement by the parser
    # before that run (2e6d06e).
    _set(118, "treg-collagen-induced-arthritis-rheumatoid-arthritis"),
    _set(119, "adipose-stem-cell-fat-grafting-localized-scleroderma"),
    _set(120, "treg-allergic-asthma"),
    # Held out until their one run on 9fe08ac (the drafter then changed with their errors in
    # view).
    _set(121, "hsct-kidney-transplant-tolerance"),
    _set(122, "msc-treg-corneal-allograft-rejection"),
    _set(123, "msc-islet-transplantation"),
    # Held out until their one run on 94c5863 (the drafter then changed with their errors in
    # view).
    _set(124, "bone-marrow-cells-thromboangiitis-obliterans"),
    _set(125, "cell-therapy-vascularized-composite-allotransplantation"),
    _set(126, "cell-therapy-transplant-arteriosclerosis"),
    # Held out until their one run on 066a228 (the drafter then changed with their errors in
    # view).
    _set(127, "prca-abo-incompatible-hsct"),
    _set(128, "msc-extracellular-vesicles-eae-optic-neuritis"),
    _set(129, "msc-allergic-conjunctivitis"),
    # Held out until their one run on 5404f39 (the drafter then changed with their errors in
    # view).
    _set(130, "msc-stevens-johnson-toxic-epidermal-necrolysis"),
    _set(131, "fat-grafting-svf-systemic-sclerosis-hands-face"),
    _set(132, "hsct-transfer-cure-allergic-disease"),
    # Held out until their one run on 83ec3f1 (the drafter then changed with their errors in
    # view).
    _set(133, "decidual-stromal-cells-acute-gvhd"),
    _set(134, "msc-new-onset-type-1-diabetes"),
    _set(135, "secondary-autoimmunity-after-hsct"),
    # Held out until their one run on b8fc461 (the drafter then changed with their errors in
    # view); run before sets 136-138, which were written at the same time.
    _set(139, "dcreg-liver-transplantation"),
    _set(140, "islet-replacement-type-1-diabetes"),
    _set(141, "stem-cell-educator-type-1-diabetes"),
    # Held out until their one run on acacf48 (the drafter then changed with their errors in
    # view).
    _set(136, "ecp-gvhd-bronchiolitis-obliterans"),
    _set(137, "ecp-systemic-sclerosis-fibrosing-skin"),
    _set(138, "ecp-crohns-disease"),
    # Held out until their one run on b5f5cf7 (the drafter then changed with their errors in
    # view).
    _set(142, "darvadstrocel-perianal-crohns-real-world"),
    _set(143, "car-t-safety-autoimmune-disease"),
    _set(144, "ahsct-systemic-sclerosis-lung-cardiopulmonary"),
    # Held out until their one run on 0785ab7 (the drafter then changed with their errors in
    # view).
    _set(145, "ahsct-fertility-pregnancy-autoimmune"),
    _set(146, "car-t-myasthenia-lems-neuroimmunology"),
    _set(147, "ahsct-ms-conditioning-outpatient"),
    # Held out until their one run on 8429fb8 (the drafter then changed with their errors in
    # view).
    _set(148, "hsct-pemphigus"),
    _set(149, "car-t-cd19-ulcerative-colitis"),
    _set(150, "msc-lupus-diffuse-alveolar-hemorrhage"),
    # Held out until their one run on be05f71 (the drafter then changed with their errors in
    # view).
    _set(151, "autologous-cord-blood-type-1-diabetes"),
    _set(152, "car-t-graves-disease-thyroiditis"),
    _set(153, "ahsct-secondary-progressive-ms"),
    # Held out until their one run on d6151d0 (the drafter then changed with their errors in
    # view).
    _set(154, "regulatory-t-cells-vitiligo"),
    _set(155, "hsct-relapsing-polychondritis"),
    _set(156, "cell-therapy-crescentic-glomerulonephritis"),
    # Held out until their one run on e1e8670 (the drafter then changed with their errors in
    # view).
    _set(157, "msc-periodontitis"),
    _set(158, "msc-lupus-prone-mice"),
    _set(159, "car-t-allergic-asthma"),
    # Held out until their one run on 966529d (the drafter then changed with their errors in
    # view).
    _set(160, "msc-bmt-autoimmune-inner-ear-disease"),
    _set(161, "msc-ahsct-neuropsychiatric-lupus"),
    _set(162, "msc-immunotherapy-rasmussen-encephalitis"),
    # Held out until their one run on c80562d (the drafter then changed with their errors in
    # view).
    _set(163, "msc-chronic-rhinosinusitis-nasal-polyps"),
    _set(164, "hsct-autoimmune-enteropathy"),
    _set(165, "msc-prp-hidradenitis-suppurativa"),
    # Held out until their one run on fbaf6f3 (the drafter then changed with their errors in
    # view).
    _set(166, "ahsct-multiple-sclerosis-brain-atrophy-cognition"),
    _set(167, "ahsct-systemic-sclerosis-skin-quality-of-life"),
    _set(168, "hsct-crohns-disease-trials-endoscopic-outcomes"),
    # Held out until their one run on f1f2784 (the drafter then changed with their errors in
    # view).
    _set(169, "hsct-autoimmune-guidelines-consensus"),
    _set(170, "msc-knee-rheumatoid-juvenile-arthritis"),
    _set(171, "ahsct-neuromyelitis-optica-long-term"),
    # Held out until their one run on 18de697 (the drafter then changed with their errors in
    # view).
    _set(172, "car-t-lupus-long-term-b-cell-reconstitution"),
    _set(173, "ahsct-rrms-neda-alemtuzumab"),
    _set(174, "hsct-paediatric-severe-aplastic-anaemia"),
    # Held out until their one run on 2f8646e (the drafter then changed with their errors in
    # view).
    _set(175, "msc-progressive-multiple-sclerosis-intrathecal"),
    _set(176, "ahsct-lupus-long-term-outcomes"),
    _set(177, "caar-t-pemphigus-desmoglein"),
    # Held out until their one run on 4be8924 (the drafter then changed with their errors in
    # view).
    _set(178, "umbilical-cord-msc-lupus-china-follow-up"),
    _set(179, "msc-ibd-meta-analyses"),
    _set(180, "treg-tcon-gvhd-prevention-trials"),
    # Held out until their one run on f7819da (the drafter then changed with their errors in
    # view).
    _set(181, "tocilizumab-ssc-interstitial-lung-disease"),
    _set(182, "umbilical-cord-cells-asthma"),
    _set(183, "cd19-car-t-antisynthetase-myositis"),
    # Held out until their one run on b84dba0 (the drafter then changed with their errors in
    # view).
    _set(184, "ahsct-ms-safety-infections-late-effects"),
    _set(185, "msc-systemic-sclerosis-skin-digital-ulcers"),
    _set(186, "ucmsc-type-1-diabetes-trials"),
    # Held out until their one run on 26fb20c (the drafter then changed with their errors in
    # view).
    _set(187, "msc-covid-19-lung-damage"),
    _set(188, "msc-copd"),
    _set(189, "msc-aclf"),
    # Held out until their one run on b3ca8da (the drafter then changed with their errors in
    # view).
    _set(190, "msc-covid-19-ards"),
    _set(191, "msc-ards-septic-shock"),
    _set(192, "treg-placental-cells-covid-19"),
    # Held out until their one run on f643dc7 (the drafter then changed with their errors in
    # view).
    _set(193, "ahsct-immune-reconstitution-ms"),
    _set(194, "ahsct-immune-reset-sle-ssc"),
    _set(195, "ahsct-treg-renewal-jia-jdm"),
    # Held out until their one run on db715a3 (the drafter then changed with their errors in
    # view). One count over every expected file (of outcome names containing "worsening") took
    # these two in before their run; no rule was written from it.
    _set(196, "car-treg-hla-a2-transplantation"),
    _set(197, "remestemcel-l-paediatric-sr-agvhd"),
    # Held out until their one run on 75bc5a0 (the drafter then changed with their errors in
    # view).
    _set(198, "ahsct-ms-cost-effectiveness"),
    _set(199, "ahsct-ms-quality-of-life-fatigue"),
    _set(200, "car-t-ctd-interstitial-lung-disease"),
    # Held out until their one run on 75bc5a0 (their errors then read; no change from them
    # was kept).
    _set(201, "msc-neuromyelitis-optica"),
    _set(202, "t-cell-vaccination-multiple-sclerosis"),
    _set(203, "t-cell-vaccination-rheumatoid-arthritis"),
    # Held out until their one run on caede9e, the drafting code at the end of the day (their
    # errors then read; no change from them yet).
    _set(204, "hsct-autoimmune-registry-trends"),
    _set(207, "msc-secretome-immune-mediated-disease"),
    _set(209, "msc-rheumatic-immune-disease-trials-safety"),
    # Held out until its one run on 06df9bd (its errors then read; no change from them was
    # kept).
    _set(208, "msc-autoimmune-disease-randomised-trials"),
    # Held out until their one run on 7f7e896 (the drafter then changed with their errors in
    # view).
    _set(210, "ahsct-cidp"),
    _set(213, "msc-feline-chronic-gingivostomatitis"),
    _set(214, "msc-extracellular-vesicles-rheumatoid-arthritis"),
    _set(215, "amnion-cells-eae-multiple-sclerosis"),
    # Held out until its one run on 26e626c (the drafter then changed with its errors in view).
    _set(211, "ahsct-ms-long-term-disability-outcomes"),
    # Held out until their one run on f3080f7 (the drafter then changed with their errors in
    # view).
    _set(216, "ahsct-type-1-diabetes-long-term"),
    _set(219, "msc-temcell-steroid-refractory-agvhd"),
    # Held out until their one run on f5262c0 (the drafter then changed with their errors in
    # view).
    _set(222, "ahsct-graft-t-cell-depletion-autoimmune"),
    _set(224, "car-t-autoimmune-systematic-reviews"),
    _set(225, "car-t-lupus-pooled-analysis-erlangen-abstracts"),
    _set(226, "adipose-cord-msc-rheumatoid-arthritis"),
    # Held out until their one run on 15fde10 (the drafter then changed with their errors in
    # view).
    _set(228, "ahsct-ms-neurofilament-light"),
    _set(229, "ahsct-ms-norway-mexico-cohorts"),
    _set(230, "car-t-cns-autoimmunity-eae-dagla-encephalitis"),
    _set(232, "ecp-lichen-planus-atopic-dermatitis"),
    _set(233, "ecp-type-1-diabetes-multiple-sclerosis"),
    # Held out until their one run on bf380f8 (their errors then read; no change was made from
    # them).
    _set(234, "hsct-systemic-sclerosis-cardiac-function"),
    _set(236, "msc-steroid-refractory-agvhd-randomised-trials"),
    _set(238, "car-t-ahsct-rheumatic-recommendations"),
    # Held out until their one run on 9b5b7e7 (the drafter then changed with their errors in
    # view).
    _set(240, "ahsct-refractory-crohns-disease-reviews"),
    _set(241, "car-t-kyv-101-myasthenia-myositis"),
    _set(242, "msc-lupus-phase1-meta-analysis"),
    # Held out until their one run on 12f49c7 (their errors then read; no change was made from
    # them).
    _set(243, "ahsct-systemic-sclerosis-survival-cardiotoxicity"),
    _set(244, "msc-crohns-disease-clinical-trials"),
    # Held out until their one run on 04a8314 (the drafter then changed with their errors in
    # view).
    _set(245, "ahsct-ms-conditioning-progressive-comparators"),
    _set(246, "msc-crohns-perianal-rectovaginal-fistula"),
    _set(247, "foxp3-engineered-treg-ipex"),
    _set(248, "hct-immune-regulatory-disorders-stat3-gof-lrba"),
    # Held out until their one run on a2a9322 (the drafter then changed with their errors in
    # view).
    _set(249, "ahsct-myasthenia-stiff-person-gad-spectrum"),
    _set(250, "msc-rheumatoid-arthritis-type-1-diabetes-controlled-trials"),
    _set(251, "car-t-cd19-bcma-lupus-safety"),
    _set(252, "treg-toldc-t1d-cgvhd-arthritis-trials"),
    # Held out until their one run on f53fca8 (the drafter then changed with their errors in
    # view).
    _set(253, "hsct-autoimmune-guideline-recommendations"),
    _set(254, "msc-multiple-sclerosis-trials"),
    _set(255, "msc-ecp-treg-chronic-gvhd"),
    _set(256, "haplo-hsct-msc-aplastic-anaemia-evans"),
    # Held out until their one run on 76efb4b (the drafter then changed with their errors in
    # view).
    _set(257, "hsct-systemic-sclerosis-trials-cyclophosphamide"),
    _set(258, "msc-spondyloarthritis-sjogren"),
    _set(259, "car-t-progressive-ms-musk-myasthenia"),
    _set(260, "hsct-msc-luminal-crohns-disease-remission-safety"),
    # Held out until their one run on a224c5e (the drafter then changed with their errors in
    # view).
    _set(261, "ahsct-autoimmune-late-effects-infections-fertility"),
    _set(262, "msc-sle-lupus-nephritis-proteinuria-sledai"),
    _set(263, "hsct-jia-paediatric-lupus-mas"),
    _set(264, "cd19-car-t-ssc-myositis-case-series"),
    # Held out until their one run on df46834 (the drafter then changed with their errors in
    # view).
    _set(265, "ahsct-vs-high-efficacy-dmt-relapsing-ms"),
    _set(266, "msc-steroid-refractory-agvhd-children-adults"),
    _set(267, "t1d-cell-therapy-ahsct-cord-blood-islets"),
    _set(268, "ecp-psoriatic-arthritis-psoriasis-lupus"),
    # Held out until their one run on cc6e5a3 (the drafter then changed with their errors in
    # view).
    _set(269, "ahsct-nmosd-cidp-alternatives"),
    _set(270, "msc-ibd-systemic-infusion-ulcerative-colitis-crohns"),
    _set(271, "car-t-car-nk-lupus-allogeneic-reset"),
    _set(272, "hsct-conditioning-cd34-ms-ssc"),
    # Held out until their one run on 8b183be (their errors then read; no change was made from
    # them).
    _set(273, "ahsct-ms-quality-of-life-brain-volume"),
    _set(274, "msc-pbc-psoriasis-alopecia-areata"),
    _set(275, "hsct-car-t-systemic-sclerosis-myositis-reviews"),
    # Held out until their one run on 0da36d0 (the drafter then changed with their errors in
    # view).
    _set(276, "ahsct-highly-active-ms-long-term-outcomes"),
    _set(277, "adipose-cells-fat-grafting-systemic-sclerosis-hands"),
    _set(278, "ahsct-refractory-coeliac-autoimmune-cytopenias"),
    _set(279, "car-t-caar-t-vasculitis-antisynthetase-pemphigus"),
    # Held out until their one run on 165da8b (the drafter then changed with their errors in
    # view).
    _set(280, "ahsct-progressive-multiple-sclerosis"),
    _set(281, "msc-autoimmune-hepatitis-colitis-hepatobiliary"),
    _set(282, "hsct-behcet-takayasu"),
    _set(283, "car-t-nmosd-mogad-autoimmune-encephalitis"),
    # Held out until their one run on 81f9764 (the drafter then changed with their errors in
    # view).
    _set(284, "ahsct-paediatric-ms-real-world-series"),
    _set(285, "msc-ssc-ild-inflammatory-myopathy"),
    _set(286, "treg-therapy-lupus-diabetes-autoimmune-hepatitis"),
    _set(287, "allo-hsct-refractory-autoimmune-disease"),
    # Held out until their one run on 7f60988 (the drafter then changed with their errors in
    # view).
    _set(288, "ahsct-systemic-sclerosis-cardiopulmonary-selection"),
    _set(289, "msc-extracellular-vesicle-rheumatoid-arthritis"),
    _set(290, "cd19-car-t-lupus-long-term-safety"),
    _set(291, "ecp-msc-cgvhd-systemic-sclerosis"),
    # Held out until their one run on 6430f79 (their errors then read; no change was made from
    # them).
    _set(292, "ahsct-autoimmune-registry-survival-secondary-autoimmunity"),
    _set(293, "msc-autoimmune-thyroiditis-ovarian-insufficiency"),
    _set(294, "car-t-rheumatoid-arthritis-sjogren-disease"),
    _set(295, "toldc-treg-ms-nmo-phase1"),
    # Held out until their one run on a63da8a (the drafter then changed with their errors in
    # view).
    _set(296, "ahsct-ms-cognition-fatigue-pro"),
    _set(297, "msc-nmosd-myasthenia-gravis"),
    _set(298, "car-t-b-cell-itp-aiha-aps"),
    _set(299, "sce-cord-blood-t1d-alopecia-areata"),
    # Held out until their one run on bfbd613 (the drafter then changed with their errors in
    # view).
    _set(300, "ahsct-relapsing-ms-hta-guidance"),
    _set(301, "msc-lupus-skin-haematological-serological"),
    _set(302, "car-t-myositis-systemic-sclerosis-early-reports"),
    _set(303, "hsct-cell-therapy-ibd-perianal-remission-safety"),
    # Held out until their one run on e3f5153 (the drafter then changed with their errors in
    # view).
    _set(304, "ahsct-cidp-stiff-person-myasthenia"),
    _set(305, "msc-psoriasis-atopic-dermatitis-case-series"),
    _set(306, "bispecific-t-cell-engager-car-t-refractory-autoimmune"),
    _set(307, "hsct-rheumatic-disease-guidelines"),
    # Held out until their one run on 59ed21b (the drafter then changed with their errors in
    # view).
    _set(308, "ahsct-juvenile-systemic-sclerosis-paediatric-rheumatic-disease"),
    _set(309, "msc-sjogrens-syndrome-clinical-animal"),
    _set(310, "car-t-myasthenia-gravis-trials-safety"),
    _set(311, "hsct-cost-access-autoimmune"),
    # Held out until their one run on 6f6d454 (the drafter then changed with their errors in
    # view).
    _set(312, "hsct-ctla4-stat3-immune-dysregulation"),
    _set(313, "car-t-caar-autoimmune-kidney-disease"),
    _set(314, "msc-ankylosing-spondylitis-spondyloarthritis-osteogenesis"),
    _set(315, "ahsct-rheumatoid-juvenile-idiopathic-arthritis"),
    # Held out until their one run on 688cc5c (the drafter then changed with their errors in
    # view).
    _set(316, "ahsct-ms-mri-atrophy-neurofilament"),
    _set(317, "msc-immune-thrombocytopenia-autoimmune-haemolytic-anaemia"),
    _set(318, "car-t-autoimmune-perspectives"),
    _set(319, "ahsct-lupus-long-term-mortality-relapse"),
    # Held out until their one run on e9c8173 (the drafter then changed with their errors in
    # view).
    _set(320, "tolerogenic-dendritic-cells-autoimmune-trials"),
    _set(321, "msc-anca-vasculitis-crescentic-glomerulonephritis"),
    _set(322, "car-t-paediatric-lupus-autoimmune"),
    _set(323, "ahsct-multiple-sclerosis-patient-selection"),
    # Held out until their one run on 2e6c02a (the drafter then changed with their errors in
    # view).
    _set(324, "ahsct-multiple-sclerosis-latin-america-asia"),
    _set(325, "msc-uveitis-sjogren-ocular-gvhd-dry-eye"),
    _set(326, "treg-therapy-gvhd-orca-t-cord-blood-cgvhd"),
    _set(327, "hsct-evans-syndrome-children"),
    # Held out until their one run on 328b764 (the drafter then changed with their errors in
    # view).
    _set(328, "ahsct-nmosd-mogad-relapse-aqp4"),
    _set(329, "msc-type-1-diabetes-c-peptide-insulin"),
    _set(330, "car-t-vasculitis-antiphospholipid-encephalitis"),
    _set(331, "ecp-systemic-sclerosis-atopic-dermatitis-cgvhd"),
    # Held out until their one run on 2b6b9c6 (the drafter then changed with their errors in
    # view).
    _set(332, "ahsct-high-efficacy-dmt-relapsing-ms"),
    _set(333, "msc-adipose-systemic-sclerosis-digital-ulcer-hand"),
    _set(334, "car-t-myositis-juvenile-dermatomyositis-news"),
    _set(335, "ahsct-refractory-coeliac-disease-autoimmune-enteropathy"),
    # Held out until their one run on 685d6b1 (the drafter then changed with their errors in
    # view).
    _set(336, "ahsct-progressive-ms-disability-who-benefits"),
    _set(337, "hsct-jdm-paediatric-autoimmune"),
    _set(338, "ahsct-autoimmune-infections-secondary-autoimmunity"),
    _set(339, "polyclonal-treg-type-1-diabetes"),
    # Held out until their one run on 59d719e (the drafter then changed with their errors in
    # view).
    _set(340, "msc-lupus-nephritis-controlled-trials-renal-response"),
    _set(341, "car-t-multiple-sclerosis-cns-penetration"),
    _set(342, "ahsct-crohns-endoscopic-perianal-adverse-events"),
    _set(343, "msc-ulcerative-proctitis-luminal-crohns"),
    # Held out until their one run on 981f746 (the drafter then changed with their errors in
    # view).
    _set(344, "ahsct-systemic-sclerosis-lung-skin-cardiac-cohorts"),
    _set(345, "msc-multiple-sclerosis-intrathecal-intravenous-disability-mri"),
    _set(346, "car-t-systemic-sclerosis-myositis-crs"),
    _set(347, "hsct-autoimmune-cytopenias-adults"),
    # Held out until their one run on d5446da (the drafter then changed with their errors in
    # view).
    _set(348, "msc-rheumatoid-arthritis-early-trials"),
    _set(349, "ahsct-nmosd-myasthenia-gravis-relapse-harms"),
    _set(350, "car-t-bispecific-refractory-lupus"),
    _set(351, "tregs-toldcs-rheumatoid-inflammatory-arthritis"),
    # Never held out: written as held-out set 353 (4d215e8), but its source 2 is a review set 2
    # cites, so the drafter may have been changed with its sentences in view.
    _set(353, "msc-sle-sledai-proteinuria-safety"),
    # Held out until their one run on caeec8e (the drafter then changed with their errors in
    # view).
    _set(352, "ahsct-cidp-response-relapse-toxicity"),
    _set(354, "ahsct-type-1-diabetes-insulin-independence"),
    _set(355, "ecp-pemphigus-autoimmune-bullous"),
    # Held out until their one run on 29e14f9 (the drafter then changed with their errors in
    # view).
    _set(356, "ahsct-multiple-sclerosis-conditioning-intensity"),
    _set(357, "msc-remestemcel-steroid-refractory-agvhd-children-adults"),
    _set(358, "car-t-rheumatoid-arthritis-sjogren-rheumatic-disease"),
    _set(359, "hsct-behcet-vasculitis-relapsing-polychondritis"),
    # Held out until their one run on 0710af9 (the drafter then changed with their errors in
    # view).
    _set(360, "hsct-adult-dermatomyositis-polymyositis-myositis"),
    _set(361, "msc-pbc-autoimmune-hepatitis-liver-disease"),
    _set(362, "car-t-belimumab-lupus-plasma-cells-flares-vaccines"),
    _set(363, "msc-vitiligo-alopecia-areata-lichen-planus"),
    # Held out until their one run on 4b82bb3 (the drafter then changed with their errors in
    # view).
    _set(364, "hsct-very-early-onset-ibd-il10r-xiap-deficiency"),
    _set(365, "msc-connective-tissue-disease-interstitial-lung-disease"),
    _set(366, "car-treg-engineered-treg-autoimmune-disease"),
    _set(367, "caps-ittp-plasma-exchange-rituximab-eculizumab-caplacizumab"),
    # Held out until their one run on 8914a41 (the drafter then changed with their errors in
    # view).
    _set(368, "ahsct-paediatric-onset-multiple-sclerosis"),
    _set(369, "msc-chronic-gvhd-skin-lung-mouth"),
    _set(370, "car-t-rituximab-hypogammaglobulinaemia-infections"),
    _set(371, "tolerogenic-dendritic-cells-tregs-ms-nmosd"),
    # Held out until their one run on e9883d3 (the drafter then changed with their errors in
    # view).
    _set(372, "ahsct-lupus-nephritis-cyclophosphamide-mycophenolate-rituximab"),
    _set(373, "msc-secretome-axial-spondyloarthritis-psoriasis"),
    _set(374, "blinatumomab-t-cell-engager-myasthenia-gravis-cidp"),
    _set(375, "hsct-systemic-sclerosis-renal-crisis-pah-cardiac-harms"),
    # Held out until their one run on d65f439 (the drafter then changed with their errors in
    # view).
    _set(376, "ahsct-rheumatoid-arthritis-juvenile-idiopathic-arthritis"),
    _set(377, "msc-islet-cell-therapy-type-1-diabetes-teplizumab"),
    _set(378, "bcma-car-t-myasthenia-nmosd-weighed-treatments"),
    _set(379, "allo-hsct-lupus-crohns-cytopenia-chimerism"),
    # Held out until their one run on f48c69e (the drafter then changed with their errors in
    # view).
    _set(380, "ahsct-photopheresis-stiff-person-gad-spectrum-nmdar-encephalitis"),
    _set(381, "car-nk-cells-gamma-delta-t-cells-alloreactivity-gvhd"),
    _set(382, "msc-extracellular-vesicles-ulcerative-colitis-biologics-colectomy"),
    _set(383, "low-dose-interleukin-2-lupus-autoimmune-disease"),
    # Held out until their one run on 3a7fa51 (the drafter then changed with their errors in
    # view).
    _set(384, "car-t-caar-pemphigus-skin-rituximab-corticosteroids"),
    _set(385, "ruxolitinib-belumosudil-ibrutinib-steroid-refractory-chronic-gvhd"),
    _set(386, "msc-exosomes-collagen-induced-arthritis-animal-models"),
    _set(387, "secondary-autoimmunity-alemtuzumab-atg-thyroid-itp"),
    # Held out until their one run on f171473 (the drafter then changed with their errors in
    # view).
    _set(388, "msc-dental-stem-cell-sjogren-salivary-hydroxychloroquine"),
    _set(389, "hsct-ctla4-lrba-apds-ipex-abatacept-sirolimus-leniolisib"),
    _set(390, "car-t-crs-icans-tocilizumab-anakinra-corticosteroids"),
    _set(391, "anti-cd20-high-efficacy-therapy-ms-relapse-infection"),
    # Held out until their one run on 0d44463 (the drafter then changed with their errors in
    # view).
    _set(392, "eculizumab-ravulizumab-satralizumab-inebilizumab-nmosd"),
    _set(393, "msc-atopic-dermatitis-chronic-urticaria-dupilumab"),
    _set(394, "car-t-b-cell-depletion-igg4-related-disease-fibrosis"),
    _set(395, "cell-therapy-uveitis-adalimumab-corticosteroids"),
    # Held out until their one run on 0a34391 (the drafter then changed with their errors in
    # view).
    _set(396, "treg-ptcy-calcineurin-inhibitor-gvhd-prophylaxis"),
    _set(397, "car-t-rituximab-obinutuzumab-membranous-nephropathy"),
    _set(398, "tolerogenic-dc-treg-thyroiditis-teprotumumab-steroids-antithyroid-drugs"),
    _set(399, "ahsct-ms-expectations-access-natalizumab-fatigue-work"),
    # Held out until their one run on a2969fd (the drafter then changed with their errors in
    # view).
    _set(400, "hsct-versus-immunosuppression-severe-aplastic-anaemia"),
    _set(401, "msc-lupus-prone-mice-nephritis-autoantibodies"),
    _set(402, "anifrolumab-belimumab-voclosporin-lupus-nephritis"),
    _set(403, "extracorporeal-photopheresis-acute-gvhd-organ-rejection"),
    # Held out until their one run on 0b6efe8 (the drafter then changed with their errors in
    # view).
    _set(404, "hsct-hlh-mas-emapalumab-etoposide-anakinra-ruxolitinib"),
    _set(405, "treg-msc-kidney-transplant-tolerance-tacrolimus"),
    _set(406, "rituximab-inebilizumab-mogad-autoimmune-encephalitis"),
    _set(407, "biologics-jak-inhibitors-sjia-adult-onset-stills-disease"),
    # Held out until their one run on 7dd0ea4 (the drafter then changed with their errors in
    # view).
    _set(408, "large-vessel-vasculitis-glucocorticoid-tocilizumab-infliximab-methotrexate"),
    _set(409, "car-t-itp-waiha-rilzabrutinib-fostamatinib-splenectomy"),
    _set(410, "hsct-cidp-guillain-barre-ivig-plasma-exchange-efgartigimod"),
    _set(411, "hsct-sarcoidosis-neurosarcoidosis-infliximab-methotrexate-glucocorticoids"),
    # Held out until their one run on 1473252, which stopped at set 414 (an IndexError on
    # empty brackets); 414 and 415 were scored on c0bc405, which mends only that (the drafter
    # then changed with their errors in view).
    _set(412, "msc-ecp-bronchiolitis-obliterans-clad-azithromycin-ruxolitinib-belumosudil"),
    _set(413, "bullous-pemphigoid-hsct-corticosteroids-rituximab-omalizumab-dupilumab"),
    _set(414, "msc-adipose-chronic-wounds-hidradenitis-suppurativa"),
    _set(415, "msc-ivig-infliximab-anakinra-steroids-kawasaki-mis-c"),
    # Held out until their one run on 90005d2 (the drafter then changed with their errors in
    # view).
    _set(416, "b-cell-depletion-rituximab-anca-vasculitis-avacopan-plasma-exchange"),
    _set(417, "treg-msc-donor-marrow-liver-transplant-tolerance"),
    _set(418, "immune-checkpoint-inhibitor-myocarditis-colitis-arthritis"),
    _set(419, "baricitinib-verapamil-golimumab-abatacept-teplizumab-new-onset-type-1-diabetes"),
    # Held out until their one run on 401ccc3 (the drafter then changed with their errors in
    # view). A crash search may have drafted damaged copies of them before that run (see
    # RESULTS-ingest.md).
    _set(420, "msc-vedolizumab-antitrypsin-fmt-steroid-refractory-gi-gvhd"),
    _set(421, "low-dose-il2-tregs-abatacept-chronic-gvhd"),
    _set(422, "rituximab-ivig-ahsct-anti-mag-multifocal-motor-neuropathy"),
    _set(423, "pulmonary-alveolar-proteinosis-gm-csf-lavage-macrophage-hsct"),
    # Held out until their one run on 1f5afb8 (the drafter then changed with their errors in
    # view).
    _set(424, "fcrn-complement-inhibitors-thymectomy-stem-cell-myasthenia-gravis"),
    _set(425, "iga-nephropathy-nefecon-sparsentan-iptacopan-atacicept-stem-cells"),
    _set(426, "colchicine-il-1-blockade-hsct-periodic-fever-syndromes"),
    _set(427, "udca-norudca-vancomycin-liver-transplantation-psc"),
    # Held out until their one run on f172992 (the drafter then changed with their errors in
    # view).
    _set(428, "ivig-rituximab-autohct-necrotising-myopathy-inclusion-body-myositis"),
    _set(429, "mepolizumab-benralizumab-rituximab-cyclophosphamide-egpa"),
    _set(430, "giant-cell-myocarditis-immunosuppression-heart-transplant-msc"),
    _set(431, "rituximab-obinutuzumab-cyclosporine-msc-nephrotic-syndrome"),
    # Held out until their one run on 163d065 (the drafter then changed with their errors in
    # view).
    _set(432, "amifampridine-immunotherapy-lambert-eaton-autonomic-ganglionopathy"),
    _set(433, "udca-oca-ppar-agonists-msc-primary-biliary-cholangitis"),
    _set(434, "tocilizumab-sarilumab-methotrexate-polymyalgia-rheumatica"),
    _set(435, "il17-il23-inhibitors-msc-plaque-psoriasis"),
    # Held out until their one run on 8870443 (the drafter then changed with their errors in
    # view).
    _set(436, "sutimlimab-rituximab-bendamustine-cold-agglutinin-disease"),
    _set(437, "methotrexate-mycophenolate-fat-grafting-morphea"),
    _set(438, "emicizumab-rituximab-immune-tolerance-acquired-haemophilia-a"),
    _set(439, "dupilumab-topical-steroid-ppi-diet-eosinophilic-oesophagitis"),
    # Held out until their one run on 8e4f782 (the drafter then changed with their errors in
    # view).
    _set(440, "cyclosporine-rituximab-daratumumab-acquired-pure-red-cell-aplasia"),
    _set(441, "acth-corticosteroids-ivig-rituximab-opsoclonus-myoclonus"),
    _set(442, "iga-vasculitis-nephritis-immunosuppression-kidney-transplant"),
    _set(443, "infliximab-ciclosporin-corticosteroids-biologics-pyoderma-gangrenosum"),
    # Held out until their one run on 6145919 (the drafter then changed with their errors in
    # view).
    _set(444, "tofacitinib-plasma-exchange-rituximab-anti-mda5-dermatomyositis"),
    _set(445, "nsaids-bisphosphonates-tnf-inhibitors-corticosteroids-cno-crmo"),
    _set(446, "budesonide-thiopurines-anti-tnf-vedolizumab-microscopic-colitis"),
    _set(447, "corticosteroids-methotrexate-anakinra-autoimmune-inner-ear-disease"),
    # Held out until their one run on 809d18c (the drafter then changed with their errors in
    # view).
    _set(448, "rituximab-plasma-exchange-anti-gbm-goodpasture-rpgn"),
    _set(449, "anti-tnf-azathioprine-interferon-neuro-behcet-uveitis"),
    _set(450, "antisynthetase-ild-immunosuppression-nintedanib-lung-transplant"),
    _set(451, "dli-treg-msc-ruxolitinib-graft-failure-immune-cytopenia"),
    # Held out until their one run on 7de19a7 (the drafter then changed with their errors in
    # view).
    _set(452, "susac-syndrome-immunotherapy-outcomes"),
    _set(453, "schnitzler-syndrome-il-1-blockade"),
    _set(454, "non-infectious-scleritis-rituximab-tnf-methotrexate-mycophenolate"),
    _set(455, "ta-tma-eculizumab-narsoplimab-calcineurin-inhibitor-withdrawal"),
    # Held out until their one run on 26f80ec (the drafter then changed with their errors in
    # view).
    _set(456, "cryoglobulinaemic-vasculitis-rituximab-antivirals-plasmapheresis"),
    _set(457, "cvid-glild-cytopenia-rituximab-corticosteroid-hsct"),
    _set(458, "cogan-syndrome-steroids-infliximab-cochlear-implantation"),
    _set(459, "stat1-gof-jak-inhibitors-stem-cell-transplantation"),
    # Held out until their one run on 0dd0840 (the drafter then changed with their errors in
    # view).
    _set(460, "birdshot-posterior-uveitis-adalimumab-cyclosporine-corticosteroid"),
    _set(461, "dapsone-gluten-free-diet-dermatitis-herpetiformis-linear-iga"),
    _set(462, "autoimmune-encephalitis-lgi1-caspr2-gabab-immunotherapy"),
    _set(463, "autoimmune-pancreatitis-orbital-inflammation-relapse"),
    # Held out until their one run on bcdabc5 (the drafter then changed with their errors in
    # view).
    _set(464, "sydenham-chorea-pandas-ivig-plasma-exchange-antibiotic-prophylaxis"),
    _set(465, "alps-sirolimus-mycophenolate-splenectomy-hsct"),
    _set(466, "castleman-siltuximab-tocilizumab-sirolimus-rituximab"),
    _set(467, "hypophysitis-glucocorticoids-azathioprine-hormone-replacement"),
    # Held out until their one run on 5fc1874 (the drafter then changed with their errors in
    # view).
    _set(468, "recurrent-pericarditis-colchicine-corticosteroids-il1-blockade"),
    _set(469, "lgl-leukaemia-felty-syndrome-autoimmune-neutropenia"),
    _set(470, "drug-induced-interstitial-nephritis-tinu-corticosteroids"),
    _set(471, "il36-il17-inhibitors-pustular-psoriasis-palmoplantar-pustulosis"),
    # Held out until their one run on 6ad8d95 (the drafter then changed with their errors in
    # view).
    _set(472, "ocular-mucous-membrane-pemphigoid-immunosuppression"),
    _set(473, "polyarteritis-nodosa-dada2-cyclophosphamide-anti-tnf-hsct"),
    _set(474, "cutaneous-discoid-lupus-hydroxychloroquine-thalidomide-biologics"),
    _set(475, "idiopathic-retroperitoneal-fibrosis-non-infectious-aortitis"),
    # Held out until their one run on ad306ab (the drafter then changed with their errors in
    # view).
    _set(476, "vogt-koyanagi-harada-sympathetic-ophthalmia-immunomodulatory-therapy"),
    _set(477, "neonatal-lupus-anti-ro-congenital-heart-block"),
    _set(478, "rheumatoid-arthritis-ild-antifibrotics-immunosuppressants-methotrexate"),
    _set(479, "hypereosinophilic-syndrome-corticosteroids-hydroxyurea-imatinib-mepolizumab"),
    # Held out until their one run on 29fe344 (the drafter then changed with their errors in
    # view).
    _set(480, "jak-inhibitors-type-i-interferonopathies"),
    _set(481, "calcinosis-juvenile-dermatomyositis-systemic-sclerosis"),
    _set(482, "refractory-childhood-lupus-rituximab-belimumab-cyclophosphamide"),
    _set(483, "blau-syndrome-kikuchi-fujimoto-disease-treatment"),
    # Held out until their one run on 6ec263c (the drafter then changed with their errors in
    # view). 484, 486 and 487 take the topics of sets 445, 438 and 423 again, from other
    # sources.
    _set(484, "cno-crmo-nsaids-bisphosphonates-tnf-inhibitors"),
    _set(485, "immune-ttp-plasma-exchange-caplacizumab-rituximab"),
    _set(486, "acquired-haemophilia-a-emicizumab-rituximab-bypassing-agents"),
    _set(487, "autoimmune-pap-gm-csf-lavage-rituximab-plasmapheresis"),
    # Held out until their one run on 2d32b7f (the drafter then changed with their errors in
    # view). 488 takes the topic of set 457 again, from other sources.
    _set(488, "glild-cvid-rituximab-azathioprine-ivig-allo-hsct"),
    _set(489, "anti-interferon-gamma-autoantibody-immunodeficiency"),
    _set(490, "gfap-astrocytopathy-hashimoto-encephalopathy-immunotherapy"),
    _set(491, "scleromyxedema-ivig-thalidomide-lenalidomide-bortezomib-asct"),
    # Held out until their one run on fd9a1b0 (the drafter then changed with their errors in
    # view).
    _set(492, "apeced-hormone-replacement-t-cell-targeted-therapy"),
    _set(493, "sweet-syndrome-neutrophilic-dermatoses"),
    _set(494, "ipaf-mycophenolate-rituximab-azathioprine-pirfenidone"),
    _set(495, "paraneoplastic-pemphigus-rituximab-cyclosporin-ivig"),
    # Held out until their one run on ed96e55 (the drafter then changed with the next four
    # sets' errors in view, not with theirs).
    _set(496, "autoimmune-retinopathy-rituximab-ivig-immunosuppression"),
    _set(497, "urticarial-vasculitis-corticosteroids-dapsone-omalizumab"),
    _set(498, "c3-glomerulopathy-mycophenolate-eculizumab-iptacopan"),
    _set(499, "anti-factor-h-ahus-plasma-exchange-eculizumab-immunosuppression"),
    # Held out until their one run on dda5dc1 (the drafter then changed with their errors in
    # view).
    _set(500, "dress-corticosteroid-cyclosporine-ivig-jak-mepolizumab"),
    _set(501, "lichen-planopilaris-frontal-fibrosing-alopecia-immunomodulators"),
    _set(502, "erythema-nodosum-enl-nsaids-colchicine-thalidomide-tnf"),
    _set(503, "rheumatic-fever-carditis-steroids-penicillin-prophylaxis"),
    # Held out until their one run on c9e6867 (the drafter then changed with their errors in
    # view).
    _set(504, "mis-c-ivig-steroids-anakinra-infliximab"),
    _set(505, "pfapa-corticosteroid-colchicine-cimetidine-tonsillectomy-il1-blockade"),
    _set(506, "antibiotic-refractory-pouchitis-crohns-pouch"),
    _set(507, "adem-transverse-myelitis-methylprednisolone-plex-ivig-cyclophosphamide"),
    # Held out until their one run on 56a612e (the drafter then changed with their errors in
    # view).
    _set(508, "acquired-angioedema-c1-inhibitor-deficiency"),
    _set(509, "morvan-syndrome-neuromyotonia-immunotherapy"),
    _set(510, "miller-fisher-bickerstaff-ivig-plasma-exchange"),
    _set(511, "reactive-arthritis-nsaids-sulfasalazine-antibiotics-tnf-inhibitors"),
    # Held out until their one run on 77ea852 (the drafter then changed with their errors in
    # view).
    _set(512, "pemphigoid-gestationis-corticosteroids-ivig-plasma-exchange"),
    _set(513, "eosinophilic-gastroenteritis-steroids-diet-anti-siglec-8"),
    _set(514, "type-b-insulin-resistance-insulin-autoimmune-syndrome"),
    _set(515, "anti-iglon5-disease-immunotherapy"),
    # Held out until their one run on 5b5cfde (the drafter then changed with their errors in
    # view).
    _set(516, "narcolepsy-type-1-immunotherapy-near-onset"),
    _set(517, "enteropathic-arthritis-sulfasalazine-tnf-ustekinumab-vedolizumab-jak"),
    _set(518, "good-syndrome-thymoma-autoimmunity"),
    _set(519, "dira-anakinra-corticosteroids-acitretin"),
    # Held out until their one run on 991c296 (the drafter then changed with their errors in
    # view).
    _set(520, "clippers-corticosteroids-steroid-sparing-immunosuppression"),
    _set(521, "serpiginous-choroiditis-immunosuppression-alkylating-agents-infliximab"),
    _set(522, "mooren-ulcer-puk-cyclosporin-biologics"),
    _set(523, "orofacial-granulomatosis-granulomatous-cheilitis"),
    # Held out until their one run on d4646e5 (the drafter then changed with their errors in
    # view).
    _set(524, "tolosa-hunt-syndrome-steroids-immunosuppressants-radiosurgery"),
    _set(525, "pars-planitis-uveitic-macular-edema-treatment"),
    _set(526, "granuloma-annulare-necrobiosis-lipoidica"),
    _set(527, "eosinophilic-cellulitis-corticosteroid-dapsone-dupilumab"),
    # Held out until their one run on 6906d61 (the drafter then changed with their errors in
    # view).
    _set(528, "bullous-systemic-lupus-erythematosus-dapsone-rituximab"),
    _set(529, "iga-pemphigus-subcorneal-pustular-dermatosis"),
    _set(530, "cutaneous-lupus-antimalarials-thalidomide-anifrolumab"),
    _set(531, "apmppe-steroids-immunosuppression-cerebral-vasculitis"),
    # Held out until their one run on c479198 (the drafter then changed with their errors in
    # view).
    _set(532, "palindromic-rheumatism-hydroxychloroquine-dmards-progression"),
    _set(534, "undifferentiated-connective-tissue-disease-hydroxychloroquine-methotrexate"),
    _set(535, "ocular-sarcoidosis-uveitis-steroids-anti-tnf"),
    # Held out until their one run on b048f79 (the drafter then changed with their errors in
    # view).
    _set(536, "idiopathic-orbital-myositis-corticosteroids-radiotherapy-rituximab"),
    _set(537, "sclerosing-mesenteritis-tamoxifen-prednisone-corticosteroids"),
    _set(538, "ocular-myasthenia-gravis-prednisone-pyridostigmine-thymectomy"),
    _set(539, "igg4-hypertrophic-pachymeningitis-steroids-rituximab"),
    # Held out until their one run on ea7b6f4 (the drafter then changed with their errors in
    # view).
    _set(540, "kimura-disease-steroids-cyclosporine-radiotherapy-surgery"),
    _set(541, "riedel-thyroiditis-igg4-related-thyroid-disease"),
    _set(542, "autoimmune-addison-replacement-rituximab-tetracosactide"),
    # Held out until their one run on 23b5d20 (the drafter then changed with their errors in
    # view).
    _set(543, "hypersensitivity-pneumonitis-corticosteroids-mmf-azathioprine-nintedanib"),
    _set(544, "chronic-eosinophilic-pneumonia-corticosteroids-anti-il-5"),
    _set(545, "cold-inducible-urticaria-antihistamine-omalizumab-cyclosporine-dupilumab"),
    # Held out until their one run on 45ad555 (the drafter then changed with their errors in
    # view).
    _set(546, "heparin-induced-thrombocytopenia-argatroban-fondaparinux-doac-ivig-plasma-exchange"),
    _set(547, "abpa-prednisolone-itraconazole-omalizumab-biologics"),
    _set(548, "prurigo-nodularis-dupilumab-nemolizumab-methotrexate-jak-inhibitors"),
    _set(549, "primary-cns-vasculitis-glucocorticoids-cyclophosphamide-rituximab-maintenance"),
    # Held out until their one run on 444446a (the drafter then changed with their errors in
    # view).
    _set(550, "vitt-ivig-non-heparin-anticoagulation-plasma-exchange"),
    _set(551, "autoimmune-gastritis-pernicious-anaemia-vitamin-b12-iron-surveillance"),
    _set(552, "chronic-hand-eczema-alitretinoin-phototherapy-dupilumab-delgocitinib"),
    _set(553, "fnait-antenatal-ivig-corticosteroid-platelet-transfusion"),
    # Held out until their one run on a681895 (the drafter then changed with one of their errors
    # in view).
    _set(554, "rheumatoid-vasculitis-cyclophosphamide-methylprednisolone-rituximab-biologics"),
    _set(555, "chronic-granulomatous-disease-hct-infliximab-vedolizumab-gene-therapy"),
    _set(556, "peanut-allergy-oral-immunotherapy-epicutaneous-omalizumab"),
    _set(557, "hymenoptera-venom-allergy-venom-immunotherapy-omalizumab-epinephrine"),
    # Held out until their one run on f7c28a6 (the drafter then changed with their errors in
    # view).
    _set(558, "dock8-deficiency-allogeneic-hsct-conditioning-survival"),
    _set(559, "wiskott-aldrich-syndrome-hsct-gene-therapy-rituximab-splenectomy-eltrombopag"),
    _set(560, "lada-insulin-dpp4-inhibitors-glp1-vitamin-d-gad-alum"),
    _set(561, "cardiac-sarcoidosis-corticosteroids-methotrexate-tnf-inhibitors-icd"),
    # Held out until their one run on f7c28a6, with 558-561 (the drafter then changed with
    # their errors in view).
    _set(562, "lad1-hsct-gene-therapy-il17-il23-blockade"),
    _set(563, "xla-immunoglobulin-replacement-azithromycin-hsct"),
    _set(564, "traps-etanercept-canakinumab-il1-blockade-corticosteroids"),
    _set(565, "pityriasis-rubra-pilaris-retinoids-methotrexate-tnf-ustekinumab-il17"),
    # Held out until their one run on e01354d (the drafter then changed with their errors in
    # view).
    _set(566, "chediak-higashi-hsct-accelerated-phase-emapalumab"),
    _set(567, "cppd-colchicine-anakinra-corticosteroids-methotrexate"),
    _set(568, "scid-hsct-donor-conditioning-gene-therapy"),
    _set(569, "erdheim-chester-interferon-anakinra-vemurafenib-cobimetinib"),
    # Held out until their one run on 572e514 (the drafter then changed with one of their
    # errors in view).
    _set(570, "cd40l-deficiency-hyper-igm-hsct-immunoglobulin-prophylaxis"),
    _set(571, "mhc-class-ii-deficiency-hsct-cord-blood-conditioning"),
    _set(572, "papa-syndrome-il1-blockers-anakinra-tnf-inhibitors-corticosteroids"),
    _set(573, "rosai-dorfman-surgery-steroids-radiotherapy-cladribine-mek-inhibitors"),
    # Held out until their one run on 52bbfa7 (the drafter then changed with one of their
    # errors in view).
    _set(574, "griscelli-syndrome-hsct-immunosuppression-emapalumab"),
    _set(575, "omenn-syndrome-hsct-cord-blood-conditioning"),
    _set(576, "ha20-tnf-antagonists-corticosteroids-jak-inhibitors-thalidomide"),
    _set(577, "eosinophilic-myocarditis-corticosteroids-mepolizumab-imatinib-drug-withdrawal"),
    # Held out until their one run on d7ef28b (the drafter then changed with their errors in
    # view).
    _set(578, "poems-syndrome-autologous-hsct-lenalidomide-radiotherapy-melphalan"),
    _set(579, "acquired-von-willebrand-syndrome-ivig-rituximab-desmopressin"),
    _set(580, "systemic-mastocytosis-midostaurin-avapritinib-allogeneic-hct-cladribine-interferon"),
    _set(581, "sjs-ten-cyclosporine-etanercept-ivig-corticosteroids"),
    # Held out until their one run on 7f6181b (the drafter then changed with one of their
    # errors in view).
    _set(582, "nlrc4-autoinflammation-il18bp-tadekinig-il1-blockade"),
    _set(583, "yao-syndrome-glucocorticoids-sulfasalazine-anakinra-canakinumab-tocilizumab"),
    _set(584, "hdfn-ivig-nipocalimab-intrauterine-transfusion-anti-d"),
    _set(585, "post-transfusion-purpura-ivig-plasma-exchange-corticosteroids"),
    # Run once as held-out sets on fe14d99 (no set 586 was written); the drafter has not been
    # changed with their errors in view.
    _set(587, "majeed-syndrome-il1-blockade-nsaids-corticosteroids"),
    _set(588, "serum-sickness-corticosteroids-plasmapheresis-premedication"),
    _set(589, "kimura-disease-surgery-radiotherapy-corticosteroids-dupilumab"),
    # Held out until their one run on 682fc82 (the drafter then changed with their errors in
    # view).
    _set(590, "pnh-ravulizumab-pegcetacoplan-danicopan-iptacopan-hsct"),
    _set(
        591,
        "hereditary-angioedema-lanadelumab-berotralstat-garadacimab-c1-inhibitor-icatibant-danazol",
    ),
    _set(592, "pleva-phototherapy-erythromycin-methotrexate"),
    _set(593, "eales-disease-corticosteroids-photocoagulation-anti-vegf-vitrectomy"),
    _set(594, "degos-disease-eculizumab-treprostinil-ivig-aspirin"),
    _set(595, "cronkhite-canada-corticosteroids-nutrition-azathioprine-infliximab"),
    _set(596, "fires-norse-immunotherapy-anakinra-tocilizumab-ketogenic-diet"),
    _set(597, "cutaneous-sarcoidosis-tofacitinib-infliximab-methotrexate-hydroxychloroquine"),
    # Held out until their one run on 6e9da73 (the drafter then changed with their errors in
    # view).
    _set(598, "hyperhemolysis-ivig-corticosteroids-eculizumab-tocilizumab-rituximab"),
    _set(599, "acne-fulminans-corticosteroids-isotretinoin-dapsone-adalimumab"),
    _set(600, "drug-induced-lupus-drug-withdrawal-corticosteroids-hydroxychloroquine"),
    _set(601, "me-cfs-rituximab-cyclophosphamide-immunoadsorption-ivig"),
    _set(602, "interstitial-cystitis-cyclosporine-pentosan-dmso-triamcinolone"),
    _set(603, "keloid-triamcinolone-5-fluorouracil-radiotherapy-cryotherapy-dupilumab"),
    _set(604, "sneddon-syndrome-anticoagulation-antiplatelet-hydroxychloroquine-bypass"),
    # Held out until their one run on bd3b167 (the drafter then changed with their errors in
    # view).
    _set(605, "granulomatous-mastitis-corticosteroids-methotrexate-excision-observation"),
    _set(606, "necrobiotic-xanthogranuloma-chlorambucil-corticosteroids-thalidomide-cladribine"),
    _set(607, "solar-urticaria-antihistamines-hardening-omalizumab-plasmapheresis-photopheresis"),
    _set(608, "systemic-capillary-leak-ivig-terbutaline-aminophylline-fluids"),
    _set(
        609,
        "eosinophilic-pustular-folliculitis-indomethacin-corticosteroids-phototherapy-cyclosporine",
    ),
    _set(610, "rosacea-ivermectin-metronidazole-azelaic-acid-doxycycline-isotretinoin-brimonidine"),
    # Held out until their one run on ca97bf9 (the drafter then changed with their errors in
    # view). No set 613: its writer found too few sources whose first author a page shows.
    _set(611, "lichen-planus-pemphigoides-corticosteroids-dapsone-dupilumab-pd1-inhibitors"),
    _set(612, "eosinophilic-cystitis-corticosteroids-antihistamines-cyclosporine-benralizumab"),
    _set(
        614, "autoimmune-progesterone-dermatitis-ovulation-suppression-omalizumab-desensitization"
    ),
    _set(615, "perioral-dermatitis-metronidazole-pimecrolimus-tetracycline"),
    # Held out until their one run on 75477df (the drafter then changed with their errors in
    # view).
    _set(616, "granuloma-faciale-tacrolimus-corticosteroids-dapsone-dye-laser"),
    _set(617, "erythema-elevatum-diutinum-dapsone-excision-colchicine"),
    _set(618, "chronic-actinic-dermatitis-photoprotection-tacrolimus-mmf-dupilumab-abrocitinib"),
    _set(619, "polymorphic-light-eruption-phototherapy-sunscreen-hydroxychloroquine-afamelanotide"),
    _set(620, "scleredema-phototherapy-methotrexate-ivig"),
    _set(621, "pigmented-purpuric-dermatoses-rutoside-phototherapy-topical-corticosteroids"),
    _set(622, "metastatic-crohns-corticosteroids-metronidazole-infliximab-anti-tnf"),
    _set(623, "prurigo-pigmentosa-minocycline-doxycycline-dapsone-diet"),
    # Held out until their one run on 49be6a0 (the drafter then changed with their errors in
    # view).
    _set(624, "grover-disease-corticosteroids-retinoids-phototherapy-dupilumab"),
    _set(625, "pretibial-myxedema-corticosteroids-triamcinolone-teprotumumab"),
    _set(626, "lichen-striatus-corticosteroids-calcineurin-inhibitors-acitretin"),
    _set(627, "aegcg-ciclosporin-corticosteroids-acitretin-sun-avoidance"),
    _set(628, "erythema-dyschromicum-perstans-clofazimine-tacrolimus-dapsone"),
    _set(
        629,
        "interstitial-granulomatous-dermatitis-corticosteroids-methotrexate-tnf-inhibitor-withdrawal",
    ),
    _set(630, "lichen-nitidus-corticosteroids-calcineurin-inhibitors-phototherapy"),
    _set(631, "erythema-annulare-centrifugum-erythromycin-corticosteroids-antimycotics"),
    # Held out until their one run on 964547e (the drafter then changed with their errors in
    # view). No set 639: its writer could show a first author and a DOI or PMID for one source.
    _set(632, "cutaneous-polyarteritis-nodosa-corticosteroids-nsaids-penicillin-anti-tnf"),
    _set(633, "dissecting-cellulitis-isotretinoin-adalimumab-infliximab-laser-surgery"),
    _set(634, "folliculitis-decalvans-rifampicin-clindamycin-isotretinoin-dapsone-adalimumab"),
    _set(635, "erosive-pustular-dermatosis-corticosteroids-tacrolimus-pdt-dapsone"),
    _set(636, "collagenous-sprue-gluten-free-diet-corticosteroids-budesonide-thioguanine"),
    _set(637, "impetigo-herpetiformis-corticosteroids-cyclosporine-biologics"),
    _set(638, "pyostomatitis-vegetans-corticosteroids-dapsone-azathioprine-infliximab"),
    # Held out until their one run on 7c37b08 (the drafter then changed with their errors in
    # view). Sets 641, 642 and 644-646 were not kept: their writers ran out of searches before
    # finding enough sources on the topic.
    _set(640, "acne-keloidalis-nuchae-steroids-antibiotics-laser-excision"),
    _set(643, "fixed-drug-eruption-drug-discontinuation-cyclosporine-provocation-desensitization"),
    # Held out until their one run on 59a5708 (the drafter then changed with their errors in
    # view).
    _set(647, "acrodermatitis-continua-hallopeau-biologics-acitretin-methotrexate"),
    _set(648, "nail-psoriasis-biologics-apremilast-tofacitinib-intralesional"),
    _set(649, "bullous-lupus-dapsone-corticosteroids-rituximab"),
    _set(650, "tumid-lupus-antimalarials-hydroxychloroquine-sun-protection"),
    _set(651, "actinic-prurigo-thalidomide-photoprotection-phototherapy"),
    _set(652, "rs3pe-glucocorticoids-dmards-platelet-rich-plasma"),
    _set(653, "neuralgic-amyotrophy-corticosteroids-ivig-rehabilitation"),
    _set(654, "aerd-dupilumab-omalizumab-aspirin-desensitisation-montelukast-sinus-surgery"),
    _set(655, "shrinking-lung-syndrome-corticosteroids-theophylline-rituximab"),
    _set(656, "eosinophilic-otitis-media-triamcinolone-biologics"),
    _set(657, "post-streptococcal-reactive-arthritis-nsaids-corticosteroids-prophylaxis"),
    _set(658, "lupus-myocarditis-corticosteroids-cyclophosphamide-mycophenolate-immunoglobulin"),
    # Held out until their one run on e113bee (the drafter then changed with their errors in
    # view).
    _set(659, "lupus-enteritis-corticosteroids-cyclophosphamide-rituximab"),
    _set(660, "amicrobial-pustulosis-folds-corticosteroids-cimetidine-ustekinumab-tnf-blockers"),
    _set(661, "pemphigoid-nodularis-corticosteroids-clobetasol-puva-dupilumab"),
    _set(662, "lupus-pancreatitis-corticosteroids-azathioprine-cyclophosphamide-plasma-exchange"),
    # Held out until their one run on 59a9cf5 (the drafter then changed with their errors in
    # view).
    _set(
        663, "lupus-anticoagulant-hypoprothrombinemia-corticosteroids-rituximab-factor-replacement"
    ),
    _set(664, "lupus-retinopathy-immunosuppression-rituximab-anticoagulation-laser-bevacizumab"),
    _set(665, "anti-p200-pemphigoid-corticosteroids-dapsone-rituximab-ivig"),
    _set(666, "jessner-lymphocytic-infiltration-thalidomide-laser-pdt-hydroxychloroquine"),
    # Held out until their one run on 518794b (the drafter then changed with their errors in
    # view).
    _set(
        667,
        "marburg-multiple-sclerosis-cyclophosphamide-ocrelizumab-plasma-exchange-mitoxantrone-ahsct",
    ),
    _set(668, "balo-concentric-sclerosis-corticosteroids-cyclophosphamide-plasma-exchange"),
    _set(669, "tumefactive-demyelination-corticosteroids-plasma-exchange-rituximab-fingolimod"),
    _set(670, "crion-corticosteroids-immunosuppression-ivig"),
    _set(671, "autoimmune-nodopathy-ivig-steroids-plasma-exchange-rituximab"),
    _set(672, "enthesitis-related-arthritis-nsaids-sulfasalazine-tnf-inhibitors-secukinumab"),
    _set(673, "lupus-cystitis-corticosteroids-cyclophosphamide"),
    _set(674, "rowell-syndrome-corticosteroids-hydroxychloroquine-cyclosporine"),
    # Held out until their one run on 80e1e7a (the drafter then changed with their errors in
    # view).
    _set(675, "eosinophilic-myositis-glucocorticoids-immunosuppressants-prednisone"),
    _set(676, "focal-myositis-corticosteroids-methotrexate-nsaid-prednisolone"),
    _set(677, "punctate-inner-choroidopathy-corticosteroids-anti-vegf-immunosuppression"),
    _set(678, "sensory-neuronopathy-ivig-cyclophosphamide-methylprednisolone-rituximab"),
    _set(679, "eosinophilic-colitis-corticosteroids-budesonide-diet-montelukast"),
    _set(680, "telitacicept-lupus-myasthenia-iga-nephropathy"),
    _set(681, "deucravacitinib-psoriasis-psoriatic-arthritis-lupus"),
    _set(682, "ianalumab-sjogren-immune-thrombocytopenia-warm-aiha"),
    # Held out until their one run on e58a9c0 (the drafter then changed with their errors in
    # view).
    _set(683, "tolebrutinib-multiple-sclerosis"),
    _set(684, "ublituximab-relapsing-multiple-sclerosis"),
    _set(685, "remibrutinib-btk-inhibitors-chronic-spontaneous-urticaria"),
    _set(686, "lebrikizumab-atopic-dermatitis"),
    _set(687, "ritlecitinib-alopecia-areata-vitiligo"),
    _set(688, "granulomatous-hepatitis-corticosteroids-methotrexate-udca-anti-tnf"),
    _set(689, "frexalimab-anti-cd40l-multiple-sclerosis-lupus"),
    _set(690, "litifilimab-anifrolumab-belimumab-systemic-cutaneous-lupus"),
    # Held out until their one run on 26d6cfd (run 43); the drafter then changed with their
    # errors in view.
    _set(691, "bimekizumab-psoriasis-arthritis-spondyloarthritis-hidradenitis"),
    _set(692, "mirikizumab-ulcerative-colitis-crohns"),
    _set(693, "etrasimod-ozanimod-ulcerative-colitis"),
    _set(694, "evobrutinib-teriflunomide-relapsing-multiple-sclerosis"),
    _set(695, "dapirolizumab-pegol-lupus"),
    _set(696, "amlitelimab-rocatinlimab-atopic-dermatitis"),
    # Held out until their one run on b823933 (run 44; set 700 was discarded before it: seven
    # of its sentences are also in set 703); the drafter then changed with their errors in view.
    _set(697, "cenerimod-lupus"),
    _set(698, "dazodalibep-vib4920-iscalimab-sjogren"),
    _set(699, "enpatoran-lupus"),
    _set(701, "obefazimod-ulcerative-colitis"),
    _set(
        702,
        "povorcitinib-jak-inhibitors-hidradenitis-suppurativa-prurigo-nodularis",
    ),
    _set(703, "sonelokimab-secukinumab-bimekizumab"),
    _set(704, "prurigo-nodularis-vixarelimab-nemolizumab-dupilumab"),
    # Held out until their one run on de7157a (run 45); the drafter then changed with their
    # errors in view.
    _set(705, "tralokinumab-atopic-dermatitis"),
    _set(706, "deuruxolitinib-alopecia-areata"),
    _set(707, "zasocitinib-psoriasis-psoriatic-arthritis"),
    _set(708, "tulisokibart-anti-tl1a-inflammatory-bowel-disease"),
    _set(709, "obexelimab-igg4-related-disease"),
    _set(710, "orelabrutinib"),
    _set(711, "anti-april-sibeprenlimab-bion-1301-iga-nephropathy"),
    _set(712, "depemokimab"),
    # Held out until their one run on a4886c7 (run 46); the drafter then changed with their
    # errors in view.
    _set(713, "icotrokinra-psoriasis"),
    _set(714, "crohns-disease-medi2070-amg-139-brazikumab"),
    _set(715, "felzartamab-anti-cd38-therapy"),
    _set(716, "povetacicept"),
    _set(717, "daxdilimab-vib7734-lupus"),
    _set(718, "roflumilast"),
    _set(719, "pd-1-agonist-antibodies-peresolimab-rosnilimab"),
    _set(720, "bermekimab-lutikizumab-hidradenitis-suppurativa"),
    # Held out until their one run on 3e7b12d (run 47); the drafter has not yet been changed
    # with their errors in view.
    _set(721, "stapokibart"),
    _set(722, "eblasakimab-atopic-dermatitis"),
    _set(723, "vunakizumab-psoriasis"),
    _set(724, "xeligekimab"),
    _set(725, "vilobelimab"),
    _set(726, "rademikibart"),
)
# Held-out sets: documents and expected claims committed alone before the drafter ever runs on
# them, scored only on request (--held-out). A held-out set that has been run moves to
# DEVELOPMENT when the drafter is next changed with its errors in view.
HELD_OUT: tuple[tuple[str, Path, tuple[str, ...]], ...] = (
    # None unspent: sets 721-726 were run once (run 47) and are development sets now.
)
TUNED = (
    # The rules were first written with these in view.
    (
        "ahsct-evidence-summary",
        ROOT / "data" / "sources" / "ahsct-evidence-summary.txt",
        ROOT / "data" / "claims" / "ahsct-evidence-summary.ttl",
    ),
    (
        "msc-crohns",
        ROOT / "tests" / "data" / "ingest" / "msc-crohns-evidence-summary.txt",
        ROOT / "tests" / "data" / "ingest" / "msc-crohns-expected.tsv",
    ),
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--errors", action="store_true", help="list missed and wrong tuples")
    parser.add_argument(
        "--held-out",
        action="store_true",
        help="score the unspent held-out sets (first, then the development documents)",
    )
    parser.add_argument(
        "--named",
        action="store_true",
        help="also print how many expected claims have a statement that names their intervention",
    )
    args = parser.parse_args(argv)
    if args.held_out and not HELD_OUT:
        print(
            "no unspent held-out set: every set has been run once; add new ones to HELD_OUT",
            file=sys.stderr,
        )
    lexicon = project_lexicon(find_project(ROOT))
    rows = []
    for label, folder, names in (*HELD_OUT, *DEVELOPMENT) if args.held_out else DEVELOPMENT:
        for name in names:
            rows.append((label, name, folder / f"{name}.txt", folder / f"{name}-expected.tsv"))
    rows += [("tuned", name, text, expected) for name, text, expected in TUNED]
    header = (
        f"{'set':<10} {'document':<28} {'stmts':>5} {'recall':>14} {'precision':>14} "
        f"{'unresolved':>10} {'misattributed':>13} {'filled precision':>16} "
        f"{'suggestions taken: recall':>25} {'misattr.':>8}"
    )
    print(header)
    print("-" * len(header))
    totals: dict[str, list[int]] = {}
    named: dict[str, list[int]] = {}
    forms = named_forms(lexicon) if args.named else {}
    details = []
    failed = []
    for kind, doc, text, expected_path in rows:
        raw = text.read_bytes()
        try:
            document, drafted, turtle = draft_text(raw, doc, text.name, lexicon)
        except Exception as error:  # noqa: BLE001 - one document's failure must not end a run
            # A held-out set is run once: a document the drafter fails on is reported and
            # the run goes on, so the other sets of the run are not spent for nothing.
            failed.append(f"{kind} {doc} ({text}): {type(error).__name__}: {error}")
            print(f"{kind:<10} {doc:<28} DRAFTING FAILED: {type(error).__name__}: {error}")
            continue
        found = claim_tuples(Graph().parse(data=turtle, format="turtle"))
        expected = (
            claim_tuples(Graph().parse(expected_path, format="turtle"))
            if expected_path.suffix == ".ttl"
            else read_expected(expected_path)
        )
        name = _names(lexicon, raw.decode("utf-8"))
        result = score(expected, found, name)
        filled = sum(1 for t in found if t[2] != "-")
        suggested = {
            sd.statement.position: curie(sd.suggestion.iri)
            for sd in drafted.statements
            if sd.suggestion is not None
        }
        taken = score(expected, with_suggestions(found, suggested), name)
        total = totals.setdefault(kind, [0, 0, 0, 0, 0, 0, 0, 0])
        for i, n in enumerate(
            (
                result.expected,
                result.found,
                result.matched,
                result.unresolved,
                result.misattributed,
                filled,
                taken.matched,
                taken.misattributed,
            )
        ):
            total[i] += n
        print(
            f"{kind:<10} {doc:<28} {len(document.statements):>5} "
            f"{result.recall:>6.3f} ({result.matched:>2}/{result.expected:<2}) "
            f"{result.precision:>6.3f} ({result.matched:>2}/{result.found:<2}) "
            f"{result.unresolved:>10} {result.misattributed:>13} "
            f"{_ratio(result.matched, filled):>16} "
            f"{_ratio(taken.matched, result.expected):>25} {taken.misattributed:>8}"
        )
        details.append((doc, folded(expected, name), folded(found, name)))
        if args.named:
            said = _named_in_statement(forms, raw.decode("utf-8"), document, expected)
            named.setdefault(kind, [0, 0])
            named[kind][0] += said
            named[kind][1] += len(expected)
    print("-" * len(header))
    for kind, (exp, fnd, mat, unr, mis, fil, tak, tmis) in totals.items():
        recall = mat / exp if exp else 1.0
        precision = mat / fnd if fnd else 1.0
        print(
            f"{kind:<10} {'all':<28} {'':>5} {recall:>6.3f} ({mat:>2}/{exp:<2}) "
            f"{precision:>6.3f} ({mat:>2}/{fnd:<2}) {unr:>10} {mis:>13} {_ratio(mat, fil):>16} "
            f"{_ratio(tak, exp):>25} {tmis:>8}"
        )
    if args.named:
        print("\nexpected claims whose statement names their intervention (crude string test)")
        for kind, (said, exp) in named.items():
            print(f"{kind:<10} {_ratio(said, exp)}")
        sets = [v for k, v in named.items() if k != "tuned"]
        print(f"{'all sets':<10} {_ratio(sum(v[0] for v in sets), sum(v[1] for v in sets))}")
    if args.errors:
        for doc, expected, found in details:
            print(f"\n{doc}")
            for t in sorted(expected - found):
                print(f"  missed        {_show(t)}")
            for t in sorted(found - expected):
                label = "MISATTRIBUTED" if misattributed_tuple(t, expected) else "wrong"
                print(f"  {label:<13} {_show(t)}")
    for line in failed:
        print(f"drafting failed: {line}", file=sys.stderr)
    return 1 if failed else 0


def _names(lexicon: Lexicon, text: str):
    """How the names of ``text``'s claims compare: see :func:`kg.ingest.compare.names_alike`.
    The document's own definitions of an abbreviation come before the ontology's."""
    abbreviations = {
        slug(s.form): slug(s.entry.label) for s in lexicon.surfaces if s.case_sensitive
    }
    for d in find_definitions(text):
        words = d.long_form.split()
        long_form = slug(" ".join([*words[:-1], singular(words[-1])]))
        key = singular_abbreviation(d.abbreviation)
        for form in (key, key + "s"):
            abbreviations[slug(form)] = long_form
    abbreviations = {a: b for a, b in abbreviations.items() if a and b and a != b}
    known = {curie(iri) for iri, entry in lexicon.entries.items() if not entry.proposed}
    # An entity's label, or any other name the ontology gives it, written as a slug.
    labels = [
        (f"{name.rpartition(':')[0]}:{slug(form)}", name)
        for s in lexicon.surfaces
        if not s.entry.proposed and not s.case_sensitive
        for name in [curie(s.entry.iri)]
        for form in (s.entry.label, s.form)
    ]
    return names_alike(known, abbreviations, labels)


def _words(text: str) -> str:
    """``text`` as its lower-case words, final "s" dropped, padded with spaces for matching."""
    return " " + " ".join(w.rstrip("s") for w in re.findall(r"[a-z0-9]+", text.lower())) + " "


def named_forms(lexicon: Lexicon) -> dict[str, set[str]]:
    """Every name the lexicon has for each entity (by CURIE), as :func:`_words`."""
    forms: dict[str, set[str]] = {}
    for s in lexicon.surfaces:
        forms.setdefault(curie(s.entry.iri), set()).add(_words(s.form))
    return forms


def _named_in_statement(forms: dict[str, set[str]], text: str, document, expected) -> int:
    """How many ``expected`` claims have a statement whose words name their intervention: a
    name the lexicon has for it (``forms``, from :func:`named_forms`), its own words (the slug
    of a proposed entity's name), or an abbreviation the document defines for one of these. A
    crude test of words, not a parse: it bounds what a drafter that never takes an
    intervention from another statement (the issue's rule) can recall, give or take anaphors
    and synonyms it cannot see."""
    defined = [(_words(d.long_form), _words(d.abbreviation)) for d in find_definitions(text)]
    bodies = {st.position: _words(st.body) for st in document.statements}
    said = 0
    for position, _kind, intervention, *_ in expected:
        names = forms.get(intervention, set()) | {_words(intervention.split(":", 1)[-1])}
        names |= {a for long, a in defined if any(long in n or n in long for n in names)}
        said += any(n.strip() and n in bodies.get(position, "") for n in names)
    return said


def _ratio(part: int, whole: int) -> str:
    return f"{part / whole if whole else 1.0:.3f} ({part}/{whole})"


def _show(t) -> str:
    position, kind, intervention, obj, direction, negated = t
    return f"{position:>2} {kind} {intervention} {obj} {direction}{' NEGATED' if negated else ''}"


if __name__ == "__main__":
    sys.exit(main())
