"""The analysis pool behind POST /api/analyze, driven in process with httpx.ASGITransport: one analysis
for identical concurrent requests, 503 with a code when the pool is full or a request runs past its
time limit, and GETs that answer while an analysis runs. Bounded waits everywhere."""
from __future__ import annotations

import asyncio
import threading
import time

import httpx
import pytest

from .helpers import Stub
from .test_api import assert_error_shape


class GatedStub(Stub):
    """The stub analyzer, held until the test opens the gate (at most 20 s)."""

    def __init__(self, data):
        super().__init__(data)
        self.gate = threading.Event()
        self.started = threading.Event()
        self.lock = threading.Lock()

    def __call__(self, text, **kwargs):
        with self.lock:
            self.calls.append(text)
        self.started.set()
        self.gate.wait(20)
        with self.lock:
            self.calls.pop()
        return super().__call__(text, **kwargs)


@pytest.fixture()
def gated(gold_dict):
    stub = GatedStub(gold_dict)
    yield stub
    stub.gate.set()


def make_app(stub, **options):
    from newsgraph.web.app import create_app

    return create_app(analyzer=stub, **options)


async def _client(app):
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://127.0.0.1", timeout=30)


async def _wait_for(event: threading.Event, seconds: float = 10) -> None:
    deadline = time.monotonic() + seconds
    while not event.is_set():
        assert time.monotonic() < deadline, "the analysis never started"
        await asyncio.sleep(0.01)


def test_identical_concurrent_requests_share_one_analysis(gated, seed_text):
    app = make_app(gated, workers=1, queue=2)

    async def scenario():
        async with await _client(app) as client:
            body = {"text": seed_text, "lang": "fr", "published": "2021-12-31"}
            posts = [asyncio.create_task(client.post("/api/analyze", json=body)) for _ in range(20)]
            await _wait_for(gated.started)
            await asyncio.sleep(0.2)  # every request is in by now, waiting on the one analysis
            assert app.state.runner.in_flight == 1
            gated.gate.set()
            return await asyncio.gather(*posts)

    responses = asyncio.run(scenario())
    assert [r.status_code for r in responses] == [200] * 20
    assert app.state.runner.analyses_run == 1
    keys = {r.json()["share"]["key"] for r in responses}
    assert len(keys) == 1
    assert all(r.json()["quotes"] == responses[0].json()["quotes"] for r in responses)
    assert responses[0].json()["quotes"]
    app.state.runner.close()


def test_a_full_pool_answers_503_at_once_with_a_code(gated):
    app = make_app(gated, workers=1, queue=1)

    async def scenario():
        async with await _client(app) as client:
            first = asyncio.create_task(client.post("/api/analyze", json={"text": "Un article.", "lang": "fr"}))
            await _wait_for(gated.started)
            second = asyncio.create_task(client.post("/api/analyze", json={"text": "Un autre.", "lang": "fr"}))
            await asyncio.sleep(0.2)
            t0 = time.monotonic()
            third = await client.post("/api/analyze", json={"text": "Un troisième.", "lang": "fr"})
            refused_in = time.monotonic() - t0
            gated.gate.set()
            return await first, await second, third, refused_in

    first, second, third, refused_in = asyncio.run(scenario())
    assert first.status_code == 200 and second.status_code == 200
    error = assert_error_shape(third, 503)
    assert error["code"] == "E015" and "try again" in error["message"]
    assert refused_in < 2
    app.state.runner.close()


def test_a_request_past_the_time_limit_gets_503_and_the_result_is_kept(gated):
    app = make_app(gated, workers=1, queue=1, timeout=0.3)

    async def scenario():
        async with await _client(app) as client:
            body = {"text": "Un article trop long.", "lang": "fr"}
            t0 = time.monotonic()
            late = await client.post("/api/analyze", json=body)
            waited = time.monotonic() - t0
            gated.gate.set()
            for _ in range(100):  # the analysis finishes in the pool and is kept
                if app.state.runner.in_flight == 0:
                    break
                await asyncio.sleep(0.05)
            return late, waited, await client.post("/api/analyze", json=body)

    late, waited, again = asyncio.run(scenario())
    error = assert_error_shape(late, 503)
    assert error["code"] == "E016" and "0.3 s" in error["message"]
    assert waited < 3
    assert again.status_code == 200
    assert app.state.runner.analyses_run == 1
    app.state.runner.close()


def test_gets_answer_while_an_analysis_holds_the_pool(gated):
    app = make_app(gated, workers=1, queue=0)

    async def scenario():
        async with await _client(app) as client:
            post = asyncio.create_task(client.post("/api/analyze", json={"text": "Un article.", "lang": "fr"}))
            await _wait_for(gated.started)
            times = []
            for path in ("/api/openapi.json", "/analyze", "/api/openapi.json"):
                t0 = time.monotonic()
                response = await client.get(path)
                times.append(time.monotonic() - t0)
                assert response.status_code == 200, path
            busy = await client.post("/api/analyze", json={"text": "Un autre.", "lang": "fr"})
            gated.gate.set()
            return times, busy, await post

    times, busy, post = asyncio.run(scenario())
    assert max(times) < 2, times
    assert busy.status_code == 503 and post.status_code == 200
    app.state.runner.close()


def test_the_page_form_shows_the_busy_error(gated):
    app = make_app(gated, workers=1, queue=0)

    async def scenario():
        async with await _client(app) as client:
            post = asyncio.create_task(client.post("/api/analyze", json={"text": "Un article.", "lang": "fr"}))
            await _wait_for(gated.started)
            page = await client.post("/analyze", data={"text": "Un autre article.", "lang": "fr"})
            gated.gate.set()
            await post
            return page

    page = asyncio.run(scenario())
    assert page.status_code == 503 and "E015" in page.text
    app.state.runner.close()


# ---- worker processes (what `newsgraph serve` runs) -------------------------------------------------

def test_a_worker_over_the_time_limit_is_stopped_and_replaced():
    from newsgraph.web.app import create_app

    from .helpers import sleepy_analyzer

    app = create_app(analyzer=sleepy_analyzer, workers=1, queue=2, timeout=3, processes=True)

    async def scenario():
        async with await _client(app) as client:
            # the first answer also waits for the worker process to start
            quick = await client.post("/api/analyze", json={"text": "rapide", "lang": "fr"})
            t0 = time.monotonic()
            slow = await client.post("/api/analyze", json={"text": "lent 60", "lang": "fr"})
            stopped_in = time.monotonic() - t0
            after = await client.post("/api/analyze", json={"text": "rapide encore", "lang": "fr"})
            return quick, slow, stopped_in, after

    try:
        quick, slow, stopped_in, after = asyncio.run(scenario())
    finally:
        app.state.runner.close()
    assert quick.status_code == 200, quick.text
    assert quick.json()["article"]["text"] == "rapide"
    error = assert_error_shape(slow, 503)
    assert error["code"] == "E016"
    assert stopped_in < 10
    assert after.status_code == 200, after.text  # a new worker took the place of the stopped one


def test_a_real_server_gives_concurrent_identical_posts_one_analysis_in_a_worker():
    """uvicorn on a loopback port, analyses in a worker process: 20 identical POSTs at once get one
    analysis, 5 distinct ones with a queue of 2 get 503 past the pool, and GETs answer meanwhile."""
    import socket

    import uvicorn

    from newsgraph.web.app import create_app

    from .helpers import sleepy_analyzer

    app = create_app(analyzer=sleepy_analyzer, workers=1, queue=2, timeout=30, processes=True)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()

    async def scenario():
        base = f"http://127.0.0.1:{port}"
        async with httpx.AsyncClient(base_url=base, timeout=60, limits=httpx.Limits(max_connections=40)) as client:
            warm = await client.post("/api/analyze", json={"text": "rapide", "lang": "fr"})  # the worker starts
            same = [asyncio.create_task(client.post("/api/analyze", json={"text": "lent 1.5", "lang": "fr"}))
                    for _ in range(20)]
            await asyncio.sleep(0.3)
            t0 = time.monotonic()
            get = await client.get("/api/openapi.json")
            get_s = time.monotonic() - t0
            others = await asyncio.gather(*(client.post("/api/analyze", json={"text": f"lent 0.{i}", "lang": "fr"})
                                            for i in range(1, 6)))
            return warm, await asyncio.gather(*same), get, get_s, others

    try:
        deadline = time.monotonic() + 20
        while not server.started:
            assert time.monotonic() < deadline, "the test server did not start"
            time.sleep(0.05)
        warm, same, get, get_s, others = asyncio.run(scenario())
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        app.state.runner.close()
    assert warm.status_code == 200
    assert [r.status_code for r in same] == [200] * 20
    assert len({r.json()["share"]["key"] for r in same}) == 1
    assert get.status_code == 200 and get_s < 1
    codes = sorted(r.status_code for r in others)
    assert 503 in codes and 200 in codes, codes  # the identical run holds the slot: 2 wait, the rest are refused
    assert all(r.json()["error"]["code"] == "E015" for r in others if r.status_code == 503)
    assert app.state.runner.analyses_run == 2 + codes.count(200)  # warm-up, the shared one, the admitted


def test_long_articles_leave_a_worker_to_short_ones():
    """Two workers, two long articles in flight: the second long one waits, a short one does not."""
    from newsgraph.web.app import create_app

    from .helpers import sleepy_analyzer

    app = create_app(analyzer=sleepy_analyzer, workers=2, queue=4, timeout=30, processes=True)
    app.state.runner._slots.long_chars = 12

    async def scenario():
        async with await _client(app) as client:
            def post(text):
                return asyncio.create_task(client.post("/api/analyze", json={"text": text, "lang": "fr"}))

            # both workers started: two analyses at once
            assert [r.status_code for r in await asyncio.gather(post("lent 0.8"), post("lent 0.9"))] == [200, 200]
            t0 = time.monotonic()
            longs = [post("lent 3 " + "a" * 20), post("lent 3 " + "b" * 20)]
            await asyncio.sleep(0.3)
            t1 = time.monotonic()
            short = await client.post("/api/analyze", json={"text": "lent 0", "lang": "fr"})
            short_s = time.monotonic() - t1
            done = await asyncio.gather(*longs)
            return short, short_s, done, time.monotonic() - t0

    try:
        short, short_s, done, longs_s = asyncio.run(scenario())
    finally:
        app.state.runner.close()
    assert short.status_code == 200 and short_s < 2.5, short_s
    assert [r.status_code for r in done] == [200, 200]
    assert longs_s >= 6  # one after the other: the long ones never had both workers
