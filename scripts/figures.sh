#!/usr/bin/env bash
# npm run figures [-- [outDir] [--lang en|zh-CN|all]]: installs what is missing
# (a Chinese font only when Chinese figures are asked for), builds, and renders
# every figure with examples/run-all.ts, passing the arguments on.
set -euo pipefail
cd "$(dirname "$0")/.."

# Chinese (zh-CN, alone, in a list or in 'all') is drawn with CJK characters
# (LANGUAGE_OUTPUT in examples/figures/output.ts); the runner checks the rest.
wants_chinese=false
previous=
for arg in "$@"; do
  case "$arg" in
    --lang=*) value=${arg#--lang=} ;;
    *) value= ; [ "$previous" = --lang ] && value=$arg ;;
  esac
  case "$value" in
    *zh-CN* | all) wants_chinese=true ;;
  esac
  previous=$arg
done

if [ "$wants_chinese" = true ]; then bash scripts/setup.sh --cjk; fi
npm run build
node dist/examples/run-all.js "$@"
