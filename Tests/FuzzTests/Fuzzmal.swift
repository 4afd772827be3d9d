import Foundation

/// Something the fuzz test feeds mutated input: a module's loader with the files it reads. A later module
/// (Befolkning, Personal, Uppfoljning) joins by adding one `Fuzzmal` and one test that runs it.
struct Fuzzmal: Sendable {
    /// Name in failure reports, e.g. "Scenario".
    let namn: String
    /// The unmutated input, paths relative to a case folder. The first file is the entry file a user
    /// edits; it receives more than half of the mutations.
    let filer: [Fuzzfil]
    /// Loads and runs everything from a case folder holding `filer` and says how it went.
    let kor: @Sendable (URL) -> Fuzzutfall
}

/// One input file: where it lies in a case folder and its bytes.
struct Fuzzfil: Sendable, Equatable {
    let sokvag: String
    var data: [UInt8]
}

/// How one case went.
enum Fuzzutfall: Sendable, Equatable {
    /// Ran to the end; `utskrift` is everything rendered, compared when a mutation kept the meaning.
    case klar(utskrift: String)
    /// Rejected with an error the module promises: typed, with file and location.
    case avvisad(fel: String)
    /// Anything else: another error type, or an error without file or location.
    case felaktig(String)
}
