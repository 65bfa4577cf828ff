"""Writes senda-guide.html: the web edition's script, styles and WebAssembly core (with the
guide pack compiled into it) inlined in one page that opens from a file, with no server and
no network. Called by scripts/build-web; prints the file's size and SHA-256.

The core is gzipped and stored as base64 in a data block (a <script> of a type browsers never
run); the page unzips it with DecompressionStream. The content security policy allows the
page's own script and stylesheet by hash, WebAssembly compilation, and nothing else: no
request of any kind can leave the page.
"""

import argparse
import base64
import gzip
import hashlib
import html
import pathlib
import re
import sys


def csp_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--page", required=True, type=pathlib.Path, help="the built web.html")
    parser.add_argument("--script", required=True, type=pathlib.Path)
    parser.add_argument("--style", required=True, type=pathlib.Path)
    parser.add_argument("--wasm", required=True, type=pathlib.Path)
    parser.add_argument("--out", required=True, type=pathlib.Path)
    args = parser.parse_args()

    page = args.page.read_text(encoding="utf-8")
    # A module script: deferred like the built page's, and never parsed as a classic script.
    # "</script" cannot occur inside it, or the page would end the script early.
    script = args.script.read_text(encoding="utf-8")
    style = args.style.read_text(encoding="utf-8")
    if "</script" in script.lower() or "</style" in style.lower():
        sys.exit("the script or the styles contain a closing tag")
    # mtime=0: the same inputs give the same file, byte for byte, so its SHA-256 can be checked.
    core = base64.b64encode(gzip.compress(args.wasm.read_bytes(), compresslevel=9, mtime=0)).decode("ascii")

    csp = "; ".join(
        [
            "default-src 'none'",
            f"script-src {csp_hash(script)} 'wasm-unsafe-eval'",
            f"style-src {csp_hash(style)}",
            "img-src 'none'",
            "font-src 'none'",
            "connect-src 'none'",
            "media-src 'none'",
            "object-src 'none'",
            "frame-src 'none'",
            "worker-src 'none'",
            "manifest-src 'none'",
            "form-action 'none'",
            "base-uri 'none'",
        ]
    )
    # Drop the built page's links to its script and stylesheet; everything goes inline.
    page = re.sub(r"\s*<script[^>]*src=[^>]*></script>", "", page)
    page = re.sub(r"\s*<link[^>]*>", "", page)
    head = (
        f'<meta http-equiv="Content-Security-Policy" content="{html.escape(csp, quote=False)}" />\n'
        f'    <meta name="referrer" content="no-referrer" />\n'
        f"    <style>{style}</style>\n"
    )
    # The policy must come before anything it governs: first thing after <meta charset>, which
    # itself stays within the first 1024 bytes.
    charset = re.search(r"<meta charset=[^>]*>\n", page)
    if not charset:
        sys.exit("the built page has no <meta charset>")
    page = page[: charset.end()] + "    " + head + page[charset.end() :]
    page = page.replace("</body>", f'<script id="senda-core" type="application/octet-stream">{core}</script>\n'
                                    f'    <script type="module">{script}</script>\n  </body>', 1)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    data = page.encode("utf-8")
    args.out.write_bytes(data)
    digest = hashlib.sha256(data).hexdigest()
    (args.out.parent / (args.out.name + ".sha256")).write_text(f"{digest}  {args.out.name}\n", encoding="ascii")
    print(f"{args.out}: {len(data)} bytes ({len(data) / 1_000_000:.2f} MB)")
    print(f"SHA-256: {digest}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
