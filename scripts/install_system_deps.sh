#!/usr/bin/env bash
# Install the Debian packages the pipeline needs, only those missing. Safe to run again.
# Machines here run as root; elsewhere this prints the command to run with sudo.
set -euo pipefail

want=(tesseract-ocr tesseract-ocr-eng tesseract-ocr-osd tesseract-ocr-chi-sim tesseract-ocr-chi-tra
      fonts-dejavu-core fonts-liberation2 fonts-ocr-b fonts-wqy-zenhei poppler-utils
      chromium)  # chromium prints audit.pdf and runs the review page's browser test

missing=()
for pkg in "${want[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$pkg")
  fi
done

if [[ ${#missing[@]} -eq 0 ]]; then
  exit 0
fi

echo "installing system packages: ${missing[*]}"
if [[ $(id -u) -ne 0 ]]; then
  echo "not root: run  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
