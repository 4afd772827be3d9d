import Foundation

/// A PX-Web table's metadata, as a GET of the table's address returns it (API v1): its title and its
/// variables, each with its codes and their texts, and whether a query may leave it out (`elimination`:
/// the answer then sums over it).
struct PXWebMetadata: Decodable {
    /// One variable of the table.
    struct Variabel: Decodable {
        let code: String
        let text: String?
        let values: [String]
        let valueTexts: [String]
        let elimination: Bool?

        /// The text of the code `kod`, or the code itself.
        func text(_ kod: String) -> String {
            values.firstIndex(of: kod).flatMap { $0 < valueTexts.count ? valueTexts[$0] : nil } ?? kod
        }
    }

    let title: String?
    let variables: [Variabel]

    /// The variable with the code `kod`, if the table has it.
    func variabel(_ kod: String) -> Variabel? { variables.first { $0.code == kod } }

    /// Reads the metadata in `data`, answered from `url`.
    static func tolka(_ data: Data, url: URL) throws(ScenarioFel) -> PXWebMetadata {
        do {
            return try JSONDecoder().decode(PXWebMetadata.self, from: data)
        } catch {
            throw ScenarioFel(fil: url.absoluteString, rad: nil, nyckel: "tabellens metadata", problem:
                "förväntade PX-Web-tabellens beskrivning (title och variables med code, values och valueTexts) "
                + "som SCB:s API ger för en GET av tabellen")
        }
    }
}
