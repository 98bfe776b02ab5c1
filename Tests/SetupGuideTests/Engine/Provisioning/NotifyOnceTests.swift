import Foundation
import Testing
@testable import SetupGuideModel
@testable import SetupGuideEngine

/// Each user is told once, even when a run is killed between writing the mail and recording it.
@Suite("Notifications, exactly once")
struct NotifyOnceTests {
    static let content = ContentSet.load(paths: [TestPaths.content])

    /// A US tenant whose users all have a number.
    static func tenant(users: [String], clock: ManualClock) throws -> (RehearsalTenant, URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("notify-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let tenant = try RehearsalTenant(
            at: folder.appendingPathComponent("tenant.sqlite"), create: true, clock: clock, countries: { content.countries.country($0) })
        try tenant.setCountry("US")
        var csv = "UserPrincipalName,DisplayName,UsageLocation,City,Department,PreferredLanguage\n"
        for upn in users { csv += "\(upn),User \(upn.prefix(3)),US,Seattle,Sales,en-US\n" }
        try tenant.importUsers(csv: csv)
        try tenant.buyLicences(.phoneSystem, quantity: users.count)
        try tenant.buyLicences(.domesticCallingPlan, quantity: users.count)
        try tenant.assignLicences(.phoneSystem, to: .all)
        try tenant.assignLicences(.domesticCallingPlan, to: .all)
        let address = try tenant.createAddress(CivicAddress(
            companyName: "Contoso", houseNumber: "1", streetName: "5th Avenue", city: "Seattle", stateOrProvince: "WA",
            postalCode: "98101", countryOrRegion: "US", latitude: 47.6, longitude: -122.3, description: "HQ"))
        try tenant.validateAddresses(address.id)
        let reservation = try tenant.searchNumbers(country: "US", city: "Seattle", areaCode: nil, quantity: users.count, type: .user, address: nil)
        try tenant.acquireNumbers(reservation: reservation.id)
        try tenant.assignNumbers(to: .all, address: address.id, location: nil)
        return (tenant, folder.appendingPathComponent("outbox"))
    }

    static func files(_ outbox: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: outbox.path) {
            files[name] = try Data(contentsOf: outbox.appendingPathComponent(name))
        }
        return files
    }

    @Test("a run killed after writing a mail but before recording it does not write the mail again")
    func killedAfterWriting() throws {
        let clock = ManualClock()
        let (tenant, outbox) = try Self.tenant(users: ["ana@contoso.example", "bob@contoso.example"], clock: clock)
        // what a killed run leaves: the intent recorded, one mail in the outbox, nobody marked told
        let (pending, _) = try tenant.recordMailIntents(.all, what: BilingualText("t", "t"))
        let first = try #require(pending.first)
        try FileManager.default.createDirectory(at: outbox, withIntermediateDirectories: true)
        let mail = RehearsalTenant.mail(
            to: first.upn, name: first.name, number: first.number, french: false, date: first.date, messageID: first.messageID)
        try RehearsalTenant.writeWhole(Data(mail.rendered().utf8), to: outbox.appendingPathComponent(first.fileName), what: .init("t", "t"))
        let before = try Self.files(outbox)
        let inode = try FileManager.default.attributesOfItem(atPath: outbox.appendingPathComponent(first.fileName).path)[.systemFileNumber]

        clock.advance(by: 3600)
        let result = try tenant.notifyUsers(.all, outbox: outbox)
        #expect(result.changed == 2)
        let after = try Self.files(outbox)
        #expect(after.count == 2)
        #expect(after[first.fileName] == before[first.fileName], "the mail already sent is the same file, same Date")
        let inodeAfter = try FileManager.default.attributesOfItem(atPath: outbox.appendingPathComponent(first.fileName).path)[.systemFileNumber]
        #expect(inode as? Int == inodeAfter as? Int, "and was not written again")
        // the other mail carries the date of the intent, not of the resume
        let other = try #require(after.first { $0.key != first.fileName }?.value)
        #expect(String(decoding: other, as: UTF8.self).contains(MailMessage.rfc5322Date(first.date)))
        #expect(try tenant.notifyUsers(.all, outbox: outbox) == BulkResult(changed: 0, unchanged: 2))
    }

    @Test("a mail in the outbox with another message id is not taken for this one")
    func otherMailReplaced() throws {
        let (tenant, outbox) = try Self.tenant(users: ["ana@contoso.example"], clock: ManualClock())
        try FileManager.default.createDirectory(at: outbox, withIntermediateDirectories: true)
        try Data("Message-ID: <old@x>\r\n\r\n".utf8).write(to: outbox.appendingPathComponent("ana@contoso.example.eml"))
        try tenant.notifyUsers(.all, outbox: outbox)
        let text = try String(contentsOf: outbox.appendingPathComponent("ana@contoso.example.eml"), encoding: .utf8)
        #expect(text.contains("Your Teams phone number"))
    }

    @Test("the temporary files a killed write leaves are swept by the next run, even with nothing left to send; links and folders are left alone")
    func sweep() throws {
        var first: RehearsalTenant?
        let outbox: URL
        do {
            let (made, folder) = try Self.tenant(users: ["ana@contoso.example"], clock: ManualClock())
            (first, outbox) = (made, folder)
        }
        let url = try #require(first).url
        try first?.notifyUsers(.all, outbox: outbox)
        first = nil  // the run that was killed
        let manager = FileManager.default
        try manager.createDirectory(at: outbox, withIntermediateDirectories: true)
        for name in [".dat.nosync1a2b.Xy9", ".dat.nosync", ".sending-ana@contoso.example.eml.part"] {
            try Data("half".utf8).write(to: outbox.appendingPathComponent(name))
        }
        let outside = outbox.deletingLastPathComponent().appendingPathComponent("keep.txt")
        try Data("keep".utf8).write(to: outside)
        try manager.createSymbolicLink(at: outbox.appendingPathComponent(".dat.nosyncLINK"), withDestinationURL: outside)
        try manager.createDirectory(at: outbox.appendingPathComponent(".dat.nosyncDIR"), withIntermediateDirectories: true)
        // the next run: a process sweeps an outbox once, before its first mail
        let tenant = try RehearsalTenant(at: url, clock: ManualClock(), countries: { Self.content.countries.country($0) })
        try tenant.notifyUsers(.all, outbox: outbox)
        for name in [".dat.nosync2", ".sending-bob.eml.part"] { try Data("later".utf8).write(to: outbox.appendingPathComponent(name)) }
        try tenant.notifyUsers(.all, outbox: outbox)
        let names = Set(try manager.contentsOfDirectory(atPath: outbox.path))
        // what appeared after this process's sweep is not its own leftover: the next run sweeps it
        #expect(names == ["ana@contoso.example.eml", ".dat.nosyncLINK", ".dat.nosyncDIR", ".dat.nosync2", ".sending-bob.eml.part"])
        #expect(try String(contentsOf: outside, encoding: .utf8) == "keep")
    }

    @Test("a link planted under the temporary name is not followed")
    func plantedLink() throws {
        let (tenant, outbox) = try Self.tenant(users: ["ana@contoso.example"], clock: ManualClock())
        let manager = FileManager.default
        try manager.createDirectory(at: outbox, withIntermediateDirectories: true)
        let outside = outbox.deletingLastPathComponent().appendingPathComponent("victim.txt")
        try Data("victim".utf8).write(to: outside)
        try manager.createSymbolicLink(
            at: outbox.appendingPathComponent(RehearsalTenant.temporaryPrefix + "ana@contoso.example.eml" + RehearsalTenant.temporarySuffix),
            withDestinationURL: outside)
        try tenant.notifyUsers(.all, outbox: outbox)
        #expect(try String(contentsOf: outside, encoding: .utf8) == "victim")
        #expect(manager.fileExists(atPath: outbox.appendingPathComponent("ana@contoso.example.eml").path))
    }

    @Test("two user names that differ only by ' and _ get two mails, not one")
    func distinctFiles() throws {
        let (tenant, outbox) = try Self.tenant(users: ["o'neil@contoso.example", "o_neil@contoso.example", "_x@contoso.example", "x@contoso.example"], clock: ManualClock())
        #expect(try tenant.notifyUsers(.all, outbox: outbox).changed == 4)
        #expect(try Self.files(outbox).count == 4)
    }

    @Test("users told in batches, by name, are each told once")
    func batches() throws {
        let users = (0..<7).map { "u\($0)@contoso.example" }
        let (tenant, outbox) = try Self.tenant(users: users, clock: ManualClock())
        #expect(try tenant.notifyUsers(.users(Array(users[0..<3])), outbox: outbox).changed == 3)
        #expect(try tenant.notifyUsers(.users(Array(users[2..<7])), outbox: outbox) == BulkResult(changed: 4, unchanged: 1))
        #expect(try Self.files(outbox).count == 7)
        #expect(try tenant.pendingUsers(for: .usersNotify, selector: .all).isEmpty)
    }

    @Test("a mail that cannot be written is refused with the reason in the run's language, and nobody is marked as told")
    func writeFailureInWords() throws {
        let (tenant, outbox) = try Self.tenant(users: ["ana@contoso.example"], clock: ManualClock())
        // a folder where the mail should go: the rename into place fails with EISDIR (root ignores permissions)
        try FileManager.default.createDirectory(
            at: outbox.appendingPathComponent("ana@contoso.example.eml/inside"), withIntermediateDirectories: true)
        #expect {
            try tenant.notifyUsers(.all, outbox: outbox)
        } throws: { error in
            guard let refusal = error as? EngineRefusal else { return false }
            let french = refusal.message(in: .french)
            return french.contains("c'est un dossier") && !french.contains("Is a directory")
                && refusal.message(in: .english).contains("it is a folder")
        }
        #expect(try tenant.pendingUsers(for: .usersNotify, selector: .all).count == 1)
    }
}
