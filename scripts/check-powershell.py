#!/usr/bin/env python3
"""Check PowerShell scripts on a real parse tree (tree-sitter-powershell).

Usage: check-powershell.py [--table scripts/powershell/cmdlets.json] [--format text|json]
                           [--hostile FILE] SCRIPT.ps1...

Reports, as `path:line:column: error: message`:
  * every ERROR node and every MISSING node of the parse;
  * every command whose name is neither in the cmdlet table nor a function the
    script defines;
  * parameters the cmdlet does not have. Only full names and documented aliases
    are accepted, never unambiguous prefixes (PowerShell accepts prefixes, the
    scripts we write must not rely on them);
  * parameter combinations that fit no parameter set, and required parameters
    missing from every set the given parameters fit (positional arguments fill
    positional parameters; a command that is not first in its pipeline may get a
    required parameter that takes pipeline input from the pipeline);
  * literal values (quoted strings without variables, barewords, integers) not in
    a parameter's allowed values;
  * constraints the pages state in prose (one of -CivicAddressId, -NumberPrefix,
    -AreaCode for New-CsOnlineTelephoneNumberOrder).
Splatting (@name) is read when the script assigns a hashtable literal to $name;
otherwise a note says the call could not be checked fully.

--hostile FILE: one JSON string per line. Every place the payload occurs in the
script (as written, or escaped the way a single-quoted or double-quoted string
escapes it) must lie inside one string literal or comment node, strictly inside
its quotes, with no variable or sub-expression node of an expandable string over
it. tree-sitter-powershell does not end strings at typographic quotes (U+2018,
U+2019, U+201A, U+201B, U+201C, U+201D, U+201E) while PowerShell does, so the
content of each string node is also checked for unpaired quote characters of its
kind.

Exit status: 0 clean, 1 problems found, 2 usage error.
"""
import argparse
import json
import os
import sys

try:
    import tree_sitter_powershell
    from tree_sitter import Language, Parser
except ImportError as exc:  # pragma: no cover
    print(f'check-powershell: {exc}; run: pip install tree-sitter tree-sitter-powershell', file=sys.stderr)
    sys.exit(2)

DEFAULT_TABLE = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'powershell', 'cmdlets.json')
SINGLE_QUOTES = "'\u2018\u2019\u201a\u201b"
DOUBLE_QUOTES = '"\u201c\u201d\u201e'
STRING_TYPES = {'string_literal'}
COMMENT_TYPES = {'comment'}


def language():
    return Language(tree_sitter_powershell.language())


class Finding:
    def __init__(self, path, line, column, severity, code, message):
        self.path, self.line, self.column = path, line, column
        self.severity, self.code, self.message = severity, code, message

    def text(self):
        return f'{self.path}:{self.line}:{self.column}: {self.severity}: {self.message}'

    def as_dict(self):
        return {'path': self.path, 'line': self.line, 'column': self.column,
                'severity': self.severity, 'code': self.code, 'message': self.message}


class Table:
    def __init__(self, data):
        self.data = data
        self.cmdlets = {k.lower(): (k, v) for k, v in data['cmdlets'].items()}
        g = data.get('globals', {})
        self.common = {}
        details = g.get('common_parameter_details') or {}
        for name in g.get('common_parameters', []):
            self.common[name.lower()] = name
            for a in (details.get(name) or {}).get('aliases', []):
                self.common[a.lower()] = name
        self.common_values = {n: d.get('allowed_values') or [] for n, d in details.items()}
        self.should = {}
        for name in g.get('should_process_parameters', ['WhatIf', 'Confirm']):
            self.should[name.lower()] = name
            for a in (details.get(name) or {}).get('aliases', []):
                self.should[a.lower()] = name

    def lookup(self, name):
        return self.cmdlets.get(name.lower())


def node_text(src, node):
    return src[node.start_byte:node.end_byte].decode('utf-8', 'replace')


def pos(node):
    return node.start_point[0] + 1, node.start_point[1] + 1


def walk(node):
    stack = [node]
    while stack:
        n = stack.pop()
        yield n
        stack.extend(reversed(n.children))


def unwrap_literal(src, node):
    """Return (kind, value) for a literal argument node, or (None, None)."""
    n = node
    while n.type in ('array_literal_expression', 'unary_expression') and n.named_child_count == 1:
        n = n.named_children[0]
    if n.type == 'generic_token':
        return 'bare', node_text(src, n)
    if n.type == 'integer_literal':
        return 'int', node_text(src, n)
    if n.type == 'string_literal' and n.named_child_count == 1:
        inner = n.named_children[0]
        t = node_text(src, inner)
        if inner.type == 'verbatim_string_characters' and len(t) >= 2:
            q = t[0]
            return 'string', t[1:-1].replace(q + q, q)
        if inner.type == 'expandable_string_literal' and inner.named_child_count == 0 and len(t) >= 2:
            body = t[1:-1]
            if '`' in body or '$' in body:
                return None, None
            return 'string', body
    if n.type == 'array_literal_expression' and n.named_child_count > 1:
        return 'array', [unwrap_literal(src, c) for c in n.named_children]
    return None, None


class Checker:
    def __init__(self, table, parser):
        self.table, self.parser = table, parser

    def check(self, path, src, hostile=()):
        out = []
        tree = self.parser.parse(src)
        root = tree.root_node

        def add(node, sev, code, msg, at=None):
            line, col = at if at else pos(node)
            out.append(Finding(path, line, col, sev, code, msg))

        for n in walk(root):
            if n.is_missing:
                add(n, 'error', 'parse-missing', f'parse: missing {n.type!r}')
            elif n.type == 'ERROR':
                snippet = node_text(src, n)[:40].replace('\n', '\\n')
                add(n, 'error', 'parse-error', f'parse: syntax error near {snippet!r}')

        functions = set()
        for n in walk(root):
            if n.type == 'function_statement':
                for c in n.children:
                    if c.type == 'function_name':
                        functions.add(node_text(src, c).lower())
        splats = self.hashtables(src, root)
        for n in walk(root):
            if n.type == 'command':
                self.check_command(src, n, functions, splats, add)
        for payload in hostile:
            self.check_hostile(src, root, payload, add)
        return out

    # -- splatting -------------------------------------------------------
    def hashtables(self, src, root):
        """Map variable name (lower, no sigil) -> set of keys, or None if not all literal."""
        found = {}
        for n in walk(root):
            if n.type != 'assignment_expression':
                continue
            left = n.child_by_field_name('left') or (n.named_children[0] if n.named_children else None)
            if left is None:
                continue
            ltext = node_text(src, left).strip()
            right = n.named_children[-1]
            if ltext.startswith('$') and ltext[1:].replace('_', '').replace(':', '').isalnum():
                var = ltext[1:].lower()
                h = right
                while h.named_child_count == 1 and h.type != 'hash_literal_expression':
                    h = h.named_children[0]
                if h.type == 'hash_literal_expression':
                    keys = set()
                    for e in walk(h):
                        if e.type == 'key_expression' and e.parent.parent is not None and self.owner_hash(e) == h:
                            keys.add(node_text(src, e).strip().strip('\'"'))
                    prev = found.get(var, set())
                    found[var] = None if prev is None else prev | keys
                else:
                    found[var] = None
            else:
                # $p['Key'] = ... or $p.Key = ...
                import re
                m = re.match(r"^\$(\w+)(?:\[\s*['\"]?(\w+)['\"]?\s*\]|\.(\w+))$", ltext)
                if m and m.group(1).lower() in found and found[m.group(1).lower()] is not None:
                    found[m.group(1).lower()].add(m.group(2) or m.group(3))
        return found

    @staticmethod
    def owner_hash(node):
        p = node.parent
        while p is not None and p.type != 'hash_literal_expression':
            p = p.parent
        return p

    # -- commands --------------------------------------------------------
    def check_command(self, src, cmd, functions, splats, add):
        name_node = None
        elements = None
        for c in cmd.children:
            if c.type == 'command_name':
                name_node = c
            elif c.type == 'command_elements':
                elements = c
        if name_node is None:
            return  # & $x, . $x: the name is an expression
        name = node_text(src, name_node)
        if name.lower() in functions:
            return
        entry = self.table.lookup(name)
        if entry is None:
            add(name_node, 'error', 'unknown-cmdlet', f'unknown cmdlet {name!r}: not in the cmdlet table and not a function of this script')
            return
        canon, rec = entry
        params = {}
        for p, info in rec['parameters'].items():
            params[p.lower()] = p
            for a in info.get('aliases') or []:
                params[a.lower()] = p
        switch = {p for p, info in rec['parameters'].items() if 'SwitchParameter' in (info.get('type') or '')}

        given = {}       # canonical -> (node, value node or None)
        positional = []  # value nodes
        unresolved_splat = False
        kids = [c for c in (elements.children if elements else [])]
        i = 0
        while i < len(kids):
            k = kids[i]
            if k.type == 'command_argument_sep' or k.type.endswith('redirection') or k.type == 'comment':
                i += 1
                continue
            if k.type == 'command_parameter':
                raw = node_text(src, k)
                pname = raw.lstrip('-').rstrip(':')
                colon = raw.endswith(':') or (i + 1 < len(kids) and kids[i + 1].type == 'command_argument_sep' and node_text(src, kids[i + 1]) == ':')
                value = None
                j = i + 1
                if colon or True:
                    while j < len(kids) and kids[j].type == 'command_argument_sep':
                        j += 1
                canonical = params.get(pname.lower())
                kind = 'param'
                if canonical is None and pname.lower() in self.table.common:
                    canonical, kind = self.table.common[pname.lower()], 'common'
                if canonical is None and pname.lower() in self.table.should:
                    if rec.get('supports_should_process'):
                        canonical, kind = self.table.should[pname.lower()], 'should'
                    else:
                        add(k, 'error', 'unknown-parameter', f'{canon} does not support -{pname} (its page documents no -WhatIf/-Confirm)')
                        kind = 'bad'
                takes_value = colon or not (canonical in switch or kind == 'should' or
                                            (kind == 'common' and canonical in ('Verbose', 'Debug')))
                if takes_value and j < len(kids) and kids[j].type != 'command_parameter':
                    value = kids[j]
                    i = j + 1
                else:
                    i += 1
                if canonical is None and kind != 'bad':
                    add(k, 'error', 'unknown-parameter', f'{canon} has no parameter -{pname} (full names or documented aliases only, no prefixes)')
                    continue
                if kind == 'param':
                    if canonical in given:
                        add(k, 'error', 'duplicate-parameter', f'{canon}: -{canonical} given twice')
                    given[canonical] = (k, value)
                    if value is not None:
                        self.check_value(src, canon, canonical, rec['parameters'][canonical], value, add, rec['source']['path'])
                elif kind == 'common' and value is not None:
                    allowed = self.table.common_values.get(canonical) or []
                    if allowed:
                        self.check_value(src, canon, canonical, {'allowed_values': allowed, 'allowed_values_source': 'about_CommonParameters'}, value, add)
                continue
            t = node_text(src, k)
            if t.startswith('@') and len(t) > 1 and (t[1].isalnum() or t[1] == '_'):
                keys = splats.get(t[1:].lower())
                if keys is None:
                    add(k, 'note', 'splat-unchecked', f'{canon}: cannot read the keys of splatted {t} (not a hashtable literal of this script); its call is checked only for the parameters written out')
                    unresolved_splat = True
                else:
                    for key in sorted(keys):
                        canonical = params.get(key.lower())
                        if canonical is None and key.lower() in self.table.common:
                            continue
                        if canonical is None and key.lower() in self.table.should and rec.get('supports_should_process'):
                            continue
                        if canonical is None:
                            add(k, 'error', 'unknown-parameter', f'{canon} has no parameter -{key} (key of splatted {t})')
                            continue
                        given[canonical] = (k, None)
                i += 1
                continue
            positional.append(k)
            i += 1

        self.check_sets(src, cmd, name_node, canon, rec, given, positional, unresolved_splat, add)

    def piped_into(self, cmd):
        p = cmd.parent
        if p is None or p.type != 'pipeline_chain':
            return False
        cmds = [c for c in p.named_children if c.type == 'command' or c.type.endswith('expression')]
        return bool(cmds) and cmds[0].id != cmd.id

    def check_sets(self, src, cmd, name_node, canon, rec, given, positional, unresolved_splat, add):
        sets = rec.get('parameter_sets') or {}
        if not sets:
            if positional:
                add(positional[0], 'error', 'positional', f'{canon} takes no positional argument')
            return
        names = set(given)
        fits = {s: d['parameters'] for s, d in sets.items() if names <= set(d['parameters'])}
        if not fits:
            listing = ', '.join('-' + n for n in sorted(names))
            add(name_node, 'error', 'parameter-set', f'{canon}: {listing} do not fit together in any parameter set ({", ".join(sets)})')
            return
        piped = self.piped_into(cmd)
        results = {}
        for s, ps in fits.items():
            slots = sorted((info['position'], p) for p, info in ps.items() if info.get('position') is not None and p not in names)
            if len(positional) > len(slots):
                results[s] = ('too-many', len(positional) - len(slots))
                continue
            bound = {p for _, p in slots[:len(positional)]}
            missing = [p for p, info in ps.items() if info.get('required') and p not in names and p not in bound
                       and not (piped and rec['parameters'].get(p, {}).get('accepts_pipeline_input'))]
            results[s] = ('missing', missing) if missing else ('ok', None)
        if any(r[0] == 'ok' for r in results.values()):
            ok_sets = [s for s, r in results.items() if r[0] == 'ok']
            self.check_constraints(name_node, canon, rec, names, unresolved_splat, add)
            return ok_sets
        if unresolved_splat:
            return
        if all(r[0] == 'too-many' for r in results.values()):
            # the pages do not record ValueFromRemainingArguments (Write-Host -Object takes the rest), so only a note
            add(positional[0], 'note', 'positional', f'{canon}: more positional arguments than documented positions; unchecked (the table does not know ValueFromRemainingArguments)')
            return
        cands = [(s, r[1]) for s, r in results.items() if r[0] == 'missing']
        default = rec.get('default_parameter_set')
        cands.sort(key=lambda x: (x[0] != default, len(x[1])))
        s, missing = cands[0]
        label = '' if s == '__AllParameterSets' else f' of parameter set {s}'
        add(name_node, 'error', 'missing-required', f'{canon}: missing required parameter {", ".join("-" + m for m in missing)}{label}')

    def check_constraints(self, name_node, canon, rec, names, unresolved_splat, add):
        for c in rec.get('constraints') or []:
            if c.get('kind') == 'requires_one_of' and not unresolved_splat:
                if not names & set(c['parameters']):
                    add(name_node, 'error', 'missing-required', f'{canon}: needs one of {", ".join("-" + p for p in c["parameters"])} (search key; see the page DESCRIPTION)')

    def check_value(self, src, canon, pname, info, value, add, rec_path=None):
        allowed = info.get('allowed_values') or []
        if not allowed:
            return
        kind, v = unwrap_literal(src, value)
        if kind is None:
            return
        items = v if kind == 'array' else [(kind, v)]
        lower = {a.lower() for a in allowed}
        for k2, v2 in items:
            if k2 not in ('string', 'bare', 'int'):
                continue
            parts = v2.split(info['value_list_separator']) if info.get('value_list_separator') else [v2]
            for part in parts:
                part = part.strip()
                if k2 == 'int' and not any(a.isdigit() for a in allowed):
                    continue
                if part.lower() not in lower:
                    where = 'about_CommonParameters' if info.get('allowed_values_source') == 'about_CommonParameters' else (rec_path or 'the table')
                    add(value, 'error', 'value-not-allowed', f'{canon} -{pname}: {part!r} is not an allowed value (documented: {", ".join(allowed)}; see {where})')

    # -- hostile payloads ------------------------------------------------
    def check_hostile(self, src, root, payload, add):
        forms = {payload}
        sq = ''.join(ch * 2 if ch in SINGLE_QUOTES else ch for ch in payload)
        dq = ''.join('`' + ch if ch in DOUBLE_QUOTES + '`$' else ch for ch in payload)
        forms |= {sq, dq}
        seen = set()
        for form in forms:
            needle = form.encode('utf-8')
            if not needle:
                continue
            start = 0
            while True:
                at = src.find(needle, start)
                if at < 0:
                    break
                start = at + 1
                span = (at, at + len(needle))
                if span in seen:
                    continue
                seen.add(span)
                self.check_span(src, root, payload, span, add)
        # typographic quote check on every string node
        for n in walk(root):
            if n.type == 'verbatim_string_characters' or n.type == 'expandable_string_literal':
                self.check_quotes(src, n, add)

    def check_span(self, src, root, payload, span, add):
        s, e = span
        node = root.descendant_for_byte_range(s, e)
        holder = node
        while holder is not None and holder.type not in STRING_TYPES | COMMENT_TYPES:
            holder = holder.parent
        line = src[:s].count(b'\n') + 1
        col = s - (src.rfind(b'\n', 0, s) + 1) + 1
        short = json.dumps(payload)[:40]
        if holder is None:
            add(None, 'error', 'hostile-escape', f'hostile payload {short} is not inside a string literal or comment', at=(line, col))
            return
        if not (holder.start_byte < s and e < holder.end_byte) and holder.type != 'comment':
            add(None, 'error', 'hostile-escape', f'hostile payload {short} reaches the delimiters of its string', at=(line, col))
            return
        if holder.type == 'comment' and e > holder.end_byte:
            add(None, 'error', 'hostile-escape', f'hostile payload {short} runs past the end of its comment', at=(line, col))
            return
        for d in walk(holder):
            if d.type in ('variable', 'sub_expression') and d.start_byte < e and s < d.end_byte:
                add(None, 'error', 'hostile-expansion', f'hostile payload {short} is expanded inside its string ({node_text(src, d)[:30]!r})', at=(line, col))
                return
        for d in walk(holder):
            if d.type == 'ERROR' or d.is_missing:
                add(None, 'error', 'hostile-escape', f'hostile payload {short} sits in a string that does not parse', at=(line, col))
                return

    def check_quotes(self, src, n, add):
        t = node_text(src, n)
        if len(t) < 2:
            return
        here = t.startswith('@')
        body = t[2:-2] if here else t[1:-1]
        if here:
            return  # here-strings end only at a quote at the start of a line
        if n.type == 'verbatim_string_characters':
            i = 0
            while i < len(body):
                if body[i] in SINGLE_QUOTES:
                    j = i
                    while j < len(body) and body[j] in SINGLE_QUOTES:
                        j += 1
                    if (j - i) % 2:
                        add(n, 'error', 'hostile-quote', f'unpaired quote {body[i]!r} (U+{ord(body[i]):04X}) inside a single-quoted string: PowerShell ends the string there, the grammar does not')
                        return
                    i = j
                else:
                    i += 1
        else:
            i = 0
            while i < len(body):
                ch = body[i]
                if ch == '`':
                    i += 2
                    continue
                if ch in DOUBLE_QUOTES:
                    j = i
                    while j < len(body) and body[j] in DOUBLE_QUOTES:
                        j += 1
                    if (j - i) % 2:
                        add(n, 'error', 'hostile-quote', f'unpaired quote {ch!r} (U+{ord(ch):04X}) inside a double-quoted string: PowerShell ends the string there, the grammar does not')
                        return
                    i = j
                    continue
                i += 1


def main(argv=None):
    ap = argparse.ArgumentParser(prog='check-powershell.py', description=__doc__.split('\n')[0])
    ap.add_argument('--table', default=DEFAULT_TABLE)
    ap.add_argument('--format', choices=['text', 'json'], default='text')
    ap.add_argument('--hostile', metavar='FILE')
    ap.add_argument('scripts', nargs='+', metavar='SCRIPT.ps1')
    args = ap.parse_args(argv)
    try:
        table = Table(json.load(open(args.table, encoding='utf-8')))
    except (OSError, ValueError, KeyError) as exc:
        print(f'check-powershell: cannot read table {args.table}: {exc}', file=sys.stderr)
        return 2
    hostile = []
    if args.hostile:
        try:
            for k, line in enumerate(open(args.hostile, encoding='utf-8'), 1):
                if line.strip():
                    v = json.loads(line)
                    if not isinstance(v, str):
                        raise ValueError(f'line {k} is not a JSON string')
                    hostile.append(v)
        except (OSError, ValueError) as exc:
            print(f'check-powershell: cannot read hostile payloads {args.hostile}: {exc}', file=sys.stderr)
            return 2
    parser = Parser(language())
    checker = Checker(table, parser)
    findings = []
    for path in args.scripts:
        try:
            src = open(path, 'rb').read()
        except OSError as exc:
            print(f'check-powershell: {exc}', file=sys.stderr)
            return 2
        findings += checker.check(path, src, hostile)
    findings.sort(key=lambda f: (f.path, f.line, f.column))
    if args.format == 'json':
        json.dump([f.as_dict() for f in findings], sys.stdout, indent=1, ensure_ascii=False)
        print()
    else:
        for f in findings:
            print(f.text())
    return 1 if any(f.severity == 'error' for f in findings) else 0


if __name__ == '__main__':
    sys.exit(main())
