"""The review report of an ingest: per statement, the claims drafted, the entities linked and
what is uncertain, then the proposed entities, so a curator can accept or fix each draft."""

from __future__ import annotations

from kg.ingest.claims import DocumentDraft, DraftClaim
from kg.ingest.parse import Document
from kg.namespaces import curie


def format_report(document: Document, drafted: DocumentDraft, doc_id: str) -> str:
    """Return the review report as text."""
    claims = sum(len(sd.claims) for sd in drafted.statements)
    out = [
        (
            f"{doc_id}: {len(document.statements)} statements, {claims} draft claims, "
            f"{len(drafted.proposals)} proposed entities"
        )
    ]
    width = max(2, len(str(len(document.statements))))
    for sd in drafted.statements:
        st = sd.statement
        markers = f"markers {st.markers!r}" if st.markers is not None else "no markers"
        out.append("")
        out.append(f"[{st.position:0{width}d}] {st.section.path} ({markers})")
        out.append(f"     {st.text}")
        linked = list(
            dict.fromkeys(
                f"{m.text} -> {curie(m.entry.iri)}{' (proposed)' if m.entry.proposed else ''}"
                for m in sd.mentions
            )
        )
        if linked:
            out.append(f"     linked: {'; '.join(linked)}")
        if st.marker_note:
            out.append(f"     uncertain: {st.marker_note}")
        for note in sd.notes:
            out.append(f"     uncertain: {note}")
        if not sd.claims:
            out.append("     no claim drafted")
        for k, claim in enumerate(sd.claims, 1):
            out.append(f"     claim {st.position:0{width}d}-{k}: {_describe(claim)}")
            for note in claim.notes:
                out.append(f"         uncertain: {note}")
    silent = [sd.statement.position for sd in drafted.statements if not sd.claims]
    unresolved = [
        f"{sd.statement.position:0{width}d}-{k} ({', '.join(slots)})"
        for sd in drafted.statements
        for k, claim in enumerate(sd.claims, 1)
        if (slots := unresolved_slots(claim))
    ]
    out.append("")
    out.append(
        "Statements with no claim: " + (", ".join(f"{n:0{width}d}" for n in silent) or "none")
    )
    out.append(
        "Claims with UNRESOLVED slots (fill in before kg accept): "
        + ("; ".join(unresolved) or "none")
    )
    if drafted.proposals:
        out.append("")
        out.append("Proposed entities (not in the ontology or data/entities/; add them or relink):")
        for p in drafted.proposals:
            out.append(
                f"  {curie(p.entry.iri)} {p.entry.kind} {p.entry.label!r}, statement "
                f"{p.statement}: {p.context!r} ({p.reason})"
            )
    if drafted.publications:
        out.append("")
        out.append(
            "Publications named in the text and not in data/entities/ (drafted in the claims file):"
        )
        for pub in drafted.publications:
            out.append(f"  {curie(pub.iri)} {pub.label!r}, statement {pub.statement}")
    return "\n".join(out) + "\n"


def unresolved_slots(claim: DraftClaim) -> list[str]:
    """The slots of ``claim`` the statement left for the curator to fill in."""
    slots = []
    if claim.intervention is None:
        slots.append("intervention")
    if claim.kind == "RecommendationClaim" and not claim.bodies:
        slots.append("recommending body")
    return slots


def _describe(claim: DraftClaim) -> str:
    subject = curie(claim.intervention.iri) if claim.intervention is not None else "UNRESOLVED"
    parts = [claim.kind, subject, claim.predicate, curie(claim.object.iri)]
    extras = []
    if claim.direction:
        extras.append(claim.direction)
    if claim.negated:
        extras.append("NEGATED")
    extras.append(f"{claim.strength} {claim.wording!r}")
    if claim.comparator is not None:
        extras.append(f"vs {curie(claim.comparator.iri)}")
    if claim.population is not None:
        extras.append(f"population {claim.population.text!r}")
    if claim.bodies:
        extras.append("by " + ", ".join(curie(b.iri) for b in claim.bodies))
    elif claim.kind == "RecommendationClaim":
        extras.append("by UNRESOLVED")
    if claim.publications:
        extras.append("in " + ", ".join(curie(p) for p in claim.publications))
    return " ".join(parts) + " [" + "; ".join(extras) + "]"
