public import Foundation
public import SetupGuideModel
public import SetupGuideEngine

/// What the wizard needs of an engine beyond the actions: its journal, the users a bulk
/// action still has to deal with, reservations, the words for its subjects, and the time.
public protocol WizardEngine: ProvisioningEngine, RunJournal {
    /// The users a bulk action has not dealt with yet.
    func pendingUsers(for action: ActionName, selector: UserSelector) throws -> [String]
    /// When an open reservation expires.
    func reservationExpiry(_ id: String) throws -> Date?
    /// Each emergency address's description (else street and city), by id.
    func addressLabels() throws -> [String: String]
    /// Users still without a number among those `selector` names, and the free numbers for them.
    func numberSupply(for selector: UserSelector) throws -> (needed: Int, free: Int)
    /// The number each user holds, in the order given.
    func numbers(of upns: [String]) throws -> [(upn: String, number: String)]
    /// The engine's clock.
    var now: Date { get }
    /// `numbers.search`, remembering its reservation under `intent` in the same transaction, so
    /// that a run killed before it journals the search can adopt the reservation.
    func searchNumbers(arguments: [String: String], intent: String) throws -> ActionOutcome
    /// The outcome of the search made under `intent`, while its reservation still holds; nil
    /// when the search never committed, or its reservation expired.
    func adoptSearch(intent: String) throws -> ActionOutcome?
}

extension RehearsalTenant: WizardEngine {}
