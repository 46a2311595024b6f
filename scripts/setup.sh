#!/usr/bin/env bash
# Installs what agile-neurons needs, and nothing twice. Called by `npm test`,
# `npm run figures` and `npm run build`, so each works as the first command on a
# fresh clone.
#   1. `npm ci` when node_modules does not match package-lock.json (its
#      `prepare` script also builds the package into dist/src);
#   2. the Debian libraries that `canvas` (a dev dependency here, an optional
#      peer for users) needs to build from source, only when its prebuilt
#      binary cannot be fetched;
#   3. with --browser (npm run test:package, npm run test:lab), Debian's
#      chromium and a Chinese font (fonts-noto-cjk, for the lab's Chinese
#      screenshots) when missing, for the tests that run in a browser;
#   4. with --cjk (npm run figures -- --lang zh-CN), a font with Chinese
#      characters (Debian's fonts-noto-cjk) when fontconfig knows none, so that
#      the Chinese charts show characters, not boxes.
set -euo pipefail
cd "$(dirname "$0")/.."

WANT_BROWSER=false
WANT_CJK_FONT=false
for arg in "$@"; do
  case "$arg" in
    --browser) WANT_BROWSER=true ;;
    --cjk) WANT_CJK_FONT=true ;;
    *) printf 'setup: unknown argument %s (known: --browser, --cjk)\n' "$arg" >&2; exit 2 ;;
  esac
done

# fonts-dejavu-core: charts need a font; headless images sometimes ship none.
APT_PACKAGES=(build-essential pkg-config libcairo2-dev libpango1.0-dev libjpeg-dev libgif-dev librsvg2-dev fonts-dejavu-core)
PKG_CONFIG_LIBS=(cairo pangocairo libjpeg librsvg-2.0)
CHROMIUM=/usr/bin/chromium
CJK_FONT_PACKAGES=(fontconfig fonts-noto-cjk)
BROWSER_PACKAGES=(chromium fontconfig fonts-noto-cjk)

say() { printf 'setup: %s\n' "$*" >&2; }

canvas_loads() {
  [ -d node_modules/canvas ] && node -e "require('canvas')" >/dev/null 2>&1
}

native_libs_present() {
  command -v pkg-config >/dev/null 2>&1 || return 1
  command -v g++ >/dev/null 2>&1 || return 1
  pkg-config --exists "${PKG_CONFIG_LIBS[@]}" || return 1
  [ -e /usr/include/gif_lib.h ] || return 1
  [ -n "$(fc-list 2>/dev/null | head -n 1)" ] || return 1
}

# Installs Debian packages with apt-get, as root or with sudo; otherwise prints
# the exact command and stops. $1 says what they are for.
apt_install() {
  local purpose=$1; shift
  local runner=()
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
      runner=(sudo)
    elif command -v sudo >/dev/null 2>&1 && [ -t 0 ]; then
      runner=(sudo)  # interactive: sudo asks for the password
    else
      say "missing Debian packages for $purpose; run this once, then re-run the command:"
      say "  sudo apt-get install -y $*"
      exit 1
    fi
  fi
  say "installing Debian packages for $purpose: $*"
  export DEBIAN_FRONTEND=noninteractive
  "${runner[@]}" apt-get update -qq
  "${runner[@]}" apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

install_native_libs() {
  if native_libs_present; then return 0; fi
  if ! command -v apt-get >/dev/null 2>&1; then
    say "canvas may need Cairo, Pango, libjpeg, giflib and librsvg development files;"
    say "install them with your system's package manager if the npm install below fails."
    return 0
  fi
  apt_install canvas "${APT_PACKAGES[@]}"
}

# Chromium, and a font with Chinese characters for it (the lab in 中文).
browser_present() {
  [ -x "$CHROMIUM" ] && [ -n "$(fc-list :lang=zh 2>/dev/null | head -n 1)" ]
}

# The browser tests drive Debian's chromium (never a browser that npm downloads).
install_browser() {
  if browser_present; then return 0; fi
  if ! command -v apt-get >/dev/null 2>&1; then
    say "the browser tests need Chromium at $CHROMIUM and a Chinese font (Noto CJK);"
    say "install them with your system's package manager"
    exit 1
  fi
  apt_install "the browser tests" "${BROWSER_PACKAGES[@]}"
}

# The Chinese figures: fontconfig must know a font for Simplified Chinese.
chinese_font_present() {
  [ -n "$(fc-list :lang=zh-cn family 2>/dev/null | head -n 1)" ]
}

install_cjk_font() {
  if chinese_font_present; then return 0; fi
  if ! command -v apt-get >/dev/null 2>&1; then
    say "the Chinese figures need a Chinese font (Noto Sans CJK SC, or any other); install one with your system's package manager"
    exit 1
  fi
  apt_install "the Chinese figures" "${CJK_FONT_PACKAGES[@]}"
}

lock_stamp() { sha256sum package-lock.json package.json | sha256sum | cut -d' ' -f1; }
STAMP=node_modules/.agile-neurons-setup

npm_is_current() {
  [ -f "$STAMP" ] && [ -f package-lock.json ] && [ "$(cat "$STAMP")" = "$(lock_stamp)" ] && canvas_loads
}

if [ "$WANT_BROWSER" = true ]; then install_browser; fi
if [ "$WANT_CJK_FONT" = true ]; then install_cjk_font; fi
if npm_is_current; then exit 0; fi

npm_install() {
  if [ -f package-lock.json ]; then
    npm ci --no-audit --no-fund --loglevel=error
  else
    npm install --no-audit --no-fund --loglevel=error
  fi
}

say "installing npm dependencies"
# With internet access canvas downloads a prebuilt binary and needs no system
# libraries; where that download is blocked it builds from source, which needs
# the Debian packages. So: try npm first unless we already know the libraries
# are missing and cannot be fetched, then install the libraries and try again.
if ! npm_install || ! canvas_loads; then
  install_native_libs
  say "building canvas from source"
  npm_install
fi
canvas_loads || { say "canvas does not load; see the messages above"; exit 1; }
lock_stamp > "$STAMP"
say "ready"
