"""Self-test of check-powershell.py. Run: python3 -m pytest scripts/test_check_powershell.py"""
import importlib.util
import json
import os
import subprocess
import sys

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
TOOL = os.path.join(HERE, 'check-powershell.py')
spec = importlib.util.spec_from_file_location('check_powershell', TOOL)
cp = importlib.util.module_from_spec(spec)
spec.loader.exec_module(cp)

TABLE = cp.Table(json.load(open(cp.DEFAULT_TABLE, encoding='utf-8')))
CHECKER = cp.Checker(TABLE, cp.Parser(cp.language()))


def check(source, hostile=()):
    return CHECKER.check('t.ps1', source.encode('utf-8'), list(hostile))


def codes(findings, severity='error'):
    return [f.code for f in findings if f.severity == severity]


def test_clean_call_has_no_finding():
    src = ("$n = @(Get-CsPhoneNumberAssignment -NumberType CallingPlan -CapabilitiesContain UserAssignment -Top 1000)\n"
           "New-CsOnlineTelephoneNumberOrder -Name 'a' -Description 'b' -Country 'US' -NumberType 'UserSubscriber' -Quantity 1 -NumberPrefix 1425\n"
           "Get-MgSubscribedSku -All | Where-Object SkuPartNumber -eq 'MCOEV' | Out-Null\n")
    assert check(src) == []


def test_unknown_cmdlet():
    f = check("Get-CsNoSuchThing -Identity 'x'\n")
    assert codes(f) == ['unknown-cmdlet']
    assert (f[0].line, f[0].column) == (1, 1)


def test_function_of_the_script_is_known():
    assert check("function Write-Step([string] $Text) { Write-Host $Text }\nWrite-Step 'x'\n") == []


def test_unknown_parameter_and_no_prefixes():
    f = check("Get-CsPhoneNumberAssignment -NoSuchParameter 1\nGet-CsPhoneNumberAssignment -Telephone '+1'\n")
    assert codes(f) == ['unknown-parameter', 'unknown-parameter']
    assert [x.line for x in f] == [1, 2]


def test_alias_is_accepted():
    # -PhoneNumberType is the documented alias of -NumberType
    assert check("Get-CsPhoneNumberAssignment -PhoneNumberType CallingPlan\n") == []


def test_missing_required_parameter():
    f = check("New-CsOnlineLisLocation -Location 'Floor 1'\n")
    assert codes(f) == ['missing-required']
    assert '-CivicAddressId' in f[0].message


def test_search_key_constraint():
    f = check("New-CsOnlineTelephoneNumberOrder -Name 'a' -Description 'b' -Country 'US' -NumberType 'UserSubscriber' -Quantity 1\n")
    assert codes(f) == ['missing-required']
    assert '-CivicAddressId' in f[0].message and '-AreaCode' in f[0].message


def test_bad_enum_value():
    f = check("Get-CsPhoneNumberAssignment -PstnAssignmentStatus 'Free'\n"
              "Get-CsPhoneNumberAssignment -CapabilitiesContain 'UserAssignment,Nope'\n"
              "Get-CsOnlineApplicationInstance -Identity 'a' -ErrorAction Quietly\n")
    assert codes(f) == ['value-not-allowed'] * 3
    assert "'Free'" in f[0].message and "'Nope'" in f[1].message and "'Quietly'" in f[2].message


def test_colon_syntax_and_switch():
    assert check("Set-MgUserLicense -UserId 'u' -AddLicenses @() -RemoveLicenses @() -WhatIf:$WhatIfPreference\n") == []
    f = check("Get-CsOnlineUser -Identity 'u' -WhatIf\n")
    assert codes(f) == ['unknown-parameter']


def test_parameter_set_conflict():
    f = check("Get-MgUser -UserId 'u' -All\n")
    assert codes(f) == ['parameter-set']


def test_splat_literal_is_read_and_unknown_splat_is_a_note():
    f = check("$p = @{ Location = 'x' }\nNew-CsOnlineLisLocation @p\n")
    assert codes(f) == ['missing-required']
    f = check("$p = @{ Location = 'x'; Bogus = 1; CivicAddressId = 'c' }\nNew-CsOnlineLisLocation @p\n")
    assert codes(f) == ['unknown-parameter']
    f = check("New-CsOnlineLisLocation @args\n")
    assert codes(f) == [] and codes(f, 'note') == ['splat-unchecked']


def test_positional_argument_fills_required_positional():
    # Where-Object: -Property is position 0 in EqualSet
    assert check("$x | Where-Object Name -eq 'a'\n") == []


def test_parse_error_is_reported():
    f = check("Write-Host (\n")
    assert 'parse-error' in codes(f) or 'parse-missing' in codes(f)


def test_hostile_payload_escaping_a_string():
    payload = "x'; Remove-Item C:\\ -Recurse; '"
    f = check("Write-Host 'x'; Remove-Item C:\\ -Recurse; ''\n", [payload])
    assert 'hostile-escape' in codes(f)


def test_hostile_payload_expanded_in_double_quotes():
    f = check('Write-Host "a $(Get-Date) b"\n', ['$(Get-Date)'])
    assert 'hostile-expansion' in codes(f)


def test_hostile_payload_staying_inside():
    payloads = ["x'; Remove-Item C:\\; '", '$(Get-Date)', 'a`b', 'x\r\ny', 'x\u2028y']
    src = "Write-Host 'x''; Remove-Item C:\\; ''' '$(Get-Date)' 'a`b' 'x\r\ny' 'x\u2028y'\n"
    assert codes(check(src, payloads)) == []
    # the same text outside any string is caught, so the test above can fail
    assert 'hostile-escape' in codes(check("Write-Host a`b\n", ['a`b']))


def test_typographic_quote_ends_a_string_in_powershell():
    f = check("Write-Host 'l\u2019etage'\n", ['l\u2019etage'])
    assert 'hostile-quote' in codes(f)
    assert check("Write-Host 'l\u2019\u2019etage'\n", ['l\u2019etage']) == []


def test_hostile_payload_breaking_out_of_a_comment():
    f = check("# note: a\nRemove-Item x\n", ['a\nRemove-Item x'])
    assert 'hostile-escape' in codes(f)


def run(*args):
    return subprocess.run([sys.executable, TOOL, *args], capture_output=True, text=True)


def test_cli_exit_codes_and_formats(tmp_path):
    good = tmp_path / 'good.ps1'
    good.write_text("Write-Host 'ok'\n")
    bad = tmp_path / 'bad.ps1'
    bad.write_text("Get-CsNoSuchThing\n")
    assert run(str(good)).returncode == 0
    r = run(str(bad))
    assert r.returncode == 1 and r.stdout.startswith(f'{bad}:1:1: error: ')
    r = run('--format', 'json', str(bad))
    assert json.loads(r.stdout)[0]['code'] == 'unknown-cmdlet'
    assert run().returncode == 2
    assert run('--format', 'xml', str(good)).returncode == 2
    h = tmp_path / 'h.txt'
    h.write_text('not json\n')
    assert run('--hostile', str(h), str(good)).returncode == 2


@pytest.mark.parametrize('name', ['demo-fr.yaml.ps1', 'demo-us.yaml.ps1'])
def test_golden_scripts_are_clean(name):
    # issue 15 fixed the US golden's bugs (no search key, 'VoiceApplicationToll'): both are clean now
    path = os.path.join(HERE, '..', 'Tests', 'SetupGuideTests', 'Golden', 'powershell', name)
    f = CHECKER.check(path, open(path, 'rb').read(), [])
    assert [x.message for x in f if x.severity == 'error'] == []


def test_old_us_golden_bugs_are_caught(tmp_path):
    # the two lines of the old US golden that would have failed on a real tenant
    p = tmp_path / 'old-us.ps1'
    p.write_text("$OrderId = New-CsOnlineTelephoneNumberOrder -Name 'a' -Description 'b' -Country 'US' -NumberType 'UserSubscriber' -Quantity 10\n"
                 "$OrderId = New-CsOnlineTelephoneNumberOrder -Name 'a' -Description 'b' -Country 'US' -NumberType 'VoiceApplicationToll' -Quantity 1\n",
                 encoding='utf-8')
    f = CHECKER.check(str(p), p.read_bytes(), [])
    msgs = [x.message for x in f if x.severity == 'error']
    assert any('VoiceApplicationToll' in m for m in msgs)
    assert sum('needs one of -CivicAddressId' in m for m in msgs) == 2
