# Building and checking the Debian package, for scripts/package-deb and scripts/test. Sourced
# after setup.sh, not run.

# The package Tauri's bundler writes for the version in tauri.conf.json.
deb_path() {
  local version
  version="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["version"])' "$SENDA_ROOT/src-tauri/tauri.conf.json")"
  echo "$SENDA_ROOT/target/release/bundle/deb/Senda_${version}_$(dpkg --print-architecture).deb"
}

# Builds the app in release mode and bundles it with the `senda` command line (Tauri's
# bundler runs the interface build before and the command line's build before bundling).
build_deb() {
  step "Building the Debian package (release, with Tauri's bundler)"
  (cd "$SENDA_ROOT" && ui/node_modules/.bin/tauri build --bundles deb --ci)
  [ -f "$(deb_path)" ] || die "the bundler did not write $(deb_path)"
}

# Fails unless the package depends on every library package its programs load (as
# dpkg-shlibdeps finds them) and lintian finds no error in it. Warnings are printed and kept
# in artifacts/lintian.txt.
check_deb() {
  local deb="$1" work needed depends name
  step "Checking the package: its dependencies, then lintian"
  work="$(mktemp -d)"
  dpkg-deb --extract "$deb" "$work/root"
  mkdir "$work/debian"
  printf 'Source: senda\n\nPackage: senda\nArchitecture: any\n' > "$work/debian/control"
  needed="$(cd "$work" && dpkg-shlibdeps -O root/usr/bin/senda-app root/usr/bin/senda 2>/dev/null | sed 's/^shlibs:Depends=//')"
  rm -rf "$work"
  depends="$(dpkg-deb --field "$deb" Depends)"
  for name in $(echo "$needed" | tr ',' '\n' | awk '{print $1}'); do
    echo "$depends" | tr ',' '\n' | awk '{print $1}' | grep -qx "$name" \
      || die "the package's programs load a library from $name, which its Depends does not name ($depends)"
  done
  echo "Depends covers every library the programs load: $needed"
  mkdir -p "$SENDA_ROOT/artifacts"
  if ! lintian --fail-on error "$deb" > "$SENDA_ROOT/artifacts/lintian.txt" 2>&1; then
    cat "$SENDA_ROOT/artifacts/lintian.txt"
    die "lintian found errors in $deb"
  fi
  echo "lintian: no errors. Its warnings, if any:"
  cat "$SENDA_ROOT/artifacts/lintian.txt"
}
