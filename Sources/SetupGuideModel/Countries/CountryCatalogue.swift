public import Foundation

/// The countries a plan can be made for, read from `content/countries.yaml`.
///
/// ```swift
/// let catalogue = try CountryCatalogue.load(from: contentURL.appending(path: "countries.yaml"))
/// catalogue.country("FR")?.usesRequestForm // true
/// ```
public struct CountryCatalogue: Sendable, Equatable {
    /// The countries, in the order written.
    public var countries: [Country]
    private var index: [String: Int]

    /// Creates a catalogue from countries.
    public init(_ countries: [Country]) {
        self.countries = countries
        self.index = Dictionary(countries.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The country with this ISO code, if the catalogue has it.
    public func country(_ code: String) -> Country? {
        index[code.uppercased()].map { countries[$0] }
    }

    /// The ISO codes, sorted.
    public var codes: [String] { countries.map(\.code).sorted() }

}
