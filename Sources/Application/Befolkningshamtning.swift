import Foundation
import Input

/// The use case of `prognos befolkning hamta`: a region's population data fetched from SCB's API, complete
/// or not at all.
public enum Befolkningshamtning {
    /// The data of `region` and the country, fetched with `hamtning` at `idag`.
    public static func hamta(region: String, med hamtning: SCBBefolkningshamtning, idag: Date = Date()) throws(Korfel)
        -> HamtadBefolkning {
        var hamtning = hamtning
        do {
            return try hamtning.hamta(region: region, idag: idag)
        } catch {
            throw .hamtning(error)
        }
    }
}
