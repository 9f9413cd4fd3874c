#!/bin/sh
# Regenerates the Gould–Fernandez brokerage fixtures (brokerage_*.json, brokerage.yaml)
# with R's sna::brokerage. Installs R and sna from Debian (r-cran-sna) only when missing.
# Run from anywhere: sh Tests/NetGraphTests/Fixtures/sna/make_brokerage.sh
set -eu
here=$(cd "$(dirname "$0")" && pwd)
if ! Rscript -e 'quit(status = !requireNamespace("sna", quietly = TRUE) || !requireNamespace("jsonlite", quietly = TRUE))' >/dev/null 2>&1; then
    if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
    $sudo apt-get install -y r-cran-sna r-cran-jsonlite
fi
cd "$here"
Rscript make_brokerage.R
