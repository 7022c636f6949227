#!/usr/bin/env python3
"""The web server under concurrent analysis requests: 50 identical POSTs, then 50 distinct small POSTs.

    .venv/bin/python bench/bench_concurrency.py                    # newsgraph serve --workers 2 --queue 8 (the defaults)
    .venv/bin/python bench/bench_concurrency.py --queue 64         # room for every request to wait
    .venv/bin/python bench/bench_concurrency.py --workers 1 --n 50

Starts `newsgraph serve` (the real analyzer, in its worker processes) on a free loopback port, waits
until it answers, sends one warm-up analysis, then fires each burst of --n requests at once from one
asyncio client, while a second task GETs /api/openapi.json every 0.1 s. Reports per burst: answers by
status, p50/p95/max latency of the 200s, how many analyses the server ran (from the share keys), the
GET latencies during the burst, and the server's RSS (its process and its workers) at the end.
Last, a long article (--long-chars) then, 0.5 s later, a 30-character one: how long the short one waits.
Writes bench/results/concurrency.json.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import socket
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))  # bench_linear.news_text
SHARED = Path(os.environ.get("NEWSGRAPH_SHARED", REPO.parent / "shared"))
RESULTS = REPO / "bench" / "results"
SEED = REPO / "src" / "newsgraph" / "examples" / "putin-biden-call.fr.txt"


def small_texts(n: int) -> list[str]:
    """The first two sentences (at most 300 characters) of n OrangeSum articles."""
    out = []
    with (SHARED / "bench" / "orangesum-5k.fr.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            text = json.loads(line)["text"]
            cut = text.find(". ", text.find(". ") + 2)
            out.append(text[: cut + 1 if 0 < cut < 300 else 300])
            if len(out) == n:
                break
    return out


def rss_mb(pid: int) -> float:
    import psutil

    root = psutil.Process(pid)
    return sum(p.memory_info().rss for p in [root, *root.children(recursive=True)]) / 1e6


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))] if values else float("nan")


async def burst(base: str, bodies: list[dict]) -> dict:
    import httpx

    limits = httpx.Limits(max_connections=len(bodies) + 4)
    async with httpx.AsyncClient(base_url=base, timeout=600, limits=limits) as client:
        done = asyncio.Event()
        gets: list[float] = []

        async def poll():
            while not done.is_set():
                t0 = time.perf_counter()
                response = await client.get("/api/openapi.json")
                assert response.status_code == 200
                gets.append(time.perf_counter() - t0)
                await asyncio.sleep(0.1)

        async def post(body):
            t0 = time.perf_counter()
            response = await client.post("/api/analyze", json=body)
            data = response.json()
            return (response.status_code, time.perf_counter() - t0,
                    data.get("share", {}).get("key") if response.status_code == 200 else data["error"]["code"])

        poller = asyncio.create_task(poll())
        t0 = time.perf_counter()
        answers = await asyncio.gather(*(post(b) for b in bodies))
        wall = time.perf_counter() - t0
        done.set()
        await poller
    ok = [t for status, t, _ in answers if status == 200]
    statuses: dict[str, int] = {}
    for status, _, code in answers:
        label = str(status) if status == 200 else f"{status} {code}"
        statuses[label] = statuses.get(label, 0) + 1
    return {"requests": len(bodies), "statuses": statuses, "wall_s": round(wall, 2),
            "p50_s": round(pct(ok, 0.5), 3), "p95_s": round(pct(ok, 0.95), 3), "max_s": round(max(ok, default=0), 3),
            "distinct_keys": len({k for s, _, k in answers if s == 200}),
            "get_n": len(gets), "get_p50_ms": round(1000 * pct(gets, 0.5), 1),
            "get_p95_ms": round(1000 * pct(gets, 0.95), 1), "get_max_ms": round(1000 * max(gets, default=0), 1)}


async def hostage(base: str, long_text: str) -> dict:
    """A long article, then 0.5 s later a 30-character one: how long the short one waits."""
    import httpx

    async with httpx.AsyncClient(base_url=base, timeout=600) as client:
        async def post(text):
            t0 = time.perf_counter()
            response = await client.post("/api/analyze", json={"text": text, "lang": "fr"})
            return response.status_code, round(time.perf_counter() - t0, 2)

        long = asyncio.create_task(post(long_text))
        await asyncio.sleep(0.5)
        short = await post("Le ministre a démissionné hier.")
        return {"long_chars": len(long_text), "long": await long, "short": short}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=50)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--queue", type=int, default=8)
    parser.add_argument("--timeout", type=float, default=60)
    parser.add_argument("--long-chars", type=int, default=200_000,
                        help="length of the long article the short request follows")
    args = parser.parse_args()
    import httpx

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    base = f"http://127.0.0.1:{port}"
    command = [str(Path(sys.executable).parent / "newsgraph"), "serve", "--port", str(port),
               "--workers", str(args.workers), "--queue", str(args.queue), "--timeout", str(args.timeout)]
    server = subprocess.Popen(command)
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                if httpx.get(f"{base}/api/openapi.json", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert time.monotonic() < deadline and server.poll() is None, "the server did not start"
            time.sleep(0.5)
        seed = SEED.read_text(encoding="utf-8")
        warm = httpx.post(f"{base}/api/analyze", json={"text": "Le ministre a parlé. « Non », a-t-il dit.",
                                                       "lang": "fr"}, timeout=300)
        assert warm.status_code == 200, warm.text
        idle_rss = rss_mb(server.pid)
        identical = asyncio.run(burst(base, [{"text": seed, "lang": "fr", "published": "2021-12-31"}] * args.n))
        distinct = asyncio.run(burst(base, [{"text": t, "lang": "fr"} for t in small_texts(args.n)]))
        from bench_linear import news_text

        held = asyncio.run(hostage(base, news_text(args.long_chars)))
        end_rss = rss_mb(server.pid)
    finally:
        server.terminate()
        server.wait(timeout=30)

    print(f"\nMachine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, load average "
          f"{os.getloadavg()[0]:.1f}; `newsgraph serve --workers {args.workers} --queue {args.queue} "
          f"--timeout {args.timeout:g}`; server RSS (process and workers) {idle_rss:.0f} MB after warm-up, "
          f"{end_rss:.0f} MB at the end\n")
    print("| burst | answers | distinct results | p50 s | p95 s | max s | burst wall s | GET p50 / p95 / max ms |")
    print("|---|---|---:|---:|---:|---:|---:|---|")
    for name, r in ((f"50 identical (the seed, {len(seed):,} chars)", identical),
                    ("50 distinct small (≤ 300 chars)", distinct)):
        answers = ", ".join(f"{v}× {k}" for k, v in sorted(r["statuses"].items()))
        print(f"| {name.replace('50', str(args.n))} | {answers} | {r['distinct_keys']} | {r['p50_s']} | {r['p95_s']} | "
              f"{r['max_s']} | {r['wall_s']} | {r['get_p50_ms']} / {r['get_p95_ms']} / {r['get_max_ms']} "
              f"({r['get_n']} GETs) |")
    (long_status, long_s), (short_status, short_s) = held["long"], held["short"]
    print(f"\nA {held['long_chars']:,}-character article ({long_status}, {long_s} s), then 0.5 s later a "
          f"30-character one: {short_status} in {short_s} s")
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "concurrency.json").write_text(json.dumps(
        {"args": vars(args), "identical": identical, "distinct": distinct, "hostage": held, "rss_mb_idle": round(idle_rss),
         "rss_mb_end": round(end_rss)}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
