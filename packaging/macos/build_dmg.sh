#!/usr/bin/env bash
# Wrap the app bundle built by packaging/build.py in a compressed disk image with an Applications link.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
version=$("$root/.venv/bin/python" -c "import privacy_desk; print(privacy_desk.__version__)")
staging=$(mktemp -d)
cp -R "$root/dist/Privacy Desk.app" "$staging/"
ln -s /Applications "$staging/Applications"
hdiutil create -volname "Privacy Desk" -srcfolder "$staging" -ov -format UDZO "$root/dist/PrivacyDesk-$version.dmg"
rm -rf "$staging"
