/// `fleet.yaml`, beside the client folders of `fleet verify`: what each client's exports do not
/// say (its country, connectivity, features, an answers file), and defaults for every client.
///
/// ```yaml
/// defaults: { country: FR }
/// clients:
///   contoso: { country: US, features: [call-queues], answers: answers/contoso.yaml }
/// ```
public struct FleetFile: Sendable, Equatable {
    /// What one client entry (or the defaults) gives; `nil` when it says nothing.
    public struct Entry: Sendable, Equatable {
        /// The ISO country code.
        public var country: String?
        /// The PSTN connectivity (`calling-plan`, `operator-connect`, `direct-routing`).
        public var connectivity: String?
        /// The features; `nil` when not given (an empty list means none).
        public var features: [String]?
        /// An answers file, as written (relative to `fleet.yaml`'s folder).
        public var answers: String?
        /// Where the entry starts, for messages.
        public var location: SourceLocation?

        /// Creates an entry.
        public init(country: String? = nil, connectivity: String? = nil, features: [String]? = nil, answers: String? = nil,
                    location: SourceLocation? = nil) {
            self.country = country
            self.connectivity = connectivity
            self.features = features
            self.answers = answers
            self.location = location
        }
    }

    /// The file's name in the fleet folder.
    public static let fileName = "fleet.yaml"

    /// For every client.
    public var defaults: Entry
    /// By client folder name (or tenant id).
    public var clients: [String: Entry]
    /// The file, as the user named it.
    public var path: String

    /// Creates a fleet file.
    public init(defaults: Entry = Entry(), clients: [String: Entry] = [:], path: String = "") {
        self.defaults = defaults
        self.clients = clients
        self.path = path
    }
}
