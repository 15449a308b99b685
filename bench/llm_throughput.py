"""How much parallel workers speed up `notices summarize --engine llm`.

The LLM call dominates a real run, so the fake OpenAI server (tests/fakeserver.py)
answers every call after a fixed latency; the rest of the pipeline (load, parse,
figures, merge, schema checks, writing outputs) runs for real. The cache is off
so both runs make every call.

    .venv/bin/python bench/llm_throughput.py [--notices 32] [--latency 0.2]

Prints {"workers_1_s", "workers_8_s", "speedup", ...}; the target is speedup >= 6.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from http.server import ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline.settings import Settings  # noqa: E402
from pipeline.batch import run_batch  # noqa: E402
from tests.fakeserver import FakeOpenAI, json_reply, slow_reply  # noqa: E402

UNITS = ["大亚湾开发区", "仲恺高新区", "惠阳区", "惠东县", "博罗县", "龙门县", "市教育局", "市卫生健康局"]
NOTICE = """近期，十一届市委第十轮巡察整改阶段性任务已经完成，现将{unit}整改情况予以通报。
{unit}
针对治污治水措施存在薄弱环节问题。一是加快推进污水管网建设，目前共新建污水管网{a}公里。二是加大设备维护力度，水质净化日处理量达{b}万吨以上。
针对征地留用地突出问题。完成留用地遗留问题清查工作，形成分类台账。目前，已确定{c}宗、面积30.2公顷留用地初步选址。
针对教育资源区域配套不平衡问题。一是引进高端民办学校{d}所。二是在10所学校100个班建设教学服务平台。
"""
# Every synthetic notice has the same outline (i1-i3, m1-m6, f1-f7), so one reply fits all
# whatever order the concurrent calls reach the server in.
REPLY = {"issues": [
    {"id": "i1", "summary": "加快推进污水管网建设并加强设备维护。", "figure_ids": ["f1", "f2"]},
    {"id": "i2", "summary": "清查留用地遗留问题并形成分类台账。", "figure_ids": ["f3", "f4"]},
    {"id": "i3", "summary": "引进民办学校并建设教学服务平台。", "figure_ids": ["f5", "f6", "f7"]},
]}


def write_notices(folder: Path, n: int) -> None:
    for k in range(n):
        text = NOTICE.format(unit=UNITS[k % len(UNITS)], a=10 + k, b=2 + k % 7, c=3 + k, d=1 + k % 9)
        (folder / f"syn-{k:04d}.txt").write_text(text, encoding="utf-8")


def timed_run(fake: FakeOpenAI, folder: Path, workers: int, n: int, latency: float) -> float:
    fake.queue(*[slow_reply(latency, json_reply(REPLY)) for _ in range(n)])
    settings = Settings(base_url=fake.base_url, api_key="sk-bench", model="fake-model", no_cache=True,
                        max_retries=0)
    t0 = time.perf_counter()
    rep = run_batch([folder], settings, engine="llm", workers=workers)
    seconds = time.perf_counter() - t0
    if rep.errors or len(rep.summaries) != n or any(s.flags for s in rep.summaries):
        raise SystemExit(f"bench run with {workers} workers went wrong: {rep.errors[:3]}")
    return seconds


def main() -> None:
    # socketserver's default listen backlog is 5: eight workers connecting at once
    # overflow it and a dropped SYN costs a 1 s retransmit, which measures the fake
    # server rather than the pipeline. Real endpoints listen with far larger backlogs.
    ThreadingHTTPServer.request_queue_size = 128
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--notices", type=int, default=32)
    ap.add_argument("--latency", type=float, default=0.2, help="seconds the fake server waits per reply")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp, FakeOpenAI() as fake:
        folder = Path(tmp)
        write_notices(folder, args.notices)
        w1 = timed_run(fake, folder, 1, args.notices, args.latency)
        w8 = timed_run(fake, folder, 8, args.notices, args.latency)
    print(json.dumps({"notices": args.notices, "latency_s": args.latency, "workers_1_s": round(w1, 3),
                      "workers_8_s": round(w8, 3), "speedup": round(w1 / w8, 2),
                      "ideal_speedup": 8, "target": 6, "ok": w1 / w8 >= 6}))


if __name__ == "__main__":
    main()
