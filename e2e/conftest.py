"""Fixtures for driving the real Senda app: tauri-driver, a fresh data folder, a WebDriver
session, the `senda` command line (for expected words) and a folder for screenshots."""

import json
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver.common.options import ArgOptions

ROOT = Path(__file__).resolve().parent.parent
TARGET = Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))
APP = TARGET / "debug" / "senda-app"
CLI = TARGET / "debug" / "senda"
ARTIFACTS = ROOT / "artifacts" / "e2e"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_for_port(port: int, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise RuntimeError(f"tauri-driver did not listen on port {port} within {timeout}s")


@pytest.fixture(scope="session")
def artifacts() -> Path:
    if ARTIFACTS.exists():
        shutil.rmtree(ARTIFACTS)
    ARTIFACTS.mkdir(parents=True)
    return ARTIFACTS


@pytest.fixture()
def data_dir():
    with tempfile.TemporaryDirectory(prefix="senda-e2e-") as d:
        yield Path(d)


@pytest.fixture()
def launch():
    """Starts the real app on a data folder and returns its WebDriver session; call it again
    after `quit()` to restart the app on the same data. Everything is stopped at the end."""
    started = []

    def wait_for_previous_app_to_exit(app: Path):
        # GTK lets one instance of an application id run at a time: a new launch while the
        # last one is still closing would hand over to it and exit at once.
        deadline = time.monotonic() + 15
        while subprocess.run(["pgrep", "-f", str(app)], capture_output=True).returncode == 0:
            if time.monotonic() > deadline:
                subprocess.run(["pkill", "-KILL", "-f", str(app)], capture_output=True)
                break
            time.sleep(0.2)

    def start(
        data_dir: Path | None,
        trace: Path | None = None,
        backups: Path | None = None,
        application: Path = APP,
        env_overrides: dict[str, str | None] | None = None,
    ):
        """`data_dir` None leaves the app to find its own data folder (as installed, under
        HOME); `env_overrides` sets (or, with None, removes) environment variables."""
        assert application.exists(), f"build the app first: {application}"
        wait_for_previous_app_to_exit(application)
        env = dict(os.environ)
        env.pop("SENDA_DATA_DIR", None)
        if data_dir is not None:
            env["SENDA_DATA_DIR"] = str(data_dir)
        if backups is not None:
            env["SENDA_BACKUP_DIR"] = str(backups)
        for name, value in (env_overrides or {}).items():
            if value is None:
                env.pop(name, None)
            else:
                env[name] = value
        driver_bin = shutil.which("tauri-driver") or str(Path.home() / ".cargo" / "bin" / "tauri-driver")
        log = open(ARTIFACTS / "tauri-driver.log", "ab") if ARTIFACTS.exists() else subprocess.DEVNULL
        # Fresh ports for every launch, and a process group of its own, so that a driver still
        # shutting down from an earlier launch can never answer for this one.
        port, native_port = _free_port(), _free_port()
        proc = subprocess.Popen(
            [driver_bin, "--port", str(port), "--native-port", str(native_port)],
            env=env,
            stdout=log,
            stderr=log,
            start_new_session=True,
        )
        started.append(proc)
        # Both must listen: tauri-driver, and the WebKit driver it starts behind it.
        _wait_for_port(port, 30)
        _wait_for_port(native_port, 30)
        options = ArgOptions()
        options.set_capability("browserName", "wry")
        app_path = application
        if trace is not None:
            # Follow every process the app starts and record each connect() it makes.
            wrapper = data_dir.parent / f"{data_dir.name}-traced-app"
            wrapper.write_text(f'#!/bin/sh\nexec strace -f -qq -e trace=connect -o "{trace}" "{application}" "$@"\n')
            wrapper.chmod(0o755)
            app_path = wrapper
        options.set_capability("tauri:options", {"application": str(app_path)})
        driver = webdriver.Remote(command_executor=f"http://127.0.0.1:{port}", options=options)
        driver.implicitly_wait(0)
        started.append(driver)
        return driver

    def stop(item):
        if isinstance(item, subprocess.Popen):
            # The driver and the WebKit driver it started, together.
            try:
                os.killpg(item.pid, signal.SIGTERM)
                item.wait(timeout=10)
            except ProcessLookupError:
                pass
            except subprocess.TimeoutExpired:
                os.killpg(item.pid, signal.SIGKILL)
        else:
            try:
                item.quit()
            except Exception:
                pass  # already quit by the test

    start.stop_all = lambda: [stop(item) for item in reversed(started)] and started.clear()
    yield start
    start.stop_all()


@pytest.fixture()
def app(launch, data_dir):
    """A WebDriver session on a freshly started app whose data lives in `data_dir`."""
    return launch(data_dir)


@pytest.fixture(scope="session")
def senda_cli():
    """Runs the `senda` command line and returns its JSON output."""

    def run(*args: str) -> dict:
        out = subprocess.run([str(CLI), "--json", *args], check=True, capture_output=True, text=True)
        return json.loads(out.stdout)

    return run
