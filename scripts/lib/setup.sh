# Shared set-up for scripts/run-app and scripts/test: installs what is missing on a Debian or
# Ubuntu machine and does nothing for what is already there, so both scripts are safe to run
# again. Sourced, not run.

SENDA_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
TAURI_DRIVER_VERSION="2.1.0"
# Tauri 2's system libraries, Xvfb for a display-less machine, and WebKit's WebDriver.
SYSTEM_PACKAGES=(
  build-essential pkg-config curl file
  libwebkit2gtk-4.1-dev libgtk-3-dev librsvg2-dev libayatana-appindicator3-dev libssl-dev
  xvfb xauth webkit2gtk-driver strace dbus
  python3 python3-venv
  # Read aloud: WebKit plays the voice's audio through GStreamer (a fake sink where the
  # machine has no sound card, as under Xvfb).
  gstreamer1.0-plugins-base gstreamer1.0-plugins-good
  # Checking the Debian package: dpkg-shlibdeps, lintian, desktop-file-validate.
  dpkg-dev lintian desktop-file-utils
)
# The web edition's browser test (scripts/test only): Debian's Chromium and its WebDriver.
WEB_TEST_PACKAGES=(chromium chromium-driver)

step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }
die() { printf '\033[31merror:\033[0m %s\n' "$*" >&2; exit 1; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else die "installing system packages needs root (or sudo): $*"
  fi
}

# Installs the given Debian packages that are missing (all of SYSTEM_PACKAGES without one).
ensure_system_packages() {
  local wanted=("$@") missing=()
  [ "${#wanted[@]}" -gt 0 ] || wanted=("${SYSTEM_PACKAGES[@]}")
  for pkg in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    step "Installing system packages: ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
}

ensure_rust() {
  command -v cargo >/dev/null 2>&1 || [ -x "$HOME/.cargo/bin/cargo" ] \
    || die "Rust is not installed. Install it with rustup (https://rustup.rs), then run this again."
  export PATH="$HOME/.cargo/bin:$PATH"
}

# The web edition's toolchain (scripts/build-web): the Rust target, and Debian's clang, which
# compiles SQLite's C code to WebAssembly.
ensure_web_toolchain() {
  ensure_system_packages clang
  if command -v rustup >/dev/null 2>&1; then
    rustup target list --installed | grep -qx wasm32-unknown-unknown || {
      step "Installing the Rust target wasm32-unknown-unknown"
      rustup target add wasm32-unknown-unknown
    }
  else
    rustc --print target-libdir --target wasm32-unknown-unknown >/dev/null 2>&1 \
      || die "the Rust target wasm32-unknown-unknown is missing, and rustup is not there to add it."
  fi
}

ensure_node() {
  if ! command -v node >/dev/null 2>&1; then
    step "Installing Node.js"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm
  fi
  local major
  major="$(node -p 'process.versions.node.split(".")[0]')"
  [ "$major" -ge 20 ] || die "Node.js 20 or newer is needed to build the interface (found $(node --version))."
}

ensure_ui_packages() {
  ensure_node
  # Reinstall only when the lockfile changed since the last install.
  local stamp="$SENDA_ROOT/ui/node_modules/.package-lock.json"
  if [ ! -f "$stamp" ] || [ "$SENDA_ROOT/ui/package-lock.json" -nt "$stamp" ]; then
    step "Installing the interface's packages"
    # `npm install` installs the versions in the lockfile. (`npm ci` would refuse it: the
    # registry mirror gives only this platform's optional packages, so the lockfile lists
    # only those.)
    (cd "$SENDA_ROOT/ui" && npm install --no-audit --no-fund)
  fi
}

build_ui() {
  step "Building the interface"
  (cd "$SENDA_ROOT/ui" && npm run build)
}

ensure_tauri_driver() {
  if ! command -v tauri-driver >/dev/null 2>&1; then
    step "Installing tauri-driver $TAURI_DRIVER_VERSION"
    cargo install tauri-driver --version "$TAURI_DRIVER_VERSION" --locked
  fi
}

ensure_python_env() {
  local venv="$SENDA_ROOT/.venv"
  local req="$SENDA_ROOT/e2e/requirements.txt"
  if [ ! -x "$venv/bin/python" ]; then
    step "Creating the Python environment for the end-to-end test"
    python3 -m venv "$venv"
  fi
  if [ ! -f "$venv/.installed" ] || [ "$req" -nt "$venv/.installed" ]; then
    "$venv/bin/pip" install --quiet --disable-pip-version-check -r "$req"
    touch "$venv/.installed"
  fi
}
