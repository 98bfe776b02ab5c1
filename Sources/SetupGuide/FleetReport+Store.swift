public import Foundation
public import SetupGuideFleet
public import SetupGuideStore

extension FleetReport {
    /// The run as the store keeps it: each verified client from its report, and each unusable
    /// one with its reason, so that none of its earlier gaps reads as closed.
    package func storedRun(startedAt: Date) throws -> StoredFleetRun {
        let clients = try clients.map { client in
            if let verification = client.verification {
                return try StoredClientRun(report: verification, folderName: client.folder, recordedAt: startedAt)
            }
            return StoredClientRun.unusable(
                tenantID: client.tenantId.flatMap { $0.isEmpty ? nil : $0 } ?? client.folder, clientName: client.displayName,
                reason: client.reason ?? "", recordedAt: startedAt)
        }
        return StoredFleetRun(startedAt: startedAt, clients: clients)
    }
}
