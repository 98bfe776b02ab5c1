internal import Foundation
public import SetupGuideFleet

/// A fleet's report as JSON (schema in `docs/fleet.md`): keys sorted, so that the same report
/// always gives the same bytes.
public struct FleetJSONRenderer: Sendable {
    /// Creates a renderer.
    public init() {}

    /// The JSON text, ending with a newline.
    public func render(_ report: FleetReport) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(report), as: UTF8.self) + "\n"
    }
}
