#!/usr/bin/env bash
# System packages CCHC needs: Tesseract with Vietnamese data (scans) and English data (a second reading of
# short cells; the OCR damage that diacritic restoration learns from), LibreOffice (.doc, .xls and
# PDF reports), Chromium (browser tests), PostgreSQL (the second database), poppler (PDF pages), fonts.
# Installs only what is missing; needs root (or sudo) the first time.
set -euo pipefail
packages=(tesseract-ocr tesseract-ocr-vie tesseract-ocr-eng libreoffice-writer-nogui libreoffice-calc-nogui chromium chromium-driver
          postgresql poppler-utils fonts-dejavu-core fonts-liberation2)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "Cài các gói hệ thống còn thiếu: ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo apt-get update -q
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
