#!/usr/bin/env python3
"""Fuzzes the API from its own description with schemathesis and counts the server errors.

Starts the demo (its own data folder, a free port), signs in a representative and a staff administrator from the demo's
credentials, and runs schemathesis over /api/openapi.json four times: without credentials, as the representative
(bearer token), as staff (the sid cookie) and, on the bot's own routes, with a bot key. Prints the requests sent and the answers by class for each run, and every
5xx with its route and payload. Exits 1 when any request got a 5xx.

    python3 -m pip install schemathesis
    python3 bench/fuzz-api.py                 # about 25 cases per operation and run
    python3 bench/fuzz-api.py --examples 60   # more cases, longer
"""

import argparse
import collections
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# Signing out, ending sessions or changing the password would leave the rest of a run unauthenticated.
KEEP_SESSION = r"^/api/v1/auth/(sign-out|sessions/|password$)"
BOT_ROUTES = r"^/api/v1/telegram/(links|email-codes(/verify)?|chat-status)$"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def call(url: str, body: dict | None = None) -> tuple[dict, dict]:
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data=data, headers={"content-type": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.load(response), dict(response.headers)


def wait_for_health(base: str, demo: subprocess.Popen, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if demo.poll() is not None:
            sys.exit(f"fuzz: the demo exited with code {demo.returncode}; see its log above")
        try:
            with urllib.request.urlopen(f"{base}/healthz", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(1)
    sys.exit(f"fuzz: the demo did not answer /healthz within {timeout:.0f} s")


def start_demo(port: int, data_dir: str) -> subprocess.Popen:
    # the demo's own data folder, but the FerretDB build this checkout already has (or builds once) in var/tools
    os.makedirs(os.path.join(ROOT, "var", "tools"), exist_ok=True)
    os.symlink(os.path.join(ROOT, "var", "tools"), os.path.join(data_dir, "tools"))
    env = {**os.environ, "PORT": str(port), "DATA_DIR": data_dir, "LOG_LEVEL": "error"}
    for name in ("MONGODB_URI", "TELEGRAM_BOT_TOKEN", "SMTP_URL"):
        env.pop(name, None)
    return subprocess.Popen(
        ["npx", "tsx", "api/main.ts", "--demo"], cwd=ROOT, env=env, start_new_session=True
    )


def stop_demo(demo: subprocess.Popen) -> None:
    if demo.poll() is None:
        os.killpg(demo.pid, signal.SIGTERM)
        try:
            demo.wait(20)
        except subprocess.TimeoutExpired:
            os.killpg(demo.pid, signal.SIGKILL)
            demo.wait()


def sign_in(base: str, data_dir: str) -> tuple[str, str]:
    with open(os.path.join(data_dir, "demo", "credentials.json"), encoding="utf-8") as file:
        credentials = json.load(file)
    person = credentials["representatives"][0]
    signed_in, _ = call(
        f"{base}/api/v1/auth/sign-in",
        {"inn": person["inn"], "email": person["email"], "password": person["password"]},
    )
    admin = next(staff for staff in credentials["staff"] if staff["role"] == "admin")
    _, headers = call(
        f"{base}/api/v1/auth/staff/sign-in", {"email": admin["email"], "password": admin["password"]}
    )
    cookie = next(part for part in headers["Set-Cookie"].split(";") if part.startswith("sid="))
    return signed_in["token"], cookie


def fuzz(
    base: str, name: str, headers: list[str], exclude: str | None, args, report_dir: str, include: str | None = None
) -> dict:
    har = os.path.join(report_dir, f"{name.replace(' ', '-')}.har")
    command = [
        sys.executable, "-m", "schemathesis.cli", "run", f"{base}/api/openapi.json",
        "--checks", "not_a_server_error", "--max-examples", str(args.examples), "--workers", "2",
        "--no-shrink", "--suppress-health-check", "all", "--warnings", "off",
        "--report", "har", "--report-har-path", har,
    ]
    if args.seed is not None:
        command += ["--seed", str(args.seed)]
    for header in headers:
        command += ["--header", header]
    if exclude:
        command += ["--exclude-path-regex", exclude]
    if include:
        command += ["--include-path-regex", include]
    print(f"\nfuzz: {name} …", flush=True)
    started = time.monotonic()
    subprocess.run(command, cwd=report_dir, stdout=None if args.verbose else subprocess.DEVNULL)
    with open(har, encoding="utf-8") as file:
        entries = json.load(file)["log"]["entries"]
    statuses = collections.Counter(entry["response"]["status"] for entry in entries)
    errors = [entry for entry in entries if entry["response"]["status"] >= 500]
    return {"name": name, "seconds": time.monotonic() - started, "entries": entries, "statuses": statuses, "errors": errors}


def describe_error(entry: dict) -> str:
    request = entry["request"]
    payload = (request.get("postData") or {}).get("text", "")
    answer = entry["response"]["content"].get("text", "")
    return (
        f"  {entry['response']['status']} {request['method']} {request['url']}\n"
        f"      payload: {payload[:300]!r}\n      answer: {answer[:300]!r}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--examples", type=int, default=25, help="cases per operation and run (default 25)")
    parser.add_argument("--seed", type=int, help="schemathesis's random seed, to repeat a run")
    parser.add_argument("--verbose", action="store_true", help="show schemathesis's own output")
    args = parser.parse_args()
    if shutil.which("schemathesis") is None and subprocess.run(
        [sys.executable, "-c", "import schemathesis"], capture_output=True
    ).returncode:
        sys.exit("fuzz: schemathesis is not installed: python3 -m pip install schemathesis")

    port = free_port()
    base = f"http://127.0.0.1:{port}"
    data_dir = tempfile.mkdtemp(prefix="sro-fuzz-")
    report_dir = os.path.join(data_dir, "reports")
    os.makedirs(report_dir)
    demo = start_demo(port, data_dir)
    try:
        wait_for_health(base, demo, timeout=300)
        token, cookie = sign_in(base, data_dir)
        runs = [
            fuzz(base, "unauthenticated", [], None, args, report_dir),
            fuzz(
                base, "representative", [f"Authorization: Bearer {token}"],
                rf"{KEEP_SESSION}|^/api/v1/staff/", args, report_dir,
            ),
            # the staff app's cookie, with the header its changes carry (cross-site requests are refused)
            fuzz(
                base, "staff", [f"Cookie: {cookie}", "X-Requested-With: sro-admin"],
                KEEP_SESSION, args, report_dir,
            ),
            # the bot's own routes with a key: the demo has no bot token, so past validation they answer 404
            fuzz(
                base, "bot key", ["X-Bot-Key: " + "0" * 64], None, args, report_dir,
                include=BOT_ROUTES,
            ),
        ]
    finally:
        stop_demo(demo)
        shutil.rmtree(os.path.join(data_dir, "demo"), ignore_errors=True)

    print(f"\n{'run':<16} {'requests':>9} {'2xx':>7} {'4xx':>7} {'5xx':>5} {'time, s':>8}")
    for run in runs:
        by_class = collections.Counter(status // 100 for status in run["statuses"].elements())
        print(
            f"{run['name']:<16} {len(run['entries']):>9} {by_class[2]:>7} {by_class[4]:>7} "
            f"{by_class[5]:>5} {run['seconds']:>8.0f}"
        )
    total = sum(len(run["entries"]) for run in runs)
    errors = [error for run in runs for error in run["errors"]]
    print(f"{'all':<16} {total:>9} {'':>7} {'':>7} {len(errors):>5}")
    for run in runs:
        top = ", ".join(f"{status}: {count}" for status, count in sorted(run["statuses"].items()))
        print(f"  {run['name']}: {top}")
    if errors:
        print("\nserver errors:")
        for error in errors:
            print(describe_error(error))
    print(f"\nreports (HAR): {report_dir}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
