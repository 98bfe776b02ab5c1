import Foundation
import SetupGuide
import Testing

/// What a kill, a full disk, a read-only, empty, foreign, damaged or altered file does to the
/// rehearsal tenant, from the command line: each is named, exits with the documented code, and
/// leaves the file as it was.
@Suite("setup-guide tenant faults, run as an admin would")
struct TenantFaultsEndToEndTests {
    static let strace = "/usr/bin/strace"
    static var canTrace: Bool { FileManager.default.isExecutableFile(atPath: strace) }

    /// Runs the binary under strace, with `inject` (such as `pwrite64:error=ENOSPC`).
    static func traced(_ inject: String, _ arguments: [String], environment: [String: String] = [:]) throws -> BinaryRunner.Output {
        let syscall = String(inject.prefix { $0 != ":" })
        let process = Process()
        process.executableURL = URL(fileURLWithPath: strace)
        process.arguments = ["-f", "-o", "/dev/null", "-e", "trace=\(syscall)", "-e", "inject=\(inject)", try BinaryRunner.binary.path] + arguments
        var env = ProcessInfo.processInfo.environment
        env["LANG"] = "en_US.UTF-8"
        env["LC_ALL"] = nil
        env.merge(environment) { $1 }
        process.environment = env
        process.currentDirectoryURL = BinaryRunner.packageRoot
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return .init(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                     stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Runs the binary as the user `nobody`, for whom permissions hold (they do not for root).
    static func runAsNobody(_ arguments: [String]) throws -> BinaryRunner.Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
        process.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", try BinaryRunner.binary.path] + arguments
        var env = ProcessInfo.processInfo.environment
        env["LANG"] = "en_US.UTF-8"
        env["LC_ALL"] = nil
        process.environment = env
        process.currentDirectoryURL = BinaryRunner.packageRoot
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return .init(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                     stderr: String(decoding: errData, as: UTF8.self))
    }

    static func sqlite(_ path: String, _ script: String) throws {
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        python.arguments = ["python3", "-c", "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.executescript(sys.argv[2]); c.commit(); c.close()", path, script]
        try python.run()
        python.waitUntilExit()
        #expect(python.terminationStatus == 0, "python3 sqlite3 on \(path)")
    }

    static func files(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    @Test("a kill at the writes of tenant init leaves no tenant or a whole one, and every later command works",
          .enabled(if: canTrace, "strace is not installed"))
    func killedCreation() throws {
        // The points where the first creation writes: SQLite's pages and syncs, and the rename.
        let points = stride(from: 1, through: 113, by: 8).map { "pwrite64:signal=KILL:when=\($0)" }
            + stride(from: 1, through: 23, by: 4).map { "fdatasync:signal=KILL:when=\($0)" }
            + ["fsync:signal=KILL:when=1", "rename:signal=KILL:when=1"]
        var unusable: [String] = []
        for point in points {
            let folder = try BinaryRunner.temporaryDirectory()
            let tenant = folder.appendingPathComponent("t.sqlite").path
            _ = try Self.traced(point, ["tenant", "init", "--tenant", tenant, "--country", "FR"])
            let again = try BinaryRunner.run(["tenant", "init", "--tenant", tenant, "--country", "FR"])
            let show = try BinaryRunner.run(["tenant", "show", "--tenant", tenant])
            if again.status != 0 || show.status != 0 || !show.stdout.contains("country: France (FR)") {
                unusable.append("\(point): \(again.stderr)\(show.stderr)")
            }
            #expect(try Self.files(in: folder).allSatisfy { !$0.contains(".creating") }, "\(point) left its build behind")
        }
        #expect(unusable.isEmpty, "\(unusable.count) of \(points.count) kills left an unusable tenant: \(unusable)")
    }

    @Test("a write the disk refuses during run is named, exits 3, loses nothing, and the next run resumes",
          .enabled(if: canTrace, "strace is not installed"))
    func refusedWriteDuringRun() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        let tenant = folder.appendingPathComponent("t.sqlite").path
        #expect(try BinaryRunner.run(["tenant", "init", "--tenant", tenant]).status == 0)
        let run = ["run", "--answers", "content/examples/demo-fr.yaml", "--yes", "--tenant", tenant]
        let full = try Self.traced("pwrite64:error=ENOSPC:when=1+", run + ["--lang", "en"])
        #expect(full.status == 3, "\(full.stdout)\(full.stderr)")
        let said = full.stdout + full.stderr
        #expect(said.contains("nothing recorded before it was lost") && said.contains("run the same command again"), "\(said)")
        #expect(!said.contains("SQLite error"))
        let french = try Self.traced("pwrite64:error=ENOSPC:when=1+", run + ["--lang", "fr"])
        #expect(french.status == 3)
        #expect((french.stdout + french.stderr).contains("rien de ce qui était enregistré avant n'a été perdu"))
        #expect(!(french.stdout + french.stderr).contains("nothing recorded"))

        let resumed = try BinaryRunner.run(run)
        #expect(resumed.status == 0, "\(resumed.stderr)")
        let problems = try RehearsalTenant(at: URL(fileURLWithPath: tenant), readOnly: true, countries: { _ in nil }).integrityProblems()
        #expect(problems.isEmpty)

        let tenantCommand = try Self.traced("pwrite64:error=ENOSPC:when=1+", ["tenant", "set-country", "US", "--tenant", tenant])
        #expect(tenantCommand.status == 2)
        #expect(tenantCommand.stderr.contains("nothing recorded before it was lost"), "\(tenantCommand.stderr)")
    }

    /// A small memory file system, for a disk that is really full (root only).
    static func smallDisk() throws -> URL? {
        guard geteuid() == 0 else { return nil }
        let folder = try BinaryRunner.temporaryDirectory()
        let mount = Process()
        mount.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        mount.arguments = ["mount", "-t", "tmpfs", "-o", "size=200k", "tmpfs", folder.path]
        mount.standardError = FileHandle.nullDevice
        try mount.run()
        mount.waitUntilExit()
        return mount.terminationStatus == 0 ? folder : nil
    }

    static func unmount(_ folder: URL) {
        let umount = Process()
        umount.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        umount.arguments = ["umount", folder.path]
        try? umount.run()
        umount.waitUntilExit()
    }

    @Test("a full disk during run says the disk is full, exits 3, and the run resumes once there is room")
    func fullDiskDuringRun() throws {
        guard let disk = try Self.smallDisk() else { return }  // needs root to mount a small disk
        defer { Self.unmount(disk) }
        let tenant = disk.appendingPathComponent("t.sqlite").path
        let run = ["run", "--answers", "content/examples/demo-fr.yaml", "--yes", "--tenant", tenant, "--outbox", disk.appendingPathComponent("out").path]
        let full = try BinaryRunner.run(run + ["--lang", "en"])
        #expect(full.status == 3, "\(full.stdout)\(full.stderr)")
        #expect((full.stdout + full.stderr).contains("is full"), "\(full.stdout)\(full.stderr)")
        #expect(!(full.stdout + full.stderr).contains("SQLite error"))
        if FileManager.default.fileExists(atPath: tenant) {
            let show = try BinaryRunner.run(["tenant", "show", "--tenant", tenant])
            #expect(show.status == 0, "the tenant is still readable: \(show.stderr)")
        }
    }

    @Test("an empty file is refused by every read and stays empty; init makes a tenant of it")
    func emptyFile() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        let url = folder.appendingPathComponent("t.sqlite")
        try Data().write(to: url)
        for command in [["tenant", "show"], ["tenant", "check", "users.imported"], ["tenant", "set-country", "FR"]] {
            let output = try BinaryRunner.run(command + ["--tenant", url.path])
            #expect(output.status == 2, "\(command)")
            #expect(output.stderr.contains("is empty"), "\(output.stderr)")
        }
        let verify = try BinaryRunner.run(["verify", "--country", "FR", "--tenant", url.path])
        #expect(verify.status == 2)
        #expect(try Data(contentsOf: url).isEmpty)
        #expect(try Self.files(in: folder) == ["t.sqlite"], "a read made nothing beside it")
        #expect(try BinaryRunner.run(["tenant", "init", "--tenant", url.path]).status == 0)
        #expect(try BinaryRunner.run(["tenant", "show", "--tenant", url.path]).status == 0)
    }

    @Test("another application's database is refused before anything changes: no WAL, no lock file")
    func foreignDatabase() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        for (name, script) in [("plain.db", "CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('keep');"),
                               ("marked.db", "PRAGMA application_id = 42; CREATE TABLE notes (body TEXT);")] {
            let path = folder.appendingPathComponent(name).path
            try Self.sqlite(path, script)
            let before = try Data(contentsOf: URL(fileURLWithPath: path))
            for command in [["tenant", "init"], ["tenant", "show"], ["tenant", "set-country", "FR"]] {
                let output = try BinaryRunner.run(command + ["--tenant", path])
                #expect(output.status == 2, "\(command) \(output.stderr)")
                #expect(output.stderr.contains("is not a setup-guide tenant") && output.stderr.contains("left unchanged"), "\(output.stderr)")
            }
            let run = try BinaryRunner.run(["run", "--answers", "content/examples/demo-fr.yaml", "--yes", "--tenant", path])
            #expect(run.status == 3)
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        }
        #expect(try Self.files(in: folder) == ["marked.db", "plain.db"], "no -wal, -shm or .lock")
    }

    @Test("a damaged page is found on open: no write, no 'Tenant ready', and tenant recover saves the rest")
    func damagedPage() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        let url = folder.appendingPathComponent("t.sqlite")
        let users = folder.appendingPathComponent("users.csv")
        var csv = "UserPrincipalName,DisplayName,UsageLocation,City,Department,PreferredLanguage\n"
        for index in 1...3000 { csv += "user\(index)@contoso.com,User \(index),FR,Paris,Sales,fr-FR\n" }
        try csv.write(to: users, atomically: true, encoding: .utf8)
        #expect(try BinaryRunner.run(["tenant", "init", "--tenant", url.path, "--country", "FR"]).status == 0)
        #expect(try BinaryRunner.run(["tenant", "import-users", users.path, "--tenant", url.path]).status == 0)
        #expect(try BinaryRunner.run(["tenant", "show", "--tenant", url.path]).status == 0)  // folds the log into the file
        // the header of a page in the middle of the users' table
        let handle = try FileHandle(forUpdating: url)
        let pages = try handle.seekToEnd() / 4096
        try handle.seek(toOffset: (pages / 2) * 4096)
        handle.write(Data(repeating: 0xFF, count: 16))
        try handle.close()
        let damaged = try Data(contentsOf: url)

        let initAgain = try BinaryRunner.run(["tenant", "init", "--tenant", url.path])
        #expect(initAgain.status == 2)
        #expect(!initAgain.stdout.contains("Tenant ready"))
        #expect(initAgain.stderr.contains("is damaged") && initAgain.stderr.contains("tenant recover"), "\(initAgain.stderr)")
        let write = try BinaryRunner.run(["tenant", "set-country", "US", "--tenant", url.path, "--lang", "fr"])
        #expect(write.status == 2)
        #expect(write.stderr.contains("est endommagé"))
        #expect(try Data(contentsOf: url) == damaged)

        let saved = folder.appendingPathComponent("saved.sqlite").path
        let recover = try BinaryRunner.run(["tenant", "recover", "--from", url.path, "--tenant", saved])
        #expect(recover.status == 1, "\(recover.stdout)\(recover.stderr)")
        #expect(recover.stdout.contains("the rest could not be read"))
        let show = try BinaryRunner.run(["tenant", "show", "--tenant", saved])
        #expect(show.status == 0)
        #expect(show.stdout.contains("country: France (FR)"))
        let again = try BinaryRunner.run(["tenant", "recover", "--from", url.path, "--tenant", saved])
        #expect(again.status == 2, "an existing file is never recovered into")
    }

    @Test("a newer or altered schema is refused, unchanged, with what differs",
          arguments: [
            ("PRAGMA user_version = 99;", "made by a newer setup-guide"),
            ("CREATE TABLE extra (a);", "the table 'extra' is not one setup-guide makes"),
            ("DROP TABLE portOrders;", "the table 'portOrders' is missing"),
            ("ALTER TABLE users RENAME COLUMN city TO town;", "the column 'users.city' is missing"),
          ])
    func alteredSchema(script: String, expected: String) throws {
        let folder = try BinaryRunner.temporaryDirectory()
        let path = folder.appendingPathComponent("t.sqlite").path
        #expect(try BinaryRunner.run(["tenant", "init", "--tenant", path]).status == 0)
        try Self.sqlite(path, script)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        for command in [["tenant", "show"], ["tenant", "init"], ["tenant", "set-country", "FR"]] {
            let output = try BinaryRunner.run(command + ["--tenant", path])
            #expect(output.status == 2, "\(command)")
            #expect(output.stderr.contains(expected), "\(output.stderr)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test("a read-only tenant is said to be read-only, and the commands that only read still read it")
    func readOnlyTenant() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        let path = folder.appendingPathComponent("ro/t.sqlite").path
        #expect(try BinaryRunner.run(["tenant", "init", "--tenant", path, "--country", "FR"]).status == 0)
        let site = folder.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: site.path)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder.appendingPathComponent("ro").path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.appendingPathComponent("ro").path) }
        // root writes anywhere: it reads as an ordinary user would
        func run(_ arguments: [String]) throws -> BinaryRunner.Output {
            guard geteuid() == 0 else { return try BinaryRunner.run(arguments) }
            return try Self.runAsNobody(arguments)
        }
        let show = try run(["tenant", "show", "--tenant", path])
        #expect(show.status == 0, "\(show.stderr)")
        #expect(show.stdout.contains("country: France (FR)"))
        let verify = try run(["verify", "--country", "FR", "--tenant", path])
        #expect(verify.status == 1, "gaps, read from the tenant: \(verify.stderr)")
        let render = try run(["render", "--country", "FR", "--lang", "fr", "--tenant", path, "--out", site.appendingPathComponent("out").path])
        #expect(render.status == 0, "\(render.stderr)")
        let write = try run(["tenant", "set-country", "US", "--tenant", path])
        #expect(write.status == 2)
        #expect(write.stderr.contains("is read-only") && write.stderr.contains("tenant show"), "\(write.stderr)")
        let wizard = try run(["run", "--answers", "content/examples/demo-fr.yaml", "--yes", "--tenant", path, "--lang", "fr"])
        #expect(wizard.status == 3)
        #expect(wizard.stderr.contains("en lecture seule"), "\(wizard.stderr)")
    }
}
