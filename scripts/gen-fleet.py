#!/usr/bin/env python3
"""Generate a fleet of client tenants for `setup-guide fleet verify` benchmarks.

Usage: gen-fleet.py OUT_DIR CLIENTS USERS_PER_CLIENT

Writes OUT_DIR/client-NNNNN/ for each client as the script of `setup-guide export collect`
does: the five exports of gen-exports.py (each client with its own seed, so its own ids) and
setup-guide-manifest.json with the tenant id, a display name, the country (US) and each file's
record count. Deterministic: the same arguments give the same bytes.
"""
import importlib.util
import json
import os
import sys
import uuid

here = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("gen_exports", os.path.join(here, "gen-exports.py"))
gen_exports = importlib.util.module_from_spec(spec)
spec.loader.exec_module(gen_exports)


def main():
    out, clients, users = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    os.makedirs(out, exist_ok=True)
    width = max(5, len(str(clients)))
    for k in range(clients):
        folder = os.path.join(out, f"client-{k:0{width}d}")
        os.makedirs(folder, exist_ok=True)
        counts = gen_exports.generate(folder, users, users, seed=1000 + k)
        manifest = {
            "tool": "setup-guide export collect", "formatVersion": 1,
            "tenantId": str(uuid.UUID(int=(0x5F1C9B2E << 96) + k, version=4)),
            "tenantName": f"Client {k:0{width}d} SARL", "country": "US",
            "collectedAt": "2026-11-30T08:00:00.0000000Z", "powerShell": "7.4.6",
            "modules": {"MicrosoftTeams": "6.7.0"}, "counts": counts,
        }
        with open(os.path.join(folder, "setup-guide-manifest.json"), "w") as f:
            json.dump(manifest, f, indent=2)


if __name__ == "__main__":
    main()
