"""`make local-llm`'s readiness check and CPU probe, against the fake server (no model, no build)."""
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.fakeserver import Reply

ROOT = Path(__file__).resolve().parent.parent
READY = ROOT / "scripts" / "llm_ready.py"
SCRIPT = ROOT / "scripts" / "local-llm.sh"


def _ready(*args):
    return subprocess.run([sys.executable, str(READY), *map(str, args)], capture_output=True, text=True, timeout=60)


def test_a_server_that_lists_models_but_dies_on_a_completion_is_not_ready(tmp_path):
    port_file, log = tmp_path / "port", tmp_path / "server.log"
    with open(log, "w") as out:
        proc = subprocess.Popen([sys.executable, "-m", "tests.fakeserver", "--port-file", str(port_file), "--die-on-chat"],
                                cwd=ROOT, stdout=out, stderr=subprocess.STDOUT)
    try:
        deadline = time.time() + 20
        while not (port_file.exists() and port_file.read_text()) and time.time() < deadline:
            time.sleep(0.05)
        base = f"http://127.0.0.1:{port_file.read_text()}/v1"
        import urllib.request

        with urllib.request.urlopen(base + "/models", timeout=5) as r:  # what the old check trusted
            assert b"fake-model" in r.read()
        res = _ready("--base-url", base, "--model", "fake-model", "--pid", proc.pid, "--log", log, "--timeout", 10)
    finally:
        proc.kill()
        proc.wait()
    assert res.returncode == 1
    assert f"the server (pid {proc.pid}) died" in res.stderr
    assert "general protection fault" in res.stderr  # the server log's last lines are shown
    assert res.stdout == ""


def test_a_server_that_answers_is_ready_and_its_speed_is_measured(fake_openai, tmp_path):
    # readiness, the long prompt, the short prompt read once, then cached with one token and with 64
    fake_openai.queue(Reply(content="好", usage=(12, 1)), Reply(content="好", usage=(450, 1), delay=0.2),
                      Reply(content="好", usage=(20, 1)), Reply(content="好", usage=(20, 1)),
                      Reply(content="好" * 64, usage=(20, 64), delay=0.3))
    out = tmp_path / "speed.json"
    res = _ready("--base-url", fake_openai.base_url, "--model", "fake-model", "--speed", out)
    assert res.returncode == 0, res.stderr
    import json

    s = json.loads(out.read_text())
    assert s["prompt_tokens"] == 450 and s["generated_tokens"] == 64
    assert s["prompt_tokens_per_s"] > 0 and s["generation_tokens_per_s"] > 0
    assert [r["body"]["max_tokens"] for r in fake_openai.chat_requests] == [1, 1, 1, 1, 64]
    assert 100 < s["generation_tokens_per_s"] < 400  # 63 tokens in about 0.3 s


def test_a_generation_time_lost_in_noise_is_reported_as_not_measured(fake_openai, tmp_path):
    fake_openai.queue(Reply(content="好", usage=(12, 1)), Reply(content="好", usage=(450, 1), delay=0.2),
                      Reply(content="好", usage=(20, 1)), Reply(content="好", usage=(20, 1), delay=0.3),
                      Reply(content="好" * 64, usage=(20, 64)))
    out = tmp_path / "speed.json"
    res = _ready("--base-url", fake_openai.base_url, "--model", "fake-model", "--speed", out)
    assert res.returncode == 0, res.stderr
    import json

    assert json.loads(out.read_text())["generation_tokens_per_s"] is None  # never an absurd 63,000,000 tokens/s


def test_an_http_error_on_the_completion_is_not_ready(fake_openai):
    fake_openai.queue(Reply(status=500, message="model failed to load"))
    res = _ready("--base-url", fake_openai.base_url, "--model", "fake-model", "--timeout", 10)
    assert res.returncode == 1
    assert "HTTP 500" in res.stderr and "model failed to load" in res.stderr


def _probe(tmp_path, flags: str) -> str:
    info = tmp_path / "cpuinfo"
    info.write_text(f"processor\t: 0\nflags\t\t: {flags}\n")
    fn = subprocess.run(["sed", "-n", "/^probe_cmake_args()/,/^}/p", str(SCRIPT)], capture_output=True, text=True).stdout
    res = subprocess.run(["bash", "-c", fn + "\nprobe_cmake_args"], capture_output=True, text=True,
                         env={"NOTICES_LLM_CPUINFO": str(info), "NOTICES_LLM_ARCH": "x86_64", "PATH": "/usr/bin:/bin"})
    assert res.returncode == 0, res.stderr
    return res.stdout


AVX512_AMX = ("fpu sse4_2 avx avx2 bmi2 fma f16c avx_vnni avx512f avx512cd avx512vl avx512dq avx512bw "
              "avx512vbmi avx512_vnni avx512_bf16 amx_tile amx_int8 amx_bf16")


@pytest.mark.parametrize("flags,on,off", [
    (AVX512_AMX, ["GGML_AVX512", "GGML_AVX512_VNNI", "GGML_AVX2"], ["GGML_NATIVE", "GGML_AMX_TILE", "GGML_AMX_INT8"]),
    ("fpu sse4_2 avx avx2 fma f16c bmi2", ["GGML_AVX2", "GGML_FMA"], ["GGML_NATIVE", "GGML_AVX512", "GGML_AMX_TILE"]),
    ("fpu sse2", [], ["GGML_NATIVE", "GGML_AVX", "GGML_AVX2", "GGML_AVX512"]),
])
def test_the_build_probe_keeps_what_the_cpu_has_and_never_amx(tmp_path, flags, on, off):
    args = _probe(tmp_path, flags).split()
    for f in on:
        assert f"-D{f}=ON" in args
    for f in off:
        assert f"-D{f}=OFF" in args
