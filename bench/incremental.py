"""Time an incremental `kg build --store` against a full one.

Generates a project (``bench.generate``), builds it fully (writing the build cache), edits
one claims file (one claim's outcome), then times the incremental build and a full build of
the same files into a fresh store, stage by stage, and checks the two stores hold the same
number of triples::

    python -m bench.incremental --claims 100000 [--workdir DIR]

The numbers depend on the machine; they are printed, not asserted.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

from bench.generate import write_project


def build(root: Path, store: Path, dist: Path, *extra: str) -> tuple[float, str]:
    """Run ``kg build`` on the project at ``root``; its time and its log."""
    argv = [
        sys.executable,
        "-m",
        "kg",
        "--root",
        str(root),
        "build",
        "--store",
        str(store),
        "--out",
        str(dist),
        *extra,
    ]
    start = time.perf_counter()
    done = subprocess.run(argv, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"build failed ({done.returncode}):\n{done.stderr}")
    return seconds, done.stderr + done.stdout


def _edit_one_claim(root: Path) -> Path:
    """Change the outcome of the first efficacy claim about survival in a middle file."""
    files = sorted((root / "data" / "claims").glob("syn-*.ttl"))
    for path in files[len(files) // 2 :]:
        text = path.read_text(encoding="utf-8")
        edited = re.sub(
            r"hkg:outcome outcome:survival ;", "hkg:outcome outcome:overall-survival ;", text, 1
        )
        if edited != text:
            path.write_text(edited, encoding="utf-8")
            return path
    raise SystemExit("no claim to edit")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workdir", type=Path, help="keep the project and stores here")
    parser.add_argument(
        "--cache-overhead",
        action="store_true",
        help="also time a full build without and with writing the build cache, in-process",
    )
    args = parser.parse_args(argv)
    work = args.workdir or Path(tempfile.mkdtemp(prefix="kg-incremental-"))
    work.mkdir(parents=True, exist_ok=True)
    root = work / "project"
    start = time.perf_counter()
    write_project(root, args.claims, args.seed)
    print(f"generated {args.claims:,} claims in {time.perf_counter() - start:.1f} s")
    store, dist = work / "store", work / "dist"

    seconds, log = build(root, store, dist, "--full")
    print(f"\nfull build with the cache written: {seconds:.1f} s\n{log}")
    edited = _edit_one_claim(root)
    print(f"edited {edited.relative_to(root)}")

    seconds_inc, log = build(root, store, dist)
    print(f"\nincremental build: {seconds_inc:.1f} s\n{log}")

    ref_store, ref_dist = work / "store-full", work / "dist-full"
    seconds_full, log = build(root, ref_store, ref_dist)
    print(f"\nfull build of the same files into a new store: {seconds_full:.1f} s\n{log}")

    same = len(ox.Store.read_only(str(store))) == len(ox.Store.read_only(str(ref_store)))
    print(
        f"incremental {seconds_inc:.1f} s vs full {seconds_full:.1f} s "
        f"({seconds_full / seconds_inc:.1f}x); same triple count: {same}"
    )
    if args.cache_overhead:
        _cache_overhead(root, work)
    return 0 if same else 1


def _cache_overhead(root: Path, work: Path) -> None:
    from kg.build.incremental import full_build
    from kg.build.pipeline import build_store
    from kg.resources import Project

    project = Project(root)
    start = time.perf_counter()
    build_store(project, store_path=work / "store-a", out_dir=work / "dist-a")
    plain = time.perf_counter() - start
    start = time.perf_counter()
    full_build(project, store_path=work / "store-b", out_dir=work / "dist-b")
    cached = time.perf_counter() - start
    print(
        f"full build without the cache {plain:.1f} s, with it {cached:.1f} s "
        f"(+{cached - plain:.1f} s, {100 * (cached - plain) / plain:+.0f}%)"
    )


if __name__ == "__main__":
    sys.exit(main())
