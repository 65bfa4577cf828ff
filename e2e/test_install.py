"""End-to-end: the Debian package, installed by dpkg into a fresh root made by the test (its
own package database; the system's libraries), the INSTALLED app launched through WebDriver
under Xvfb, its copy to pass on made from the app and from the installed `senda`, that copy's
installer installed into a second fresh root, and the package removed, leaving nothing but
the person's own folder.

The package is the one `scripts/package-deb` builds; `scripts/test` builds it and passes its
path in SENDA_DEB. Without SENDA_DEB this test is skipped, saying so."""

import hashlib
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from selenium.webdriver.common.by import By

from test_app import clean, snap, start_in, wait

DEB = os.environ.get("SENDA_DEB")
pytestmark = pytest.mark.skipif(
    not DEB, reason="no package to install: run ./scripts/package-deb and set SENDA_DEB to the .deb it prints (scripts/test does)"
)

PACKAGE = "senda"
ADMIN = Path("var/lib/dpkg")
LANGS = ["es", "en", "ht", "fr", "pt"]


def run(*args, **kw) -> str:
    out = subprocess.run([str(a) for a in args], capture_output=True, text=True, **kw)
    assert out.returncode == 0, f"{args}: {out.stderr}{out.stdout}"
    return out.stdout


def fresh_root(path: Path) -> Path:
    """An empty root with an empty dpkg database."""
    for d in ["info", "updates", "triggers"]:
        (path / ADMIN / d).mkdir(parents=True)
    (path / ADMIN / "status").touch()
    return path


def dpkg(root: Path, *args) -> str:
    # The libraries the package depends on are the system's, not the fresh root's: their
    # presence on this system is checked below, against the package's Depends.
    return run("dpkg", f"--root={root}", "--force-not-root", "--force-depends", *args)


def tree(root: Path) -> set[str]:
    """Every path under `root` outside dpkg's own database, relative, with a leading slash."""
    paths = set()
    for dirpath, dirnames, filenames in os.walk(root):
        for name in dirnames + filenames:
            rel = "/" + str((Path(dirpath) / name).relative_to(root))
            if not rel.startswith("/" + str(ADMIN)) and rel not in ("/var", "/var/lib"):
                paths.add(rel)
    return paths


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def check_sums(kit: Path) -> list[str]:
    """Checks every line of the kit's SHA256SUMS and that it lists every file but itself and
    the README; returns the names listed."""
    names = []
    for line in (kit / "SHA256SUMS").read_text().splitlines():
        digest, name = line.split("  ", 1)
        assert sha256(kit / name) == digest, name
        names.append(name)
    on_disk = {str(p.relative_to(kit)) for p in kit.rglob("*") if p.is_file()} - {"SHA256SUMS", "README.txt"}
    assert sorted(names) == sorted(on_disk)
    return names


def package_files(root: Path) -> dict[str, tuple[bytes, int]]:
    """The installed package's regular files: path → (bytes, mode)."""
    out = {}
    for line in dpkg(root, "-L", PACKAGE).splitlines():
        path = root / line.lstrip("/")
        if path.is_file() and not path.is_symlink():
            out[line] = (path.read_bytes(), path.stat().st_mode & 0o7777)
    return out


def depends_are_installed_here(deb: str) -> None:
    """Each dependency of the package is installed on this system, at the version asked."""
    depends = run("dpkg-deb", "--field", deb, "Depends").strip()
    assert depends and "-dev" not in depends, depends
    for clause in depends.split(","):
        name, _, constraint = clause.strip().partition(" ")
        version = run("dpkg-query", "-W", "-f=${Version}", name)
        if constraint:
            op, wanted = constraint.strip("()").split()
            assert subprocess.run(["dpkg", "--compare-versions", version, op, wanted]).returncode == 0, f"{name} {version} {constraint}"


def test_install_launch_pass_on_and_remove(launch, tmp_path, artifacts):
    deb = DEB
    depends_are_installed_here(deb)
    root = fresh_root(tmp_path / "root")
    before = tree(root)
    dpkg(root, "--install", deb)
    listed = dpkg(root, "--listfiles", PACKAGE).splitlines()
    app_bin, cli_bin = root / "usr/bin/senda-app", root / "usr/bin/senda"
    for path in ["/usr/bin/senda-app", "/usr/bin/senda", "/usr/share/doc/senda/copyright"]:
        assert path in listed, path
    # Every library both programs need is found.
    for program in (app_bin, cli_bin):
        assert "not found" not in run("ldd", program), program

    # The desktop entry: valid, with the name and comment in every language.
    desktop = next(root.glob("usr/share/applications/*.desktop"))
    run("desktop-file-validate", desktop)
    entry = desktop.read_text(encoding="utf-8")
    for lang in LANGS:
        assert f"Name[{lang}]=Senda" in entry and f"Comment[{lang}]=" in entry, lang
    assert "Exec=senda-app" in entry and "Icon=senda-app" in entry
    for size in [16, 24, 32, 48, 64, 128, 256]:
        assert (root / f"usr/share/icons/hicolor/{size}x{size}/apps/senda-app.png").is_file(), size

    # The installed app, launched as a person would: its own data folder under HOME.
    home = root / "home" / "person"
    home.mkdir(parents=True)
    # The copy to pass on goes where the person chooses in a folder dialog, which WebDriver
    # cannot answer: SENDA_BACKUP_DIR stands for the chosen folder (a USB stick, outside the root).
    usb = tmp_path / "usb"
    usb.mkdir()
    env = {"HOME": str(home), "XDG_DATA_HOME": None, "XDG_CONFIG_HOME": None, "XDG_CACHE_HOME": None}
    driver = launch(None, backups=usb, application=app_bin, env_overrides=env)
    picker = wait(driver, "[data-screen=picker]")
    assert len(picker.find_elements(By.CSS_SELECTOR, "[data-lang]")) == len(LANGS)
    snap(driver, artifacts / "install-1-picker.png")
    start_in(driver, "ht")

    # The copy to pass on, from the guide updates screen: a dated folder in the chosen one,
    # with the installer rebuilt from this root.
    driver.find_element(By.CSS_SELECTOR, "[data-action=updates]").click()
    wait(driver, "[data-screen=updates] [data-action=share-kit]").click()
    done = wait(driver, "[data-role=share-kit-done]", timeout=60)
    assert not driver.find_elements(By.CSS_SELECTOR, "[data-role=share-kit-note]"), "the installer is in the kit"
    snap(driver, artifacts / "install-2-share-kit.png")
    kits = list(usb.glob("senda-kit-*"))
    assert len(kits) == 1, kits
    assert str(kits[0]) in clean(done.text)
    names = check_sums(kits[0])
    installer = next(n for n in names if n.endswith(".deb"))
    assert installer.startswith("senda_") and installer.endswith("_amd64.deb"), installer
    readme = (kits[0] / "README.txt").read_text(encoding="utf-8")
    assert f"sudo apt install ./{installer}" in readme
    launch.stop_all()

    # The installed command line makes the same installer.
    cli_kit = tmp_path / "cli-kit"
    run(cli_bin, "--data-dir", tmp_path / "cli-data", "share-kit", "--out", cli_kit)
    check_sums(cli_kit)
    assert (cli_kit / installer).read_bytes() == (kits[0] / installer).read_bytes()

    # That installer installs into a second fresh root exactly the files of the package.
    second = fresh_root(tmp_path / "second")
    dpkg(second, "--install", kits[0] / installer)
    assert package_files(second) == package_files(root)
    for field in ["Package", "Version", "Architecture", "Depends", "Maintainer", "Description"]:
        assert run("dpkg-deb", "--field", kits[0] / installer, field) == run("dpkg-deb", "--field", deb, field), field

    # Removing the package leaves only the person's folder: nothing the package put there,
    # no folder it made.
    data_folder = home / ".local/share/org.senda.app"
    assert (data_folder / "senda.db").is_file(), "the app kept its data under HOME"
    dpkg(root, "--remove", PACKAGE)
    left = tree(root) - before
    for path in listed:
        if path != "/.":
            assert path not in left, f"{path} is still there"
    person = "/home/person"
    assert {p for p in left if p != "/home" and p != person and not p.startswith(person + "/")} == set(), sorted(left)
    assert data_folder.is_dir() and (data_folder / "senda.db").is_file(), "the person's data stays"
    shutil.rmtree(tmp_path / "second")
