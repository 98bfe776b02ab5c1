internal import Foundation
internal import SetupGuideModel
internal import SetupGuidePlanning
public import SetupGuideVerification
internal import SetupGuideImport
internal import SetupGuideEngine

/// The verification report as JSON (schema in `docs/verify-schema.md`): keys sorted, so that the
/// same report always gives the same bytes.
public struct VerificationJSONRenderer: Sendable {
    /// Creates a renderer.
    public init() {}

    /// The JSON text, ending with a newline.
    public func render(_ report: VerificationReport) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(report), as: UTF8.self) + "\n"
    }
}
