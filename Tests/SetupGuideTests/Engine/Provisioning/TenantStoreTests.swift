import Foundation
import Testing
import SetupGuide

@Suite struct TenantStoreTests {
    @Test func aSecondWriterIsToldTheTenantIsInUse() throws {
        let fixture = try TenantFixture()
        #expect(throws: TenantStoreError.inUse(path: fixture.url.path)) {
            try RehearsalTenant(at: fixture.url, countries: TenantFixture.lookup)
        }
        // a reader is not kept out by a writer (a wizard waiting at a prompt): it reads the last
        // committed state
        let reader = try RehearsalTenant(at: fixture.url, readOnly: true, countries: TenantFixture.lookup)
        #expect(try reader.canonicalDump() == fixture.tenant.canonicalDump())
        #expect(TenantStoreError.inUse(path: "/x").message(in: .english).hasPrefix("Tenant in use"))
        #expect(TenantStoreError.inUse(path: "/x").message(in: .french).hasPrefix("Client en cours d'utilisation"))
    }

    @Test func readersShareButKeepWritersOut() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("store-\(UUID().uuidString)")
        let url = folder.appendingPathComponent("nested/tenant.sqlite")
        do {
            let writer = try RehearsalTenant(at: url, create: true, countries: TenantFixture.lookup)
            try writer.setCountry("US")
        }
        let first = try RehearsalTenant(at: url, readOnly: true, countries: TenantFixture.lookup)
        let second = try RehearsalTenant(at: url, readOnly: true, countries: TenantFixture.lookup)
        #expect(try first.evaluate(.countryCallingPlansOffered, arguments: [:], context: CheckContext()).status == .pass)
        #expect(try second.canonicalDump() == first.canonicalDump())
        #expect(throws: TenantStoreError.inUse(path: url.path)) { try RehearsalTenant(at: url, countries: TenantFixture.lookup) }
    }

    @Test func theLockGoesWithTheTenant() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("store-\(UUID().uuidString)")
        let url = folder.appendingPathComponent("tenant.sqlite")
        // Opened and released inside a function, so nothing (an expectation's captured value, say)
        // keeps it alive.
        func openAndRelease() throws {
            let tenant = try RehearsalTenant(at: url, create: true, countries: TenantFixture.lookup)
            try tenant.setCountry("US")
        }
        try openAndRelease()
        let again = try RehearsalTenant(at: url, countries: TenantFixture.lookup)
        #expect(try again.canonicalDump().contains("[users]"))
    }

    @Test func aMissingOrForeignFileIsReported() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let missing = folder.appendingPathComponent("none.sqlite")
        #expect(throws: TenantStoreError.missing(path: missing.path)) { try RehearsalTenant(at: missing, countries: TenantFixture.lookup) }
        let garbage = folder.appendingPathComponent("garbage.sqlite")
        try Data(repeating: 0x41, count: 4096).write(to: garbage)
        let error = try #require(throws: TenantStoreError.self) { try RehearsalTenant(at: garbage, countries: TenantFixture.lookup) }
        guard case .unusable = error else {
            Issue.record("expected unusable, got \(error)")
            return
        }
    }

    @Test func anotherSQLiteDatabaseIsLeftAlone() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("store-\(UUID().uuidString)")
        let url = folder.appendingPathComponent("other.sqlite")
        do {
            // A tenant file whose identity was rubbed out stands for any other SQLite database.
            let tenant = try RehearsalTenant(at: url, create: true, countries: TenantFixture.lookup)
            try tenant.setCountry("US")
        }
        let before = try Data(contentsOf: url)
        let sqlite = Process()
        sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        sqlite.arguments = ["python3", "-c", "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('PRAGMA application_id=0'); c.commit()", url.path]
        try sqlite.run()
        sqlite.waitUntilExit()
        #expect(sqlite.terminationStatus == 0)
        #expect(try Data(contentsOf: url) != before)
        let error = try #require(throws: TenantStoreError.self) { try RehearsalTenant(at: url, countries: TenantFixture.lookup) }
        #expect(error.description.contains("not a setup-guide tenant"))
    }

    @Test func theFileIsInWALMode() throws {
        let fixture = try TenantFixture()
        try fixture.tenant.setCountry("US")
        #expect(FileManager.default.fileExists(atPath: fixture.url.path + "-wal"))
    }

    @Test(arguments: [
        (["XDG_DATA_HOME": "/data", "HOME": "/home/ana"], "/data/setup-guide/tenant.sqlite"),
        (["HOME": "/home/ana"], "/home/ana/.local/share/setup-guide/tenant.sqlite"),
        (["XDG_DATA_HOME": "relative", "HOME": "/home/ana"], "/home/ana/.local/share/setup-guide/tenant.sqlite"),
    ])
    func theDefaultLocationFollowsXDG(environment: [String: String], path: String) {
        #expect(TenantLocation.defaultURL(environment: environment).path == path)
    }
}

@Suite struct DispatchTests {
    @Test func aWholeSetupRunsFromStringArguments() throws {
        let fixture = try TenantFixture()
        let file = fixture.folder.appendingPathComponent("users.csv")
        try TenantFixture.csv(3).write(to: file, atomically: true, encoding: .utf8)
        let steps: [(ActionName, [String: String])] = [
            (.tenantSetCountry, ["country": "US"]),
            (.tenantSetConnectivity, ["connectivity": "calling-plan"]),
            (.usersImport, ["file": file.path]),
            (.licencesBuy, ["sku": "MCOEV", "quantity": "3"]),
            (.licencesBuy, ["sku": "MCOPSTN1", "quantity": "3"]),
            (.licencesAssign, ["sku": "MCOEV"]),
            (.licencesAssign, ["sku": "MCOPSTN1", "users": "voice"]),
            (.addressesCreate, ["company": "Contoso", "houseNumber": "400", "street": "5 Avenue", "city": "seattle", "state": "WA",
                                "postalCode": "98109", "country": "US", "latitude": "47.6", "longitude": "-122.3", "description": "HQ"]),
            (.addressesValidate, [:]),
            (.locationsCreate, ["address": "HQ", "name": "Floor 1"]),
            (.numbersSearch, ["country": "US", "city": "Seattle", "quantity": "3"]),
            (.numbersAcquire, [:]),
            (.numbersAssign, ["address": "HQ", "location": "Floor 1"]),
            (.usersNotify, ["outbox": fixture.folder.appendingPathComponent("out").path]),
        ]
        for (action, arguments) in steps {
            #expect(try fixture.tenant.perform(action, arguments: arguments).changed, "\(action)")
        }
        // Idempotency: the whole run again changes nothing but the new reservation it makes.
        let dump = try fixture.tenant.canonicalDump()
        for (action, arguments) in steps where action != .numbersSearch {
            #expect(try !fixture.tenant.perform(action, arguments: arguments).changed, "\(action)")
        }
        #expect(try fixture.tenant.canonicalDump() == dump)
        let checks: [CheckName] = [
            .countryCallingPlansOffered, .tenantConnectivityChosen, .usersImported, .licencesAssigned, .licencesPhoneSystemWithCallingPlan,
            .numbersAcquired, .numbersWithinQuota, .reservationsNonePending, .addressesPresent, .addressesValidated, .usersHaveNumbers,
            .numbersHaveEmergencyLocation, .numbersCountryMatchesUser, .usersNotified,
        ]
        for check in checks {
            let arguments = check == .licencesAssigned ? ["sku": "MCOPSTN1"] : [:]
            #expect(try fixture.tenant.evaluate(check, arguments: arguments, context: CheckContext()).status == .pass, "\(check)")
        }
        #expect(try fixture.tenant.evaluate(.requestsRecorded, arguments: [:], context: CheckContext()).status == .notApplicable)
    }

    @Test func missingAndMalformedArgumentsAreRefusedByName() throws {
        let fixture = try TenantFixture()
        let missing = try #require(throws: EngineRefusal.self) { try fixture.tenant.perform(.numbersSearch, arguments: ["country": "US"]) }
        #expect(missing.kind == .invalidArgument && missing.subjects == ["quantity"])
        let sku = try #require(throws: EngineRefusal.self) { try fixture.tenant.perform(.licencesBuy, arguments: ["sku": "NOPE", "quantity": "1"]) }
        #expect(sku.message(in: .english).contains("'NOPE'"))
    }
}
