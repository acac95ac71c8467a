"""Build benchmark: generate, `kg`-build on Oxigraph per stage, and a raw `oxigraph load` beside it.

    python -m bench                       # 10k and 100k claims
    python -m bench --claims 1000000      # one scale
    python -m bench --claims 10000 --memory-limit 8G

Per scale: the synthetic project is generated (bench/generate.py), built with
kg.build.pipeline.build_store (each stage's wall time and peak RSS), then the same triples (the
built store's N-Triples dump) are loaded by `oxigraph load` in a fresh directory, timed with its
peak RSS from wait4(). Progress bars use tqdm when installed (extra `bench`).
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.generate import write_project
from kg.build.pipeline import build_store
from kg.build.stages import memory_limit_bytes
from kg.resources import Project


def _bar(total: int, desc: str):
    try:
        from tqdm import tqdm
    except ImportError:
        return None
    return tqdm(total=total, desc=desc, unit="claim", unit_scale=True, file=sys.stderr)


def _raw_load(nt: Path, workdir: Path) -> tuple[float, int]:
    location = workdir / "raw-store"
    shutil.rmtree(location, ignore_errors=True)
    binary = shutil.which("oxigraph")
    if binary is None:
        raise SystemExit("the `oxigraph` binary is needed (pip install oxigraph)")
    start = time.perf_counter()
    process = subprocess.Popen(
        [binary, "load", "--location", str(location), "--file", str(nt)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    if status != 0:
        raise SystemExit(f"oxigraph load failed with status {status}")
    shutil.rmtree(location, ignore_errors=True)
    return seconds, usage.ru_maxrss * 1024


def run(claims: int, seed: int, workdir: Path, memory_limit: int | None) -> dict:
    root = workdir / f"project-{claims}"
    bar = _bar(claims, f"generate {claims:,}")
    start = time.perf_counter()
    write_project(root, claims, seed, progress=(lambda n: bar.update(n - bar.n)) if bar else None)
    if bar:
        bar.close()
    generate_seconds = time.perf_counter() - start
    stages = []

    def on_stage(stats):
        stages.append(stats)
        print(
            f"  {claims:>9,} {stats.name:<9} {stats.seconds:8.1f} s "
            f"{stats.peak_rss / 2**30:6.2f} GiB  {stats.detail}",
            file=sys.stderr,
        )

    store_path = workdir / f"store-{claims}"
    dist = workdir / f"dist-{claims}"
    start = time.perf_counter()
    result = build_store(
        Project(root),
        store_path=store_path,
        out_dir=dist,
        memory_limit=memory_limit,
        on_stage=on_stage,
    )
    build_seconds = time.perf_counter() - start
    raw_seconds, raw_rss = _raw_load(dist / "hsct-kg.nt", workdir)
    shutil.rmtree(root, ignore_errors=True)
    return {
        "claims": claims,
        "triples": result.triples,
        "generate": generate_seconds,
        "stages": stages,
        "build": build_seconds,
        "raw": raw_seconds,
        "raw_rss": raw_rss,
    }


def table(rows: list[dict]) -> str:
    names = [s.name for s in rows[0]["stages"]]
    head = (
        "| claims | triples | "
        + " | ".join(names)
        + " | build total | raw `oxigraph load` | build / raw |"
    )
    lines = [head, "|" + "---|" * (head.count("|") - 1)]
    for row in rows:
        cells = [f"{s.seconds:.1f} s / {s.peak_rss / 2**30:.2f} GiB" for s in row["stages"]]
        peak = max(s.peak_rss for s in row["stages"])
        lines.append(
            f"| {row['claims']:,} | {row['triples']:,} | "
            + " | ".join(cells)
            + f" | {row['build']:.1f} s / {peak / 2**30:.2f} GiB"
            + f" | {row['raw']:.1f} s / {row['raw_rss'] / 2**30:.2f} GiB"
            + f" | {row['build'] / row['raw']:.2f}× |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--claims", type=int, action="append", help="scale (repeatable)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workdir", type=Path, help="where to build (default: a temp dir)")
    parser.add_argument("--memory-limit", help="stop a stage that goes over this, e.g. 8G")
    args = parser.parse_args(argv)
    scales = args.claims or [10_000, 100_000]
    limit = memory_limit_bytes(args.memory_limit) if args.memory_limit else None
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="kg-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    rows = [run(n, args.seed, workdir, limit) for n in scales]
    print(
        f"machine: {platform.node() and 'this host'}, {os.cpu_count()} cores, "
        f"{platform.machine()}, Python {platform.python_version()}"
    )
    print(f"date: {datetime.date.today().isoformat()}")
    print(
        f"command: python -m bench {' '.join(f'--claims {n}' for n in scales)} --seed {args.seed}"
    )
    print()
    print(table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
