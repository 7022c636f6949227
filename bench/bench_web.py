"""How fast the corpus pages answer over a 5,000-article database.

Builds the database once with `newsgraph ingest` (skipped when it exists), serves it read-only with
uvicorn on a loopback port, and times each page over HTTP: a first request, then --runs requests.

    .venv/bin/python bench/bench_web.py                     # ../shared/bench/orangesum-5k.fr.jsonl
    .venv/bin/python bench/bench_web.py --db corpus.duckdb  # any corpus you have
    .venv/bin/python bench/bench_web.py --sample 500 --db bench/results/orangesum-500x10.duckdb

Prints a Markdown table (median, p95, max in ms) and writes bench/results/web.json.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import quote

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSGRAPH_SHARED", REPO.parent / "shared"))
RESULTS = REPO / "bench" / "results"
TARGET_MS = 300


def build(db: Path, jsonl: Path, workers: int) -> None:
    print(f"building {db} from {jsonl} (once; this analyzes every article)...", file=sys.stderr)
    db.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([str(Path(sys.executable).parent / "newsgraph"), "ingest", str(jsonl), "--db", str(db),
                    "--workers", str(workers), "--no-progress"], check=True)


KEY_COLUMNS = {"key", "actor_key", "speaker_key", "source_key", "target_key", "location_key"}


def amplify(src: Path, dst: Path, target: int) -> None:
    """``dst``: the articles of ``src`` copied until there are ``target``. Each copy gets its own article
    ids and actor keys, so the copies add distinct speakers and actors, as a larger corpus would (this is
    the harder case for the pages' GROUP BY and sort). The actor tables are then rebuilt."""
    import shutil

    import duckdb

    from newsgraph.store.actors import rebuild_actors
    from newsgraph.store.schema import ARTICLE_TABLES

    shutil.copyfile(src, dst)
    con = duckdb.connect(str(dst))
    n = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    copy = 1
    while n * copy < target:
        take = min(n, target - n * copy)
        con.execute("BEGIN TRANSACTION")
        for table in ARTICLE_TABLES:
            columns = [r[0] for r in con.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position",
                [table]).fetchall()]
            exprs = []
            for c in columns:
                if c == "article_id" or c in KEY_COLUMNS:
                    exprs.append(f'"{c}" || \'~{copy}\'')
                else:
                    exprs.append(f'"{c}"')
            con.execute(f"INSERT INTO {table} SELECT {', '.join(exprs)} FROM {table} WHERE article_id IN "
                        f"(SELECT article_id FROM articles WHERE article_id NOT LIKE '%~%' "
                        f"ORDER BY article_id LIMIT {take})")
        con.execute("COMMIT")
        copy += 1
    rebuild_actors(con)
    con.execute("CHECKPOINT")
    con.close()


def serve(db: Path):
    import uvicorn

    from newsgraph.web.app import create_app

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    return server, thread, f"http://127.0.0.1:{port}"


def screenshots(base: str, out: Path, speaker: str | None) -> None:
    """The article page on the seed (a Psaki quote clicked) and a speaker page, on a laptop and a phone."""
    import shutil

    from playwright.sync_api import sync_playwright

    from newsgraph.nlp import load_pipeline

    load_pipeline("fr")  # as `newsgraph serve` does at start
    seed = (REPO / "src" / "newsgraph" / "examples" / "putin-biden-call.fr.txt").read_text(encoding="utf-8")
    out.mkdir(parents=True, exist_ok=True)
    args = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--no-first-run"]
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=shutil.which("chromium") or "/usr/bin/chromium",
                                             args=args)
        page = browser.new_page(viewport={"width": 1400, "height": 940})
        page.goto(f"{base}/analyze")
        page.fill("#text", seed)
        page.select_option("#lang", "fr")
        page.fill("#published", "2021-12-31")
        with page.expect_navigation(timeout=300_000):  # the analysis may wait for the model to load
            page.click("#submit")
        page.wait_for_selector("#who-said-what")
        page.locator("#article-text mark.q.qs").filter(has_text="Il a clairement indiqué").first.click()
        page.mouse.move(0, 0)
        page.evaluate("document.activeElement.blur()")  # the highlight stays pinned; no focus ring
        # Psaki's paragraphs in view, her group at the top of the (sticky) panel
        page.evaluate("window.scrollTo(0, document.querySelector('#article-text .m.hl')"
                      ".getBoundingClientRect().top + window.scrollY - 260)")
        page.evaluate("document.querySelector('#panel').scrollTop = "
                      "document.querySelector('.speaker-group.active').offsetTop - 8")
        page.screenshot(path=str(out / "web-article.png"))
        page.set_viewport_size({"width": 390, "height": 844})
        page.evaluate("window.scrollTo(0, 0)")
        page.screenshot(path=str(out / "web-article-phone.png"))
        if speaker:
            page.set_viewport_size({"width": 1400, "height": 940})
            page.goto(f"{base}/speakers/{quote(speaker, safe='')}")
            page.screenshot(path=str(out / "web-speaker.png"))
            page.goto(f"{base}/speakers")
            page.screenshot(path=str(out / "web-speakers.png"))
            page.goto(f"{base}/network")
            page.wait_for_selector("#graph canvas")
            page.wait_for_timeout(500)
            page.screenshot(path=str(out / "web-network.png"))
        browser.close()
    print(f"screenshots in {out}", file=sys.stderr)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jsonl", type=Path, default=SHARED / "bench" / "orangesum-5k.fr.jsonl")
    parser.add_argument("--db", type=Path, default=RESULTS / "orangesum-5k.duckdb")
    parser.add_argument("--workers", type=int, default=1, help="ingest workers when building the database")
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--sample", type=int, metavar="K",
                        help="analyze only the first K articles, then copy them (new ids and actor keys) up to "
                             "--articles: for a machine too busy to analyze all of them")
    parser.add_argument("--articles", type=int, default=5000, help="corpus size to reach with --sample")
    parser.add_argument("--screenshots", type=Path, metavar="DIR",
                        help="also save PNGs of the article page on the seed and of the top speaker's page "
                             "(needs Debian's chromium and Playwright)")
    args = parser.parse_args()
    if not args.db.exists():
        if args.sample:
            sample_jsonl = args.db.with_name(f"first-{args.sample}.jsonl")
            with args.jsonl.open(encoding="utf-8") as src, sample_jsonl.open("w", encoding="utf-8") as out:
                for _, line in zip(range(args.sample), src):
                    out.write(line)
            sample_db = args.db.with_name(f"first-{args.sample}.duckdb")
            if not sample_db.exists():
                build(sample_db, sample_jsonl, args.workers)
            amplify(sample_db, args.db, args.articles)
        else:
            build(args.db, args.jsonl, args.workers)

    import duckdb
    import httpx

    con = duckdb.connect(str(args.db), read_only=True)
    counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("articles", "quotes", "entities", "events", "actors")}
    # the person quoted in the most articles (the speaker page to show and time)
    top_speaker = con.execute("SELECT speaker_key FROM quotes WHERE speaker_key LIKE 'person:%' GROUP BY 1 "
                              "ORDER BY count(DISTINCT article_id) DESC, count(*) DESC LIMIT 1").fetchone()
    top_actor = con.execute("SELECT actor_key FROM actors ORDER BY n_articles DESC LIMIT 1").fetchone()
    con.close()
    pages = ["/speakers", "/speakers?page=5", "/api/speakers", "/quotes", "/quotes?about=gouvernement",
             "/actors", "/events", "/network", "/"]
    if top_speaker:
        pages.insert(3, f"/speakers/{quote(top_speaker[0], safe='')}")
    if top_actor:
        pages.insert(4, f"/actors/{quote(top_actor[0], safe='')}")

    server, thread, base = serve(args.db)
    rows = []
    try:
        with httpx.Client(base_url=base, timeout=30) as client:
            for page in pages:
                t0 = time.perf_counter()
                assert client.get(page).status_code == 200, page  # the first request (and a check)
                first = (time.perf_counter() - t0) * 1000
                times = []
                for _ in range(args.runs):
                    t0 = time.perf_counter()
                    response = client.get(page)
                    times.append((time.perf_counter() - t0) * 1000)
                    assert response.status_code == 200
                times.sort()
                rows.append({"page": page, "first_ms": round(first, 1),
                             "median_ms": round(statistics.median(times), 1),
                             "p95_ms": round(times[int(0.95 * (len(times) - 1))], 1), "max_ms": round(times[-1], 1),
                             "bytes": len(response.content)})
        if args.screenshots:
            screenshots(base, args.screenshots, top_speaker[0] if top_speaker else None)
    finally:
        server.should_exit = True
        thread.join(timeout=10)

    print(f"\nCorpus: {counts['articles']} articles, {counts['quotes']} quotes, {counts['entities']} entities, "
          f"{counts['events']} events, {counts['actors']} actors ({args.db.stat().st_size / 1e6:.0f} MB)")
    print(f"Machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
          f"load average {os.getloadavg()[0]:.1f}; {args.runs} requests per page over HTTP\n")
    print("| page | first ms | median ms | p95 ms | max ms |")
    print("|---|---:|---:|---:|---:|")
    for r in rows:
        print(f"| `{r['page']}` | {r['first_ms']} | {r['median_ms']} | {r['p95_ms']} | {r['max_ms']} |")
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "web.json").write_text(json.dumps({"corpus": counts, "runs": args.runs, "pages": rows}, indent=2))
    speakers = next(r for r in rows if r["page"] == "/speakers")
    ok = speakers["p95_ms"] < TARGET_MS
    print(f"\n/speakers p95 {speakers['p95_ms']} ms: {'under' if ok else 'OVER'} the {TARGET_MS} ms target")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
