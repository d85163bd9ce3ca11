#!/usr/bin/env bash
# Makes a corpus of real Polish documents for the benchmark from Debian documentation packages (PDF manuals, an
# EPUB book, HTML help pages and manuals; none of them written for this project).
#   usage: bench/make-corpus.sh [DIR]     (default: target/corpus)
# Needs apt-get; fetches about 35 MB of packages once. Running it again on a filled DIR does nothing.
set -euo pipefail
dir=${1:-target/corpus}
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
if [[ -f $dir/.complete ]]; then
  echo "corpus already in $dir ($(find "$dir" -type f ! -name .complete | wc -l) files)"
  exit 0
fi
packages=(libreoffice-help-pl kicad-doc-pl texlive-lang-polish debian-edu-doc-legacy-pl)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(
  cd "$tmp"
  apt-get download "${packages[@]}" >/dev/null 2>&1 || { apt-get update -qq; apt-get download "${packages[@]}" >/dev/null; }
)
for deb in "$tmp"/*.deb; do
  name=$(basename "$deb" .deb)
  mkdir -p "$tmp/x/$name"
  dpkg-deb -x "$deb" "$tmp/x/$name"
  # Keep only documents, flattened into one folder per kind; the package name keeps names unique.
  find "$tmp/x/$name" -type f \( -iname '*.pdf' -o -iname '*.epub' -o -iname '*.html' \) -print0 |
    while IFS= read -r -d '' f; do
      kind=${f##*.}; kind=${kind,,}
      mkdir -p "$dir/$kind"
      rel=${f#"$tmp/x/$name/"}
      cp "$f" "$dir/$kind/${name%%_*}--${rel//\//_}"
    done
done
touch "$dir/.complete"
echo "corpus ready in $dir: $(find "$dir" -type f ! -name .complete | wc -l) files, $(du -sh "$dir" | cut -f1)"
