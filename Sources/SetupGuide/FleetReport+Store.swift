public import Foundation
public import SetupGuideFleet
internal import SetupGuideModel
public import SetupGuideStore

extension FleetReport {
    /// The run as the store keeps it: each verified client from its report, and each unusable
    /// one with its reason, so that none of its earlier gaps reads as closed. The reports are
    /// encoded on every core: a fleet of 1,000 clients of 50 users is some 60 MB of JSON.
    package func storedRun(startedAt: Date) throws -> StoredFleetRun {
        let clients = self.clients
        let made = Workers.map(clients.count) { index -> Result<StoredClientRun, any Error> in
            let client = clients[index]
            guard let verification = client.verification else {
                return .success(StoredClientRun.unusable(
                    tenantID: client.tenantId.flatMap { $0.isEmpty ? nil : $0 } ?? client.folder, clientName: client.displayName,
                    reason: client.reason ?? "", recordedAt: startedAt))
            }
            return Result { try StoredClientRun(report: verification, folderName: client.folder, recordedAt: startedAt) }
        }
        return StoredFleetRun(startedAt: startedAt, clients: try made.map { try $0.get() })
    }
}
