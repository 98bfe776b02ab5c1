#!/usr/bin/env python3
"""The kill -9 soak behind scripts/soak.sh (issue 17): a wizard run of many users, killed with
SIGKILL again and again, resumed after each kill, then checked for what was lost, done twice, or
left unusable. Read scripts/soak.sh for the usage.

Kills come three ways, in turn:
  - at a random time of the run;
  - at a step: when the wizard prints the step's heading, the soak waits a random few
    milliseconds and kills, cycling through every step of the plan;
  - at a chosen write point: strace's fault injection (`-e inject=SYSCALL:signal=KILL:when=N`)
    kills the process at the Nth pwrite64 (SQLite), write (mails), rename (a mail put in place)
    or fdatasync, N drawn from the counts of a clean run.

After each kill the outbox is compared with the one before: a mail file that another run
rewrote was sent twice. At the end, one last run without a kill must finish, and then:
SQLite's integrity check is ok, and each licence, number, request, reservation, address,
assignment and mail exists exactly once per user or per step.
"""
import argparse, hashlib, json, os, random, re, shutil, signal, sqlite3, subprocess, sys, time

HOSTILE = [
    "=?UTF-8?B?SGFja2Vk?=",
    '"Quoted" \\ back, slash',
    "Anaïs Guérin-Lefèvre",
    "Eve <eve@evil.example>, Bcc: victim@evil.example",
    "Zoë " + "é" * 300,
    "L" * 1200,
    "👩\u200d👩\u200d👧\u200d👦 Family",
    "\u202eevil.exe",
    "=?UTF-8?Q?x?= real",
]


def users_csv(path, n, country, city, language):
    with open(path, "w", encoding="utf-8") as out:
        out.write("UserPrincipalName,DisplayName,UsageLocation,City,Department,PreferredLanguage\n")
        for i in range(1, n + 1):
            name = HOSTILE[i % len(HOSTILE)] if i % 50 == 0 else f"User {i}"
            name = '"' + name.replace('"', '""') + '"'
            upn = f"o'user{i:06d}@contoso.example" if i % 97 == 0 else f"user{i:06d}@contoso.example"
            out.write(f"{upn},{name},{country},{city},Dept {i % 20},{language}\n")


def answers(path, flow, n, csv, outbox):
    if flow == "fr":
        text = f"""country: FR
connectivity: calling-plan
lang: fr
features: []
steps:
  pstn-connectivity: {{ option: calling-plan }}
  import-users: {{ file: {csv} }}
  licences: {{ quantity: {n}, callingPlan: MCOPSTN2, users: all }}
  emergency-addresses:
    description: Siège Lyon
    company: Fabrikam Conseil
    houseNumber: "12"
    street: Rue de la République
    postalCode: "69002"
    city: Lyon
    latitude: "45.7640"
    longitude: "4.8357"
    place: 3e étage
  user-numbers-request: {{ city: Lyon, quantity: {n} }}
  assign-numbers: {{ users: voice, address: Siège Lyon, location: 3e étage }}
  notify-users: {{ outbox: {outbox} }}
manual:
  area-code-addresses: {{ who: Camille Martin, when: 2026-11-20 }}
  user-numbers-request: {{ who: Camille Martin, when: 2026-11-20 }}
"""
    else:
        text = f"""country: US
connectivity: calling-plan
lang: en
features: []
steps:
  pstn-connectivity: {{ option: calling-plan }}
  import-users: {{ file: {csv} }}
  licences: {{ quantity: {n}, callingPlan: MCOPSTN1, users: all }}
  user-numbers: {{ city: Seattle, quantity: {n} }}
  emergency-addresses:
    description: Seattle office
    company: Fabrikam Consulting Inc
    houseNumber: "1200"
    street: 5th Avenue
    postalCode: "98101"
    city: Seattle
    state: WA
    latitude: "47.6062"
    longitude: "-122.3321"
    place: Floor 12
  assign-numbers: {{ users: voice, address: Seattle office, location: Floor 12 }}
  notify-users: {{ outbox: {outbox} }}
"""
    with open(path, "w", encoding="utf-8") as out:
        out.write(text)


class Soak:
    def __init__(self, args, flow, folder):
        self.args, self.flow, self.folder = args, flow, folder
        self.tenant = os.path.join(folder, "tenant.sqlite")
        self.outbox = os.path.join(folder, "outbox")
        self.csv = os.path.join(folder, "users.csv")
        self.answers = os.path.join(folder, "answers.yaml")
        country, city, lang = ("FR", "Lyon", "fr-FR") if flow == "fr" else ("US", "Seattle", "en-US")
        users_csv(self.csv, args.users, country, city, lang)
        answers(self.answers, flow, args.users, self.csv, self.outbox)
        self.command = [args.bin, "run", "--answers", self.answers, "--yes", "--tenant", self.tenant]
        self.env = dict(os.environ, LANG="C.UTF-8", NO_COLOR="1")
        self.kills = {"time": 0, "step": 0, "write": 0}
        self.finished_before_kill = 0
        self.doubled, self.unusable, self.refused = [], [], []
        self.steps_hit = {}
        self.snapshot = {}

    def reset(self):
        for name in os.listdir(self.folder):
            path = os.path.join(self.folder, name)
            if name.startswith("tenant.sqlite") or name == "outbox":
                shutil.rmtree(path) if os.path.isdir(path) else os.remove(path)

    def run(self, prefix=(), capture=None):
        return subprocess.Popen(list(prefix) + self.command, stdout=capture or subprocess.DEVNULL,
                                stderr=subprocess.STDOUT, env=self.env, cwd=self.folder)

    def reference(self):
        """A clean run: how long it takes, which steps it prints, how many writes it makes."""
        self.reset()
        start = time.time()
        with open(os.path.join(self.folder, "reference.txt"), "wb") as out:
            code = self.run(capture=out).wait()
        self.duration = time.time() - start
        if code != 0:
            sys.exit(f"soak: the clean {self.flow} run failed (exit {code}); see {self.folder}/reference.txt")
        text = open(os.path.join(self.folder, "reference.txt"), encoding="utf-8", errors="replace").read()
        # a step heading, as the wizard prints it: "Étape 3 sur 9 : Title", "Step 3 of 9: Title"
        self.headings = [line for line in text.splitlines() if re.match(r"^(Étape|Step) \d+ (sur|of) \d+", line)]
        # the headings carry words, not step ids; the clean run records its steps in plan order
        with sqlite3.connect(f"file:{self.tenant}?mode=ro", uri=True) as db:
            ids = [row[0] for row in db.execute("SELECT stepId FROM runSteps ORDER BY recordedAt, rowid")]
        if len(ids) != len(self.headings):
            sys.exit(f"soak: the clean {self.flow} run printed {len(self.headings)} step headings but recorded {len(ids)} steps")
        self.step_of = dict(zip(self.headings, ids))
        self.counts = {}
        if shutil.which("strace"):
            self.reset()
            log = os.path.join(self.folder, "strace-count.txt")
            subprocess.run(["strace", "-f", "-c", "-o", log, "-e", "trace=pwrite64,write,rename,fdatasync,fsync"] + self.command,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=self.env, cwd=self.folder)
            for line in open(log):
                fields = line.split()
                if len(fields) >= 5 and fields[-1] in ("pwrite64", "write", "rename", "fdatasync", "fsync"):
                    self.counts[fields[-1]] = int(fields[3] if len(fields) >= 6 else fields[3])
        self.reset()

    def look(self):
        """Files of the outbox: name → (inode, size, mtime, hash)."""
        seen = {}
        if os.path.isdir(self.outbox):
            for name in os.listdir(self.outbox):
                path = os.path.join(self.outbox, name)
                info = os.lstat(path)
                seen[name] = (info.st_ino, info.st_mtime_ns, hashlib.sha256(open(path, "rb").read()).hexdigest())
        return seen

    def after_kill(self, how):
        now = self.look()
        for name, old in self.snapshot.items():
            if name.startswith("."):
                continue  # a temporary file, never a mail
            if name.endswith(".eml") and name in now and now[name] != old:
                self.doubled.append(f"mail {name} written again ({how})")
            if name.endswith(".eml") and name not in now:
                self.doubled.append(f"mail {name} vanished ({how})")
        self.snapshot = now
        # a killed tenant must still open: `tenant show` reads it
        show = subprocess.run([self.args.bin, "tenant", "show", "--tenant", self.tenant], stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, env=self.env, cwd=self.folder)
        if os.path.exists(self.tenant) and show.returncode not in (0,):
            self.unusable.append(f"after a kill {how}: tenant show exit {show.returncode}: {show.stderr.decode()[:300]}")

    def kill_at_time(self):
        process = self.run()
        time.sleep(random.uniform(0, self.duration * 1.1))
        return self.kill(process, "at a random time")

    def done_steps(self):
        try:
            with sqlite3.connect(f"file:{self.tenant}?mode=ro", uri=True) as db:
                return {row[0] for row in db.execute("SELECT stepId FROM runSteps")}
        except sqlite3.Error:
            return set()

    def kill_at_step(self):
        """Kills in the step least killed so far among those the run has still to do."""
        done = self.done_steps()
        left = [h for h in self.headings if self.step_of[h] not in done]
        if not left:
            return self.kill_at_time()
        fewest = min(self.steps_hit.get(h, 0) for h in self.headings)
        if min(self.steps_hit.get(h, 0) for h in left) > fewest:
            # the steps killed least are behind this run: let it finish, check it, start over
            self.run().wait()
            self.after_kill("a run let finish")
            if self.finished():
                self.verify(final=False)
                self.reset()
                self.snapshot = {}
                left = list(self.headings)
        heading = min(left, key=lambda h: (self.steps_hit.get(h, 0), self.headings.index(h)))
        log = os.path.join(self.folder, "step-run.txt")
        with open(log, "wb") as out:
            # line-buffered, so the heading shows as soon as the step starts
            process = self.run(prefix=["stdbuf", "-oL"] if shutil.which("stdbuf") else [], capture=out)
            deadline = time.time() + self.duration * 3 + 10
            while process.poll() is None and time.time() < deadline:
                if heading in open(log, encoding="utf-8", errors="replace").read():
                    time.sleep(random.uniform(0, 0.03))
                    break
                time.sleep(0.001)
            code = self.kill(process, f"at step '{heading.strip()}'")
        if code == -signal.SIGKILL:
            # the step the run was in when it died: the last heading it printed
            printed = [line for line in open(log, encoding="utf-8", errors="replace").read().splitlines() if line in self.headings]
            hit = printed[-1] if printed else heading
            self.steps_hit[hit] = self.steps_hit.get(hit, 0) + 1
        return code

    def kill_at_write(self):
        if not self.counts:
            return self.kill_at_time()
        syscall = random.choice(sorted(self.counts))
        when = random.randint(1, max(1, self.counts[syscall]))
        process = self.run(prefix=["strace", "-f", "-qq", "-o", "/dev/null", "-e", "trace=" + syscall,
                                   "-e", f"inject={syscall}:signal=KILL:when={when}"])
        code = process.wait()
        if code == -signal.SIGKILL or code == 128 + signal.SIGKILL:
            self.kills["write"] += 1
            code = -signal.SIGKILL
        elif code == 0:
            self.finished_before_kill += 1
        else:
            self.judge(code, f"at {syscall} #{when}")
        self.after_kill(f"at {syscall} #{when}")
        return code

    def kill(self, process, how):
        if process.poll() is None:
            os.kill(process.pid, signal.SIGKILL)
        code = process.wait()
        if code == -signal.SIGKILL:
            self.kills["time" if "time" in how else "step"] += 1
        elif code == 0:
            self.finished_before_kill += 1
        else:
            self.judge(code, how)
        self.after_kill(how)
        return code

    def judge(self, code, how):
        if code == 3:
            self.unusable.append(f"run exit 3 (tenant unusable) {how}")
        else:
            self.refused.append(f"run exit {code} {how}")

    def soak(self, kills):
        self.reference()
        attempt = 0
        while sum(self.kills.values()) < kills and attempt < kills * 4:
            # a finished run is checked, then started over on a fresh tenant, so kills land in work
            if os.path.exists(self.tenant) and self.finished():
                self.verify(final=False)
                self.reset()
                self.snapshot = {}
            # half of the kills at steps, so that every step is hit; the rest at random times and write points
            way = sum(self.kills.values()) % 4
            [self.kill_at_step, self.kill_at_time, self.kill_at_step, self.kill_at_write][way]()
            attempt += 1
        with open(os.path.join(self.folder, "final.txt"), "wb") as out:
            code = self.run(capture=out).wait()
        if code != 0:
            self.unusable.append(f"the final run exited {code}; see {self.folder}/final.txt")
        self.after_kill("final run")
        return self.verify(final=True)

    def finished(self):
        try:
            with sqlite3.connect(f"file:{self.tenant}?mode=ro", uri=True) as db:
                return db.execute("SELECT count(*) FROM users WHERE notifiedAt IS NULL").fetchone()[0] == 0 and \
                    db.execute("SELECT count(*) FROM users").fetchone()[0] == self.args.users
        except sqlite3.Error:
            return False

    def verify(self, final):
        n = self.args.users
        lost, doubled = [], list(self.doubled) if final else []
        try:
            db = sqlite3.connect(f"file:{self.tenant}?mode=ro", uri=True)
            check = db.execute("PRAGMA integrity_check").fetchone()[0]
        except sqlite3.Error as error:
            self.unusable.append(f"tenant unreadable: {error}")
            return lost, doubled
        if check != "ok":
            self.unusable.append(f"integrity_check: {check}")
        one = lambda sql, *a: db.execute(sql, a).fetchone()[0]
        count = lambda what, got, want: (lost if got < want else doubled).append(f"{what}: {got}, not {want}") if got != want else None
        count("users", one("SELECT count(*) FROM users"), n)
        plan = "MCOPSTN2" if self.flow == "fr" else "MCOPSTN1"
        for sku in ("MCOEV", plan):
            count(f"{sku} bought", one("SELECT coalesce(sum(purchased), 0) FROM licences WHERE sku = ?", sku), n)
            count(f"{sku} assigned", one("SELECT count(*) FROM userLicences WHERE sku = ?", sku), n)
        count("user numbers", one("SELECT count(*) FROM numbers WHERE numberKind = 'user'"), n)
        if self.flow == "fr":
            count("number requests", one("SELECT count(*) FROM numberRequests"), 1)
        else:
            count("reservations", one("SELECT count(*) FROM reservations"), 1)
            count("reservations acquired", one("SELECT count(*) FROM reservations WHERE status = 'acquired'"), 1)
        count("addresses", one("SELECT count(*) FROM addresses"), 1)
        count("places", one("SELECT count(*) FROM locations WHERE isDefault = 0"), 1)
        count("users with a number", one("SELECT count(DISTINCT lower(assignedTo)) FROM numbers WHERE assignedTo IS NOT NULL"), n)
        count("numbers assigned", one("SELECT count(*) FROM numbers WHERE assignedTo IS NOT NULL"), n)
        count("users told", one("SELECT count(*) FROM users WHERE notifiedAt IS NOT NULL"), n)
        files = sorted(name for name in os.listdir(self.outbox)) if os.path.isdir(self.outbox) else []
        mails = [name for name in files if name.endswith(".eml") and not name.startswith(".")]
        count("mails", len(mails), n)
        leftovers = [name for name in files if name not in mails]
        if leftovers:
            doubled.append(f"temporary files left in the outbox: {leftovers[:5]}")
        ids = {}
        for name in mails:
            head = open(os.path.join(self.outbox, name), "rb").read(8192).decode("ascii", "replace")
            match = re.search(r"\r\nMessage-ID: (<[^>]*>)\r\n", head)
            ids.setdefault(match.group(1) if match else "", []).append(name)
        intents = dict(db.execute("SELECT lower(upn), messageId FROM notifications").fetchall())
        count("mail intents", len(intents), n)
        if any(len(v) > 1 for v in ids.values()):
            doubled.append("a Message-ID in two files")
        db.close()
        if final or lost or doubled:
            self.lost_found = getattr(self, "lost_found", []) + lost
            self.doubled_found = getattr(self, "doubled_found", []) + [d for d in doubled if d not in self.doubled]
        if self.args.check_mail and mails:
            result = subprocess.run([sys.executable, self.args.check_mail, self.outbox], capture_output=True, text=True)
            if result.returncode != 0:
                self.unusable.append("mails Python's parser refuses: " + result.stdout[:500])
        return lost, doubled


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", required=True)
    parser.add_argument("--users", type=int, default=1500)
    parser.add_argument("--kills", type=int, default=50)
    parser.add_argument("--flow", choices=["fr", "us", "both"], default="both")
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--dir", required=True)
    parser.add_argument("--check-mail", default=None)
    args = parser.parse_args()
    seed = args.seed if args.seed is not None else random.randrange(1 << 30)
    random.seed(seed)
    flows = ["fr", "us"] if args.flow == "both" else [args.flow]
    totals = {"lost": 0, "doubled": 0, "unusable": 0, "kills": 0}
    for index, flow in enumerate(flows):
        kills = args.kills // len(flows) + (1 if index < args.kills % len(flows) else 0)
        folder = os.path.join(args.dir, flow)
        os.makedirs(folder, exist_ok=True)
        soak = Soak(args, flow, folder)
        soak.soak(kills)
        lost, doubled = getattr(soak, "lost_found", []), getattr(soak, "doubled_found", []) + soak.doubled
        doubled = list(dict.fromkeys(doubled))
        print(f"soak {flow}: {args.users} users, {sum(soak.kills.values())} kills "
              f"({soak.kills['time']} at random times, {soak.kills['step']} at steps, {soak.kills['write']} at write points; "
              f"{soak.finished_before_kill} runs had finished first), clean run {soak.duration:.1f} s, "
              f"write points {json.dumps(soak.counts)}")
        for heading in soak.headings:
            print(f"  kills in step {heading.strip()}: {soak.steps_hit.get(heading, 0)}")
        for problem in lost:
            print(f"  LOST {problem}")
        for problem in doubled:
            print(f"  DOUBLED {problem}")
        for problem in soak.unusable:
            print(f"  UNUSABLE {problem}")
        for problem in soak.refused:
            print(f"  (a resumed run was refused: {problem})")
        totals["lost"] += len(lost)
        totals["doubled"] += len(doubled)
        totals["unusable"] += len(soak.unusable)
        totals["kills"] += sum(soak.kills.values())
    print(f"soak: seed {seed}, {totals['kills']} kills: {totals['lost']} lost, {totals['doubled']} doubled, "
          f"{totals['unusable']} unusable")
    sys.exit(0 if totals["lost"] == totals["doubled"] == totals["unusable"] == 0 else 1)


main()
