#!/usr/bin/env python3
"""Regenerates the real-shape export fixtures under Tests/RealShapes/.

Each case is a folder holding only the export files it needs (named after their cmdlet, as
Sources/SetupGuide/Verification/ExportCmdlet.swift reads them) and a CASE.md giving the command
that makes this shape, its documentary source and the verdict expected *before* any code ran on
it. README.md is written from the same table.

Bytes are written exactly: BOMs, CRLF, cp1252, UTF-16 LE, ASCII '?' replacement.
Run: python3 Tests/RealShapes/make.py
"""
import json
import os
import shutil
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
NS = uuid.UUID("5b2c0d7e-0000-4000-8000-000000000000")

# Sources (repo/path @ stored commit read with the search tool).
SRC = {
    "user": "MicrosoftDocs/office-docs-powershell teams/teams-ps/MicrosoftTeams/Get-CsOnlineUser.md @8d311767",
    "num": "MicrosoftDocs/office-docs-powershell teams/teams-ps/MicrosoftTeams/Get-CsPhoneNumberAssignment.md @0b621fba",
    "acq": "MicrosoftDocs/office-docs-powershell teams/teams-ps/MicrosoftTeams/Export-CsAcquiredPhoneNumber.md @cc85d48b",
    "civic": "MicrosoftDocs/office-docs-powershell teams/teams-ps/MicrosoftTeams/Get-CsOnlineLisCivicAddress.md @5137565d",
    "loc": "MicrosoftDocs/office-docs-powershell teams/teams-ps/MicrosoftTeams/Get-CsOnlineLisLocation.md @38233785",
    "sku": "MicrosoftDocs/microsoftgraph-docs-powershell microsoftgraph/graph-powershell-1.0/Microsoft.Graph.Identity.DirectoryManagement/Get-MgSubscribedSku.md @00070100 (ms.date 01/30/2026)",
    "json51": "MicrosoftDocs/PowerShell-Docs reference/5.1/Microsoft.PowerShell.Utility/ConvertTo-Json.md @0f74d627",
    "json74": "MicrosoftDocs/PowerShell-Docs reference/7.4/Microsoft.PowerShell.Utility/ConvertTo-Json.md @34360242 (ms.date 04/08/2026)",
    "csv51": "MicrosoftDocs/PowerShell-Docs reference/5.1/Microsoft.PowerShell.Utility/Export-Csv.md @014c9ae0",
    "csv74": "MicrosoftDocs/PowerShell-Docs reference/7.4/Microsoft.PowerShell.Utility/Export-Csv.md @02660c1b (ms.date 03/15/2023)",
    "out51": "MicrosoftDocs/PowerShell-Docs reference/5.1/Microsoft.PowerShell.Utility/Out-File.md @01b93df7",
    "lic": "content/licences.yaml (from MicrosoftDocs/entra-docs docs/identity/users/licensing-service-plan-reference.md, partial)",
    "quota": "Sources/SetupGuide/Provisioning/NumberQuota.swift (10 % rounded up) and /work/shared/DOMAIN.md 'Numbers'",
    "domain": "/work/shared/DOMAIN.md",
}

ZERO = "00000000-0000-0000-0000-000000000000"


def gid(name):
    return str(uuid.uuid5(NS, name))


# ---------------------------------------------------------------- records

def user(upn, name, *, line=None, features=("Teams", "PhoneSystem", "CallingPlan"), usage="FR",
         account="User", enabled=True, ev=True, dept="Ventes", soft=None):
    r = {
        "Identity": gid(upn), "UserPrincipalName": upn, "Alias": upn.split("@")[0], "AccountEnabled": enabled,
        "DisplayName": name, "AccountType": account, "FeatureTypes": list(features), "UsageLocation": usage,
        "EnterpriseVoiceEnabled": ev, "LineURI": line, "Department": dept,
    }
    if soft is not None:
        r["SoftDeletionTimestamp"] = soft
    return r


def number(tel, *, target=None, ntype="CallingPlan", status=None, cap=("UserAssignment",), city="Paris",
           civic=None, loc=None, iso="FR", state="Activated", source="Online"):
    return {
        "TelephoneNumber": tel, "OperatorId": gid("operator-microsoft"), "NumberType": ntype,
        "ActivationState": state, "AssignedPstnTargetId": target, "AssignmentCategory": "Primary" if target else None,
        "Capability": list(cap), "City": city, "CivicAddressId": civic or ZERO, "IsoCountryCode": iso,
        "IsoSubdivision": None, "LocationId": loc or ZERO, "LocationUpdateSupported": True, "NetworkSiteId": None,
        "PortInOrderStatus": None, "PstnAssignmentStatus": status or ("UserAssigned" if target else "Unassigned"),
        "PstnPartnerId": gid("partner-microsoft"), "PstnPartnerName": "Microsoft", "NumberSource": source,
    }


def civic(key, city, street, house, postal, lat, lon, status="Valid"):
    return {
        "CivicAddressId": gid("civic-" + key), "CompanyName": "Contoso France", "HouseNumber": house,
        "StreetName": street, "City": city, "StateOrProvince": None, "PostalCode": postal, "CountryOrRegion": "FR",
        "Latitude": lat, "Longitude": lon, "Description": "Siège " + city, "Elin": None,
        "ValidationStatus": status, "DefaultLocationId": gid("loc-" + key),
    }


def location(key, name="Accueil"):
    return {"LocationId": gid("loc-" + key), "CivicAddressId": gid("civic-" + key), "Location": name,
            "CountryOrRegion": "FR"}


def sku(part, enabled, consumed):
    return {"SkuPartNumber": part, "SkuId": gid("sku-" + part), "ConsumedUnits": consumed, "AppliesTo": "User",
            "CapabilityStatus": "Enabled",
            "PrepaidUnits": {"Enabled": enabled, "LockedOut": 0, "Suspended": 0, "Warning": 0}}


PARIS = civic("paris", "Paris", "Rue de Rivoli", "10", "75001", "48.8606", "2.3376")
LYON = civic("lyon", "Lyon", "Rue de la République", "5", "69002", "45.7640", "4.8357")

USERS = [
    user("helene.lefevre@contoso.fr", "Hélène Lefèvre", line="tel:+33142000001"),
    user("francois.garcon@contoso.fr", "François Garçon", line="tel:+33142000002"),
    user("zoe.brule@contoso.fr", "Zoé Brûlé"),
]

# ---------------------------------------------------------------- encoders

CRLF = "\r\n"


def ps7_json(value):
    """PowerShell 7 ConvertTo-Json: 2-space indent, '"key": value', only control characters
    escaped by default (7.4 page, -EscapeHandling Default). Written with CRLF as on Windows."""
    return json.dumps(value, indent=2, ensure_ascii=False).replace("\n", CRLF) + CRLF


def ps51_json(value, level=0):
    """Windows PowerShell 5.1 ConvertTo-Json layout as its page's examples print it:
    '"Key":  value' (two spaces) and nested blocks indented under the key."""
    pad = " " * 4

    def enc(v, col):
        if isinstance(v, dict):
            if not v:
                return "{\r\n" + " " * col + "}"
            inner = []
            for k, x in v.items():
                key = pad + " " * col + json.dumps(k) + ":  "
                inner.append(key + enc(x, len(key)))
            return "{" + CRLF + ("," + CRLF).join(inner) + CRLF + " " * col + "}"
        if isinstance(v, list):
            if not v:
                return "[" + CRLF + CRLF + " " * col + "]"
            items = [" " * (col + 4) + enc(x, col + 4) for x in v]
            return "[" + CRLF + ("," + CRLF).join(items) + CRLF + " " * col + "]"
        return json.dumps(v, ensure_ascii=False)
    return enc(value, 0) + CRLF


def csv_cell(v, list_as=None):
    if v is None:
        return ""
    if isinstance(v, bool):
        return "True" if v else "False"
    if isinstance(v, list):
        return list_as if list_as is not None else "System.Object[]"
    if isinstance(v, dict):
        return "@{" + "; ".join(f"{k}={csv_cell(x)}" for k, x in v.items()) + "}"
    return str(v)


def export_csv(rows, columns, *, delim=",", type_name=None, list_as=None, cell=None):
    """Export-Csv: optional '#TYPE' line (5.1 default), header of the first object's
    properties, every value quoted, ToString() of each value."""
    lines = []
    if type_name:
        lines.append("#TYPE " + type_name)
    lines.append(delim.join(f'"{c}"' for c in columns))
    for r in rows:
        vals = []
        for c in columns:
            v = r.get(c)
            text = cell(c, v) if cell else csv_cell(v, list_as)
            vals.append('"' + text.replace('"', '""') + '"')
        lines.append(delim.join(vals))
    return CRLF.join(lines) + CRLF


def utf8(text):
    return text.encode("utf-8")


def utf8_bom(text):
    return b"\xef\xbb\xbf" + text.encode("utf-8")


def utf16le_bom(text):
    return b"\xff\xfe" + text.encode("utf-16-le")


def ascii_q(text):
    return text.encode("ascii", errors="replace")  # '?' for each non-ASCII character


def cp1252(text):
    return text.encode("cp1252")


USER_COLS = ["Identity", "UserPrincipalName", "Alias", "AccountEnabled", "DisplayName", "AccountType",
             "FeatureTypes", "UsageLocation", "EnterpriseVoiceEnabled", "LineURI", "Department"]
NUM_COLS = ["TelephoneNumber", "OperatorId", "NumberType", "ActivationState", "AssignedPstnTargetId",
            "AssignmentCategory", "Capability", "City", "CivicAddressId", "IsoCountryCode", "LocationId",
            "PortInOrderStatus", "PstnAssignmentStatus", "PstnPartnerName", "NumberSource"]
SKU_COLS = ["SkuPartNumber", "SkuId", "ConsumedUnits", "AppliesTo", "CapabilityStatus", "PrepaidUnits"]

# ---------------------------------------------------------------- cases

CASES = []


def case(name, files, command, source, verdict, notes=""):
    CASES.append({"name": name, "files": files, "command": command, "source": source, "verdict": verdict,
                  "notes": notes})


# 1. values the current module writes
current_users = [
    user("helene.lefevre@contoso.fr", "Hélène Lefèvre", line="tel:+33142000001",
         features=("Teams", "PhoneSystem", "CallingPlan", "CommunicationCredits")),
    user("old.account@contoso.fr", "Ancien Compte", features=(), account="IneligibleUser", ev=False),
    user("xss@contoso.fr", "<img src=x onerror=alert(1)>", line="tel:+33142000003"),
    user("mobile@contoso.fr", "Éloïse Mobile", line="tel:+33612000004",
         features=("Teams", "PhoneSystem", "TeamsMobileExperience")),
]
current_numbers = [
    number("+33142000001", target=current_users[0]["Identity"], civic=PARIS["CivicAddressId"],
           loc=PARIS["DefaultLocationId"]),
    number("+33142000003", target=current_users[2]["Identity"], civic=PARIS["CivicAddressId"],
           loc=PARIS["DefaultLocationId"], cap=("UserAssignment", "Geographic", "InboundCalling", "OutboundCalling")),
    number("+33612000004", target=current_users[3]["Identity"], ntype="OperatorConnect",
           cap=("TeamsPhoneMobile", "UserAssignment")),
    number("+33142000090", target="TeamsSharedCallingRoutingPolicy|Tag:SC1", status="PolicyAssigned",
           civic=PARIS["CivicAddressId"], loc=PARIS["DefaultLocationId"]),
    number("+33142000091", target=gid("third-party-app"), status="ThirdPartyAppAssigned",
           ntype="DirectRouting", source="OnPremises", city=None),
]
case("json-ps7-current-values", {
    "Get-CsOnlineUser.json": utf8(ps7_json(current_users)),
    "Get-CsPhoneNumberAssignment.json": utf8(ps7_json(current_numbers)),
    "Get-CsOnlineLisCivicAddress.json": utf8(ps7_json([PARIS])),
    "Get-CsOnlineLisLocation.json": utf8(ps7_json([location("paris")])),
    "Get-MgSubscribedSku.json": utf8(ps7_json([sku("MCOEV", 10, 4), sku("MCOPSTN1", 10, 2)])),
},
    "PowerShell 7: `Get-CsOnlineUser | ConvertTo-Json -Depth 5 | Out-File Get-CsOnlineUser.json` (same for each cmdlet); `Get-MgSubscribedSku -All`.",
    f"AccountType IneligibleUser and FeatureTypes CommunicationCredits / TeamsMobileExperience: {SRC['user']} (-AccountType list; NOTES 'Commonly used FeatureTypes', 6.1.1 notes). "
    f"PstnAssignmentStatus ThirdPartyAppAssigned, PolicyAssigned; Capability TeamsPhoneMobile (-CapabilitiesContain); AssignedPstnTargetId 'TeamsSharedCallingRoutingPolicy|Tag:SC1' (Example 9): {SRC['num']}. "
    f"Capability Geographic, InboundCalling, OutboundCalling: DOMAIN.md only; NOT on the stored Get-CsPhoneNumberAssignment page. JSON layout: {SRC['json74']}.",
    "No read error (exit 0 or 1, never 2). Reads 4 users, 5 numbers, 1 address, 1 place, 2 SKUs. "
    "IneligibleUser is a known AccountType and the user is not counted as a voice user; every Capability and PstnAssignmentStatus value above is accepted. "
    "The number assigned to 'TeamsSharedCallingRoutingPolicy|Tag:SC1' is not reported as assigned to an unknown user. "
    "The DisplayName `<img src=x onerror=alert(1)>` appears escaped (`&lt;img ...`) in HTML and Markdown output, verbatim in JSON.",
    "Read from the source, not run: ExportFolder.Allowed.accountType has Unknown/IrregularUser but not IneligibleUser, and "
    "Allowed.capability lacks TeamsPhoneMobile, Geographic, InboundCalling, OutboundCalling, so today this case would exit 2.")

# 2. a value no reference lists
future = [number("+33142000001", target=USERS[0]["Identity"], status="SharedLineAssigned",
                 civic=PARIS["CivicAddressId"], loc=PARIS["DefaultLocationId"])]
case("json-future-value", {
    "Get-CsOnlineUser.json": utf8(ps7_json([USERS[0]])),
    "Get-CsPhoneNumberAssignment.json": utf8(ps7_json(future)),
},
    "PowerShell 7 `Get-CsPhoneNumberAssignment | ConvertTo-Json -Depth 5` from a module newer than the docs read.",
    f"Documented PstnAssignmentStatus values: {SRC['num']} (-PstnAssignmentStatus). 'SharedLineAssigned' is invented: no reference lists it.",
    "Warning (not exit 2) naming Get-CsPhoneNumberAssignment.json, the record (line of +33142000001) and the value 'SharedLineAssigned' for PstnAssignmentStatus; "
    "the number is still read and counted as assigned (its AssignedPstnTargetId is set) or, failing that, as 'status unknown' — never as Unassigned.")

# 3. empty results
case("empty-zero-byte", {"Get-CsOnlineLisCivicAddress.json": b""},
     "Windows PowerShell 5.1: `Get-CsOnlineLisCivicAddress | ConvertTo-Json | Out-File Get-CsOnlineLisCivicAddress.json` in a tenant with no address.",
     f"'When the input object is $Null, ConvertTo-Json does not generate any output': {SRC['json51']}. Whether Out-File then writes 0 bytes or only a BOM is not stated on {SRC['out51']}.",
     "Reads 0 addresses with no read error; steps that need an emergency address report a gap (exit 1), naming the missing address, not the file. "
     "(If the project keeps treating an empty file as unusable, the message must name Get-CsOnlineLisCivicAddress.json and say it is empty; exit 2.)",
     "Today ExportFolder throws .emptyFile for any all-blank file (exit 2).")
case("empty-bom-crlf", {"Get-CsOnlineLisLocation.csv": b"\xef\xbb\xbf\r\n"},
     "Windows PowerShell 5.1: `Get-CsOnlineLisLocation | Export-Csv Get-CsOnlineLisLocation.csv -Encoding UTF8 -NoTypeInformation` with nothing to export, or an editor saving an empty UTF-8 file.",
     f"-Encoding UTF8 is an accepted value: {SRC['csv51']}. That UTF8 writes a BOM and that an empty export leaves one line break is NOT stated on the page (shape from DOMAIN.md).",
     "Reads 0 places with no read error (places are optional); no gap comes from this file alone.")
case("empty-json-ps7-null", {"Get-CsOnlineLisLocation.json": utf8("null" + CRLF)},
     "PowerShell 7: `ConvertTo-Json -InputObject $null | Out-File Get-CsOnlineLisLocation.json` (what `$places = Get-CsOnlineLisLocation; ConvertTo-Json $places` gives with no place).",
     f"'When the input object is $null, ConvertTo-Json returns the JSON representation of null': {SRC['json74']}.",
     "Reads 0 places, no read error; the literal JSON `null` is an empty result, not a malformed file.")

# 4. Windows PowerShell 5.1 ConvertTo-Json
one_user = dict(user("helene.lefevre@contoso.fr", "Hélène Lefèvre", line="tel:+33142000001"))
one_user["WhenCreated"] = "\\/Date(1700000000000)\\/"
one_user["EffectivePolicyAssignments"] = [
    {"PolicyType": "TeamsCallingPolicy", "PolicyAssignment": "System.Collections.Hashtable"}]
case("json51-utf16-single-object", {
    "Get-CsOnlineUser.json": utf16le_bom(ps51_json(one_user).replace('"\\\\/Date(1700000000000)\\\\/"', '"\\/Date(1700000000000)\\/"')),
},
    "Windows PowerShell 5.1: `Get-CsOnlineUser -Identity helene.lefevre@contoso.fr | ConvertTo-Json > Get-CsOnlineUser.json` (one object, default -Depth 2, `>` redirection).",
    f"Default depth 2 and dates as \\/Date(ms)\\/ (Examples 1 and 3): {SRC['json51']}. 'By default, Out-File uses Unicode format' / 'Unicode is the default': {SRC['out51']}. "
    f"EffectivePolicyAssignments (7.1.1): {SRC['user']}. The string a too-deep object becomes ('System.Collections.Hashtable' here) is illustrative: the page does not print one.",
    "Reads 1 user (the top-level object is taken as a list of one), UTF-16 LE with BOM decoded, LineURI tel:+33142000001; "
    "the \\/Date(1700000000000)\\/ value and the depth-cut EffectivePolicyAssignments are fields not read, so no error.")

sku_cut = {"SkuPartNumber": "MCOEV", "ConsumedUnits": 4,
           "PrepaidUnits": "Microsoft.Graph.PowerShell.Models.MicrosoftGraphLicenseUnitsDetail"}
case("json51-depth-prepaidunits-typename", {
    "Get-MgSubscribedSku.json": utf16le_bom(ps51_json([sku_cut])),
},
    "Windows PowerShell 5.1: `Get-MgSubscribedSku -All | Select-Object SkuPartNumber, ConsumedUnits, PrepaidUnits | ConvertTo-Json -Depth 1 > Get-MgSubscribedSku.json`.",
    f"PrepaidUnits printed as 'Microsoft.Graph.PowerShell.Models.MicrosoftGraphLicenseUnitsDetail' (Example 1): {SRC['sku']}. -Depth: {SRC['json51']}.",
    "verify exits 2 naming Get-MgSubscribedSku.json, the record, field PrepaidUnits.Enabled: it holds the type name, not a number; "
    "the message says to export with a larger -Depth. Never read as 0 licences.")

# 5. CSV
case("csv-semicolon-usecult", {
    "Get-CsOnlineUser.csv": ascii_q(export_csv(USERS, USER_COLS, delim=";", type_name="System.Management.Automation.PSCustomObject",
                                               list_as="Teams;PhoneSystem;CallingPlan")),
},
    "Windows PowerShell 5.1 on a French Windows (list separator ';'): `Get-CsOnlineUser | Select-Object ... @{n='FeatureTypes';e={$_.FeatureTypes -join ';'}} | Export-Csv Get-CsOnlineUser.csv -UseCulture`.",
    f"-UseCulture uses (Get-Culture).TextInfo.ListSeparator; first line '#TYPE' by default; '-Encoding ... The default value is ASCII': {SRC['csv51']}. "
    "That fr-FR's list separator is ';' is not on the page (DOMAIN.md). The #TYPE name is illustrative.",
    "Reads 3 users: ';' detected as the delimiter, #TYPE line skipped, FeatureTypes 'Teams;PhoneSystem;CallingPlan' kept as 3 values inside the quoted cell. "
    "DisplayNames arrive as 'H?l?ne Lef?vre' (ASCII encoding already replaced them): read as-is, no error; a warning naming the file may say the names lost their accents.")
case("csv-delimiter-semicolon-ps7", {
    "Get-CsPhoneNumberAssignment.csv": utf8(export_csv(
        [number("+33142000001", target=USERS[0]["Identity"]), number("+33142000002", target=USERS[1]["Identity"])],
        NUM_COLS, delim=";", list_as="UserAssignment")),
    "Get-CsOnlineUser.csv": utf8(export_csv(USERS[:2], USER_COLS, delim=";", list_as="Teams;PhoneSystem;CallingPlan")),
},
    "PowerShell 7: `... | Export-Csv -Path .\\Get-CsPhoneNumberAssignment.csv -Delimiter ';'` (no #TYPE, every value quoted).",
    f"-Delimiter ';' example and quoting, #TYPE 'not required in PowerShell 6': {SRC['csv74']}. Default UTF-8 without BOM: the Encoding section of that page was not read in this pass.",
    "Reads 2 users and 2 numbers, both assigned (AssignedPstnTargetId = the users' Identity); no error.")
case("csv-cp1252-accents", {
    "Get-CsOnlineUser.csv": cp1252(export_csv(USERS, USER_COLS, list_as="Teams;PhoneSystem;CallingPlan")),
},
    "Windows PowerShell 5.1: `... | Export-Csv Get-CsOnlineUser.csv -NoTypeInformation -Encoding Default` on a Western-European Windows (ANSI code page 1252).",
    f"'Default uses the encoding of the system's current ANSI code page': {SRC['out51']}; Export-Csv accepts Default: {SRC['csv51']}. Code page 1252 for fr-FR is not on the pages (assumption of the case).",
    "Reads 3 users with DisplayNames 'Hélène Lefèvre', 'François Garçon', 'Zoé Brûlé' intact (bytes E9/E8/E7/FB are not UTF-8; the reader falls back to Windows-1252). "
    "No U+FFFD ever reaches a report. If no fallback is implemented: exit 2 naming Get-CsOnlineUser.csv and saying it is not UTF-8.")
case("csv-type-header-51", {
    "Get-CsPhoneNumberAssignment.csv": ascii_q(export_csv(
        [number("+33142000001", target=USERS[0]["Identity"], civic=PARIS["CivicAddressId"], loc=PARIS["DefaultLocationId"])],
        NUM_COLS, type_name="Microsoft.Teams.ConfigAPI.Cmdlets.Generated.Models.SkypeTelephoneNumberMgmtCmdletAcquiredTelephoneNumber",
        list_as="UserAssignment")),
},
    "Windows PowerShell 5.1: `Get-CsPhoneNumberAssignment | Export-Csv Get-CsPhoneNumberAssignment.csv` (no -NoTypeInformation).",
    f"#TYPE first line by default: {SRC['csv51']}. Object type 'SkypeTelephoneNumberMgmtCmdletAcquiredTelephoneNumber': {SRC['num']} (OUTPUTS); its namespace here is inferred from the cmdlet's other types.",
    "Reads 1 number (+33142000001, UserAssigned, Capability UserAssignment); #TYPE line skipped; no error.")


def lost_cell(kind):
    def cell(c, v):
        if isinstance(v, list):
            return kind
        return csv_cell(v)
    return cell


case("csv-list-columns-typenames", {
    "Get-CsOnlineUser.csv": utf8(export_csv(USERS, USER_COLS, cell=lost_cell("System.String[]"))),
    "Get-CsPhoneNumberAssignment.csv": utf8(export_csv(
        [number("+33142000001", target=USERS[0]["Identity"])], NUM_COLS, cell=lost_cell("System.Object[]"))),
},
    "`Get-CsOnlineUser | Export-Csv ...` and `Get-CsPhoneNumberAssignment | Export-Csv ...` without joining the list properties first.",
    f"'The property values are converted to strings (by using the ToString() method of the object)': {SRC['csv51']}. "
    "Which of System.String[] / System.Object[] / List`1 each cmdlet's list becomes is not on the pages (DOMAIN.md); both spellings are covered.",
    "verify exits 2 naming Get-CsOnlineUser.csv column FeatureTypes ('System.String[]') and Get-CsPhoneNumberAssignment.csv column Capability ('System.Object[]'), "
    "each with the -join advice; never read as an empty list nor as one feature called 'System.String[]'.",
    "Read from the source: CSVExportReader catches 'System.Object[]' and 'System.Collections.*' but not 'System.String[]'.")
case("csv-list-column-generic-list", {
    "Get-CsOnlineUser.csv": utf8(export_csv(USERS[:1], USER_COLS, cell=lost_cell("System.Collections.Generic.List`1[System.String]"))),
},
    "`Get-CsOnlineUser | Export-Csv ...` where FeatureTypes is a generic list.",
    f"ToString() of values: {SRC['csv51']}. The List`1 spelling: DOMAIN.md.",
    "verify exits 2 naming Get-CsOnlineUser.csv column FeatureTypes (list lost by Export-Csv).")


def joined(sep):
    def cell(c, v):
        if isinstance(v, list):
            return sep.join(v)
        return csv_cell(v)
    return cell


two_caps = [number("+33142000001", target=USERS[0]["Identity"], cap=("UserAssignment", "ConferenceAssignment"))]
case("csv-list-joined-semicolon", {
    "Get-CsPhoneNumberAssignment.csv": utf8(export_csv(two_caps, NUM_COLS, cell=joined(";"))),
},
    "`Get-CsPhoneNumberAssignment | Select-Object *, @{n='Capability';e={$_.Capability -join ';'}} -ExcludeProperty Capability | Export-Csv ... -NoTypeInformation`.",
    f"Capability is a list ('{{ConferenceAssignment, VoiceApplicationAssignment, UserAssignment}}' in Examples 2, 10-13): {SRC['num']}.",
    "Reads 1 number with Capability [UserAssignment, ConferenceAssignment]; no error.")
case("csv-list-joined-comma-space", {
    "Get-CsPhoneNumberAssignment.csv": utf8(export_csv(two_caps, NUM_COLS, cell=joined(", "))),
},
    "Same as csv-list-joined-semicolon with `-join ', '` (the separator the console shows between braces).",
    f"Console form '{{ConferenceAssignment, VoiceApplicationAssignment, UserAssignment}}': {SRC['num']}.",
    "Reads 1 number with Capability [UserAssignment, ConferenceAssignment] (', ' accepted as a list separator); "
    "at worst a warning naming the file, record and value 'UserAssignment, ConferenceAssignment' — never exit 2 for a documented capability.")

skus = [sku("MCOEV", 10, 4), sku("MCOPSTN1", 10, 2)]


def prepaid_typename(c, v):
    if c == "PrepaidUnits":
        return "Microsoft.Graph.PowerShell.Models.MicrosoftGraphLicenseUnitsDetail"
    return csv_cell(v)


case("csv-prepaidunits-typename", {
    "Get-MgSubscribedSku.csv": utf8(export_csv(skus, SKU_COLS, cell=prepaid_typename)),
},
    "`Get-MgSubscribedSku -All | Export-Csv Get-MgSubscribedSku.csv -NoTypeInformation`.",
    f"PrepaidUnits shows as 'Microsoft.Graph.PowerShell.Models.MicrosoftGraphLicenseUnitsDetail': {SRC['sku']} (Example 1); ToString() of values: {SRC['csv51']}.",
    "verify exits 2 naming Get-MgSubscribedSku.csv column PrepaidUnits (type name, licence counts lost), advising "
    "`Select-Object SkuPartNumber, ConsumedUnits, @{n='Enabled';e={$_.PrepaidUnits.Enabled}}`. Never 0 licences.")
case("csv-prepaidunits-hashtable-string", {
    "Get-MgSubscribedSku.csv": utf8(export_csv(skus, SKU_COLS)),
},
    "`Get-MgSubscribedSku -All | Select-Object SkuPartNumber, SkuId, ConsumedUnits, AppliesTo, CapabilityStatus, PrepaidUnits | Export-Csv ...` where PrepaidUnits had become a PSCustomObject.",
    f"Property names Enabled, LockedOut, Suspended, Warning: licenseUnitsDetail (Graph resource page found with the search tool) and {SRC['sku']}. "
    "The '@{Enabled=10; LockedOut=0; Suspended=0; Warning=0}' rendering is DOMAIN.md's; the pages read do not print it.",
    "Reads 2 SKUs with Enabled 10 each (MCOEV consumed 4, MCOPSTN1 consumed 2), parsed from the @{...} text; or, if not parsed, exit 2 naming the file and column PrepaidUnits. Never 0.")

cut_cols = ["TelephoneNumber", "NumberType", "ActivationState"]
case("csv-select-missing-column", {
    "Get-CsOnlineUser.csv": utf8(export_csv(USERS[:2], USER_COLS, list_as="Teams;PhoneSystem;CallingPlan")),
    "Get-CsPhoneNumberAssignment.csv": utf8(export_csv(
        [number("+33142000001", target=USERS[0]["Identity"]), number("+33142000002", target=USERS[1]["Identity"])], cut_cols)),
},
    "`Get-CsPhoneNumberAssignment | Select-Object TelephoneNumber, NumberType, ActivationState | Export-Csv ... -NoTypeInformation`.",
    f"Select-Object to export selected properties: {SRC['csv51']}; the full property list: {SRC['num']} (OUTPUTS).",
    "verify exits 2 naming Get-CsPhoneNumberAssignment.csv and the missing columns a check needs (AssignedPstnTargetId, PstnAssignmentStatus, CivicAddressId); "
    "it does not report both numbers as unassigned.",
    "Read from the source: a missing column reads as null today, so the numbers would look unassigned.")

# 6. a cut export and users without a number record
many = [number(f"+3314200{i:04d}", target=gid(f"bulk{i}"), civic=PARIS["CivicAddressId"], loc=PARIS["DefaultLocationId"])
        for i in range(1, 501)]
beyond = [user("louise.benoit@contoso.fr", "Louise Benoît", line="tel:+33142000777"),
          user("remi.dupre@contoso.fr", "Rémi Dupré", line="tel:+33142000888;ext=12")]
for i in (1, 2):
    beyond.append(dict(user(f"bulk{i}@contoso.fr", f"Utilisateur {i}", line=f"tel:+3314200{i:04d}"), Identity=gid(f"bulk{i}")))
case("numbers-500-default-page", {
    "Get-CsPhoneNumberAssignment.json": utf8(ps7_json(many)),
    "Get-CsOnlineUser.json": utf8(ps7_json(beyond)),
},
    "`Get-CsPhoneNumberAssignment | ConvertTo-Json -Depth 5 | Out-File ...` without -Top/-Skip in a tenant with more than 500 numbers.",
    f"'By default, this cmdlet returns a maximum of 500 results. A maximum of 1000 results can be returned using -Top'; -Top default 500; Example 8 '-Skip 1000 -Top 1000': {SRC['num']}. "
    f"LineURI may carry ';ext=': {SRC['user']} (Example 5) and {SRC['num']} (Example 2).",
    "Reads 500 numbers and 4 users, with a warning naming Get-CsPhoneNumberAssignment.json: exactly 500 records is the cmdlet's default page, the export is probably cut, "
    "re-export with -Top 1000 -Skip N (or Export-CsAcquiredPhoneNumber). Users louise.benoit and remi.dupre (LineURI numbers with no record) are reported as "
    "'number not in the export' with that caveat, not as definite failures; bulk1/bulk2 match their records.")

# 7. Export-CsAcquiredPhoneNumber file
ACQ_COLS = ["TelephoneNumber", "OperatorId", "NumberType", "LocationId", "CivicAddressId", "NetworkSiteId",
            "AvailableCapabilities", "AcquiredCapabilities", "AssignmentStatus", "PlaceName", "ActivationState",
            "PartnerName", "IsoCountryCode", "PortInOrderStatus", "CapabilityUpdateSupported", "AcquisitionDate",
            "TargetId", "TargetType", "AssignmentCategory", "CallingProfileId", "IsoSubdivisionCode", "NumberSource",
            "SupportedCustomerActions", "ReverseNumberLookup", "RoutingOptions"]


def acq_row(tel, target):
    return {"TelephoneNumber": tel, "OperatorId": gid("operator-microsoft"), "NumberType": "CallingPlan",
            "LocationId": PARIS["DefaultLocationId"], "CivicAddressId": PARIS["CivicAddressId"], "NetworkSiteId": None,
            "AvailableCapabilities": "UserAssignment", "AcquiredCapabilities": "UserAssignment",
            "AssignmentStatus": "UserAssigned" if target else "Unassigned", "PlaceName": "Accueil",
            "ActivationState": "Activated", "PartnerName": "Microsoft", "IsoCountryCode": "FR", "PortInOrderStatus": None,
            "CapabilityUpdateSupported": "False", "AcquisitionDate": "2024-03-01T09:00:00Z", "TargetId": target,
            "TargetType": "User" if target else None, "AssignmentCategory": "Primary" if target else None,
            "CallingProfileId": None, "IsoSubdivisionCode": None, "NumberSource": "Online",
            "SupportedCustomerActions": None, "ReverseNumberLookup": None, "RoutingOptions": None}


case("acquired-export-as-numbers", {
    "Get-CsPhoneNumberAssignment.csv": utf8(export_csv(
        [acq_row("+33142000001", USERS[0]["Identity"]), acq_row("+33142000002", USERS[1]["Identity"]), acq_row("+33142000099", None)],
        ACQ_COLS)),
    "Get-CsOnlineUser.json": utf8(ps7_json(USERS[:2])),
},
    "`Export-CsAcquiredPhoneNumber`, then `Get-CsExportAcquiredPhoneNumberStatus -OrderId ...` gives a download link; the downloaded file renamed Get-CsPhoneNumberAssignment.csv.",
    f"Column names ('Available properties'): {SRC['acq']}. Filter aliases 'PstnAssignmentStatus (also supported AssignmentStatus)', 'Capability (also supported AcquiredCapabilities)', "
    f"'AssignedPstnTargetId (also supported TargetId)': {SRC['num']}. The downloaded file's format (CSV, quoting, TargetType values, date format) is NOT documented on the page: assumed.",
    "Reads 3 numbers: AssignmentStatus read as PstnAssignmentStatus, TargetId as AssignedPstnTargetId, AcquiredCapabilities as Capability; 2 assigned to the 2 users, "
    "+33142000099 unassigned; no error. (If these aliases are not supported: exit 2 naming the file and saying the numbers columns TelephoneNumber.. are those of "
    "Export-CsAcquiredPhoneNumber, not of Get-CsPhoneNumberAssignment — never 3 unassigned numbers.)")

# 8. soft-deleted, disabled, guests
odd = [
    user("helene.lefevre@contoso.fr", "Hélène Lefèvre", line="tel:+33142000001"),
    user("parti@contoso.fr", "Gaëtan Parti", soft="2025-11-02T10:15:00Z"),
    user("bloque@contoso.fr", "Inès Bloquée", enabled=False),
    user("invite_partner.example#EXT#@contoso.onmicrosoft.com", "Invité Partenaire", features=("Teams",), account="Guest",
         usage=None, ev=False),
]
case("users-soft-deleted-disabled-guest", {
    "Get-CsOnlineUser.json": utf8(ps7_json(odd)),
    "Get-CsPhoneNumberAssignment.json": utf8(ps7_json([number("+33142000001", target=odd[0]["Identity"],
                                                              civic=PARIS["CivicAddressId"], loc=PARIS["DefaultLocationId"])])),
},
    "PowerShell 7: `Get-CsOnlineUser | ConvertTo-Json -Depth 5 | Out-File Get-CsOnlineUser.json` (no -Filter), module 6.1.1 or later.",
    f"'Soft deleted users ... displayed ... by default with SoftDeletionTimestamp set'; 'Guest are available in the output'; AccountEnabled 'enabled for login in Microsoft Entra ID'; "
    f"filters {{SoftDeletionTimestamp -eq $null}}, {{AccountType -ne 'Guest'}}: {SRC['user']}.",
    "Reads 4 users; only helene.lefevre counts as a voice user. parti (soft-deleted) and the guest are not reported as 'user without a number'; "
    "bloque (AccountEnabled False, voice licensed, no number) is reported at most as a note that the account is disabled, not as a missing number. No error.",
    "Read from the source: SoftDeletionTimestamp is not among ExportCmdlet.onlineUser.fields, so soft-deleted users cannot be told apart today.")

# 9. licence bundles
bundle_users = [user(f"e5.{i}@contoso.fr", n, line=f"tel:+3314200010{i}",
                     features=("Teams", "AudioConferencing", "PhoneSystem", "CallingPlan"))
                for i, n in enumerate(["Amélie Poulain", "Jérôme Cœur", "Noël Lambert", "Anaïs Girard",
                                       "Cédric Roussel", "Mégane Faure", "Maël Perrin"], start=1)]
case("licences-bundle-e5-only", {
    "Get-CsOnlineUser.json": utf8(ps7_json(bundle_users)),
    "Get-MgSubscribedSku.json": utf8(ps7_json([sku("SPE_E5", 4, 4), sku("ENTERPRISEPREMIUM", 3, 3), sku("MCOPSTN1", 7, 7)])),
},
    "`Get-MgSubscribedSku -All | ConvertTo-Json -Depth 5` in a tenant that bought Microsoft 365 E5 and Office 365 E5 but no standalone Phone System.",
    f"SKU fields: {SRC['sku']}. Which SKUs include MCOEV: {SRC['lic']} — SPE_E5 and ENTERPRISEPREMIUM are NOT yet confirmed there (rows past the part read); "
    "DOMAIN.md says ENTERPRISEPREMIUM includes Phone System and Audio Conferencing.",
    "Phone System licences counted: 7 (4 from SPE_E5 + 3 from ENTERPRISEPREMIUM, via content/licences.yaml); the 'Phone System licences before Calling Plan' step passes; "
    "no 'no Phone System licence' gap; service-number quota uses 7 Phone System + 7 Audio Conferencing (E5 counts once for each). No error.")

# 10. French quota
fr_users = [user(f"u{i:02d}@contoso.fr", f"Utilisateur Français {i:02d}", line=f"tel:+331420002{i:02d}") for i in range(1, 18)]
fr_numbers = [number(f"+331420002{i:02d}", target=fr_users[i - 1]["Identity"], civic=PARIS["CivicAddressId"],
                     loc=PARIS["DefaultLocationId"]) for i in range(1, 18)]
case("fr-quota-17-numbers-5-mcopstn1", {
    "Get-CsOnlineUser.json": utf8(ps7_json(fr_users)),
    "Get-CsPhoneNumberAssignment.json": utf8(ps7_json(fr_numbers)),
    "Get-CsOnlineLisCivicAddress.json": utf8(ps7_json([PARIS])),
    "Get-MgSubscribedSku.json": utf8(ps7_json([sku("MCOEV", 17, 17), sku("MCOPSTN1", 5, 5)])),
},
    "`verify --country FR --export DIR` on PowerShell 7 JSON exports of a tenant with 17 Calling Plan numbers assigned and 5 Domestic Calling Plan licences.",
    f"Quota rule: {SRC['quota']} — licences + 10 % rounded UP + 10: 5 + 1 + 10 = 16 (not 15).",
    "Gap (exit 1) on the user-number quota: 17 Calling Plan numbers for a quota of 16 (5 MCOPSTN1 licences), naming the quota and the count; no read error.")

# 11. area code vs address city
case("fr-area-code-city-mismatch", {
    "Get-CsPhoneNumberAssignment.json": utf8(ps7_json([number("+33142000001", target=USERS[0]["Identity"], city="Paris",
                                                              civic=LYON["CivicAddressId"], loc=LYON["DefaultLocationId"])])),
    "Get-CsOnlineLisCivicAddress.json": utf8(ps7_json([LYON])),
    "Get-CsOnlineLisLocation.json": utf8(ps7_json([location("lyon")])),
    "Get-CsOnlineUser.json": utf8(ps7_json([USERS[0]])),
},
    "PowerShell 7 JSON exports; the number's emergency address was set to the Lyon office.",
    "Rule 'BE, FR, DE, IE, NL, ES: the address must match the number's area code': DOMAIN.md. That +33 1 is Paris / Île-de-France and +33 4 covers Lyon is the French numbering plan, not "
    f"a Microsoft page read here (assumption of the case). Number City field: {SRC['num']}.",
    "Gap (exit 1) naming +33142000001 (area +33 1, City Paris) and the address in Lyon (69002): the address does not match the number's area; no read error.")

# 12. usage location in another country
abroad = [user("helene.lefevre@contoso.fr", "Hélène Lefèvre", line="tel:+33142000001"),
          user("jan.peeters@contoso.fr", "Jan Peeters", usage="BE"),
          user("lena.mueller@contoso.fr", "Lena Müller", usage="DE")]
case("usage-location-other-country", {
    "Get-CsOnlineUser.json": utf8(ps7_json(abroad)),
},
    "`verify --country FR --export DIR` on a PowerShell 7 users export where two voice users are licensed in BE and DE.",
    f"UsageLocation field: {SRC['user']} (fields read: ExportCmdlet.swift). 'A user's country is the licence usage location'; 'User, number and location must be in the same country': DOMAIN.md.",
    "Gap (exit 1) naming jan.peeters (UsageLocation BE) and lena.mueller (DE) as not in FR, so they cannot get French Calling Plan numbers; helene.lefevre passes; no read error.")


# ---------------------------------------------------------------- write

def write():
    for entry in os.listdir(HERE):
        path = os.path.join(HERE, entry)
        if os.path.isdir(path):
            shutil.rmtree(path)
    for c in CASES:
        folder = os.path.join(HERE, c["name"])
        os.makedirs(folder)
        for name, data in c["files"].items():
            with open(os.path.join(folder, name), "wb") as f:
                f.write(data)
        md = [f"# {c['name']}", "", "## Command", "", c["command"], "", "## Source", "", c["source"], "",
              "## Expected verdict (written before any code ran on it)", "", c["verdict"], ""]
        if c["notes"]:
            md += ["## Note", "", c["notes"], ""]
        md += ["## Files", ""] + [f"- `{n}` ({len(d)} bytes)" for n, d in c["files"].items()] + [""]
        with open(os.path.join(folder, "CASE.md"), "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(md))
    rows = ["# Real export shapes", "",
            "Fixture folders reproducing what Windows PowerShell 5.1 and PowerShell 7 really write, for `verify --export DIR`. "
            "Regenerate with `python3 Tests/RealShapes/make.py` (it rewrites every folder). Each folder's CASE.md has the command, sources and expected verdict; "
            "verdicts were written before any code ran on the files.", "",
            "Sources are the stored pages read with the search tool: " + "; ".join(f"{k} = {v}" for k, v in SRC.items()) + ".", "",
            "| case | files | source | expected verdict |", "| --- | --- | --- | --- |"]
    for c in CASES:
        esc = lambda s: s.replace("|", "\\|").replace("\n", " ")
        rows.append(f"| `{c['name']}` | {', '.join(c['files'])} | {esc(c['source'])} | {esc(c['verdict'])} |")
    rows.append("")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows))


if __name__ == "__main__":
    write()
    print(f"{len(CASES)} cases written to {HERE}")
