#!/usr/bin/env python3
"""Generate realistic PowerShell exports for `setup-guide verify --export` benchmarks.

Usage: gen-exports.py OUT_DIR USERS NUMBERS [SEED]

Writes Get-CsOnlineUser.json and Get-CsPhoneNumberAssignment.json as ConvertTo-Json would
(two-space indent, every property the cmdlets return, most of them unused by verify), plus
addresses, locations and SKUs. The tenant is US, mostly complete, with a few gaps of each kind
so the report has work to do. Deterministic: the same arguments give the same bytes.
"""
import json
import random
import sys
import uuid


def guid(rng):
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def main():
    seed = int(sys.argv[4]) if len(sys.argv) > 4 else 42
    generate(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), seed)


def generate(out, users, numbers, seed=42):
    """Writes the five exports into OUT; returns the record count of each cmdlet."""
    rng = random.Random(seed)
    import os
    os.makedirs(out, exist_ok=True)

    addresses, locations = [], []
    for a in range(max(1, users // 1000)):
        address_id = guid(rng)
        default_location = guid(rng)
        addresses.append({
            "CivicAddressId": address_id, "HouseNumber": str(100 + a), "HouseNumberSuffix": "", "PreDirectional": "",
            "StreetName": "Broad", "StreetSuffix": "St", "PostDirectional": "", "City": "Seattle", "CityAlias": "",
            "PostalCode": "98109", "StateOrProvince": "WA", "CountryOrRegion": "US", "Description": f"Office {a}",
            "CompanyName": "Contoso", "CompanyTaxId": "", "DefaultLocationId": default_location,
            "ValidationStatus": "Invalid" if a % 97 == 5 else "Valid", "NumberOfVoiceUsers": 0,
            "NumberOfTelephoneNumbers": 0, "Latitude": "47.62", "Longitude": "-122.35", "Confidence": "", "Elin": "",
            "PartnerId": "00000000-0000-0000-0000-000000000000", "TenantId": "5f1c9b2e-0000-4000-8000-00000000e001",
        })
        locations.append({"LocationId": default_location, "CivicAddressId": address_id, "Location": "",
                          "City": "Seattle", "CountryOrRegion": "US", "IsDefault": True})
        for floor in range(1, 3):
            locations.append({"LocationId": guid(rng), "CivicAddressId": address_id, "Location": f"Floor {floor}",
                              "City": "Seattle", "CountryOrRegion": "US", "IsDefault": False})

    user_ids = [guid(rng) for _ in range(users)]
    number_of = {}
    with open(os.path.join(out, "Get-CsOnlineUser.json"), "w") as f:
        f.write("[\n")
        for i in range(users):
            upn = f"user{i}@contoso.com"
            voice = i % 50 != 7  # a few people without any voice licence: out of scope
            features = ["Teams", "AudioConferencing"] + (["PhoneSystem", "CallingPlan"] if voice else [])
            if voice and i % 400 == 3:
                features.remove("CallingPlan")  # Phone System without a Calling Plan
            line = f"tel:+1206{5000000 + i:07d}" if voice and i < numbers and i % 300 != 11 else None
            if line:
                number_of[i] = line[4:]
            user = {
                "AccountEnabled": True, "AccountType": "User",
                "AssignedPlan": [{"Capability": "MCOEV", "CapabilityStatus": "Enabled"}],
                "City": "Seattle", "Department": f"Dept {i % 40}",
                "DisplayName": f"User {i}", "EnterpriseVoiceEnabled": voice, "FeatureTypes": features,
                "Identity": user_ids[i], "InterpretedUserType": "PureOnlineTeamsOnlyUser",
                "LineURI": line, "PreferredLanguage": "en-US",
                "SipAddress": f"sip:{upn}", "TeamsUpgradeEffectiveMode": "TeamsOnly",
                "UsageLocation": "CA" if i % 1000 == 17 else "US", "UserPrincipalName": upn,
            }
            f.write(json.dumps(user, indent=2))
            f.write(",\n" if i + 1 < users else "\n")
        f.write("]\n")

    with open(os.path.join(out, "Get-CsPhoneNumberAssignment.json"), "w") as f:
        f.write("[\n")
        for n in range(numbers):
            assigned = n in number_of
            address = addresses[n % len(addresses)]
            located = assigned and n % 250 != 9
            record = {
                "TelephoneNumber": f"+1206{5000000 + n:07d}", "OperatorId": "2b6d2c28-0000-4000-8000-000000000000",
                "NumberType": "CallingPlan", "ActivationState": "Activated",
                "AssignedPstnTargetId": user_ids[n] if assigned else None, "AssignmentCategory": "Primary" if assigned else None,
                "Capability": ["UserAssignment"], "City": "Seattle",
                "CivicAddressId": address["CivicAddressId"] if located else "00000000-0000-0000-0000-000000000000",
                "IsoCountryCode": "US", "IsoSubdivision": "Washington",
                "LocationId": address["DefaultLocationId"] if located else "00000000-0000-0000-0000-000000000000",
                "LocationUpdateSupported": True, "NetworkSiteId": None, "PortInOrderStatus": None,
                "PstnAssignmentStatus": "UserAssigned" if assigned else "Unassigned", "PstnPartnerId": None,
                "PstnPartnerName": "Microsoft", "NumberSource": "Online",
            }
            f.write(json.dumps(record, indent=2))
            f.write(",\n" if n + 1 < numbers else "\n")
        f.write("]\n")

    with open(os.path.join(out, "Get-CsOnlineLisCivicAddress.json"), "w") as f:
        json.dump(addresses, f, indent=2)
    with open(os.path.join(out, "Get-CsOnlineLisLocation.json"), "w") as f:
        json.dump(locations, f, indent=2)
    licences = users + users // 10
    skus = [{"SkuPartNumber": sku, "ConsumedUnits": users, "CapabilityStatus": "Enabled", "AppliesTo": "User",
             "PrepaidUnits": {"Enabled": licences, "LockedOut": 0, "Suspended": 0, "Warning": 0}}
            for sku in ("MCOEV", "MCOPSTN1", "ENTERPRISEPACK")]
    with open(os.path.join(out, "Get-MgSubscribedSku.json"), "w") as f:
        json.dump(skus, f, indent=2)
    return {"Get-CsOnlineUser": users, "Get-CsPhoneNumberAssignment": numbers,
            "Get-CsOnlineLisCivicAddress": len(addresses), "Get-CsOnlineLisLocation": len(locations),
            "Get-MgSubscribedSku": len(skus)}


if __name__ == "__main__":
    main()
