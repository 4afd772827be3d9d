import Application
import Foundation

/// The base run of each bundled chain — the page before any change, and what every what-if is compared
/// with — made at the first request that needs it and kept while the server runs, so that a what-if costs
/// one run of the chain on the population data the base read. After editing the scenario files or the
/// data, restart the server.
actor Baser {
    private var korda: [String: Kedjeresultat] = [:]

    /// The base of `scenario`, read from `fil` and run in one of `platser` the first time.
    func bas(_ scenario: String, fil: URL, platser: Korplatser) async throws(Webbfel) -> Result<Kedjeresultat, Korfel> {
        if let bas = korda[scenario] { return .success(bas) }
        let resultat = try await platser.kor { () throws(Korfel) in try Kedja.kor(fil) }
        if case .success(let bas) = resultat { korda[scenario] = bas }
        return resultat
    }
}
